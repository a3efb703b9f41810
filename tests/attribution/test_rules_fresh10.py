"""Attribution rules of the sixteenth session: a passive written out with its damma is
impersonal and carries no speaker over from the sentence before."""

from __future__ import annotations

from conftest import Analyse


def test_a_marked_passive_takes_no_speaker_over(analyse: Analyse) -> None:
    text = "قال مسؤولون في الوزارة إن المفاوضات ستستأنف. ويُتوقع أن تستمر الجولة ثلاثة أيام."
    assert [a.source.text for a in analyse(text).attributions] == ["مسؤولون في الوزارة"]


def test_an_unmarked_continuation_keeps_the_speaker(analyse: Analyse) -> None:
    text = "قال المتحدث إن الوساطة مستمرة. وأضاف أن قطر لن تتخلى عن دورها."
    assert [a.source.text for a in analyse(text).attributions] == ["المتحدث", "المتحدث"]
