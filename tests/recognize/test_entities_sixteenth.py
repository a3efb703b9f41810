"""Entity rules of the sixteenth session: vague counts and short verbal nouns are no name
words, and ولد links the parts of a Mauritanian name (sentences written for these tests)."""

from __future__ import annotations

from entity_helpers import found

from marsad.pipeline import Pipeline


def test_a_vague_count_does_not_continue_a_force_name(pipe: Pipeline) -> None:
    names = {text for _type, text in found(pipe, "اعتقلت قوات الأمن العشرات في العاصمة.")}
    assert "قوات الأمن العشرات" not in names


def test_a_verbal_noun_after_a_title_is_no_name(pipe: Pipeline) -> None:
    assert not any(t == "PERSON" for t, _text in found(pipe, "هدد الرئيس الأمريكي بفرض رسوم جمركية على كندا."))


def test_wuld_links_a_name(pipe: Pipeline) -> None:
    assert ("PERSON", "سيدي محمد ولد بوبكر") in found(pipe, "التقى الوزير سيدي محمد ولد بوبكر رئيس الحزب.")
