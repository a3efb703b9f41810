"""A frequent adjective that is also the last word of a KB person's name (أبو علي العسكري)
is no surname alone: المتحدث العسكري is "the military spokesman"."""

from __future__ import annotations

import marsad


def test_adjective_after_a_title_is_no_surname() -> None:
    result = marsad.analyze("وقال المتحدث العسكري باسم الجيش إن القوات صدت الهجوم.", published="2024-01-01")
    assert all(e.kb_id != "person/abu-ali-al-askari" for e in result.entities)


def test_a_surname_that_is_no_common_word_still_links_after_a_title() -> None:
    result = marsad.analyze("واستقبل الرئيس السيسي وزير الخارجية.", published="2024-01-01")
    assert [e.kb_id for e in result.entities if e.type == "PERSON"] == ["person/abdel-fattah-el-sisi"]


def test_a_definite_verbal_noun_of_form_v_ends_a_full_name() -> None:
    result = marsad.analyze("نفى المتحدث العميد سامر عبد الله التوصل إلى أي اتفاق.", published="2024-01-01")
    assert [e.text for e in result.entities if e.type == "PERSON"] == ["سامر عبد الله"]
