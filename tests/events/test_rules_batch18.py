"""Rules of the sixteenth session, on our own sentences."""

from __future__ import annotations

import pytest
from event_helpers import analysed


def _of(text: str, type_: str) -> list[tuple[str | None, str | None, str | None]]:
    return [
        (e.mode, e.actor.text if e.actor else None, e.target.text if e.target else None)
        for e in analysed(text)
        if e.type == type_
    ]


@pytest.mark.parametrize(
    ("text", "type_", "expected"),
    [
        # a subject ending in a quoted name (group noun + من + «name»)
        ("قال مصدر محلي إن عناصر من «قسد» اعتقلوا خمسة شبان من القرية.", "COERCE", ("arrest", "قسد", "خمسة شبان")),
        ("أفادت شبكة محلية بأن مقاتلين من «قوات سوريا الديمقراطية» اعتقلوا معلما في البلدة.", "COERCE",
         ("arrest", "قوات سوريا الديمقراطية", "معلما")),
    ],
)
def test_sixteenth_session_rules(text: str, type_: str, expected: tuple[str | None, str | None, str | None]) -> None:
    assert expected in _of(text, type_)
