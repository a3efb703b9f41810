"""Quality floor of the event coder on the fresh test set (own sentences in varied news
styles) and on the shipped test set: type F1 and actor/target accuracy stay above floors
a little under the scores reached, so a regression in argument reading shows up here.
Factuality is left out: it also depends on the report filter, trained elsewhere."""

from __future__ import annotations

from pathlib import Path

import pytest

from marsad.evaluate.events import evaluate, read_items
from marsad.model import Event
from marsad.pipeline import Pipeline, Record

DATA = Path(__file__).resolve().parents[1] / "data"
FLOORS = {
    "events_fresh.jsonl": {"f1": 0.93, "actor_accuracy": 0.85, "target_accuracy": 0.82},
    # Second blind batch (Maghreb, Gulf, Sudan/Yemen/Somalia, Egyptian styles); blind
    # figures F1 0.878, actor 0.811, target 0.795 before the fixes it led to (then 0.983,
    # 0.874, 0.881).
    "events_fresh2.jsonl": {"f1": 0.95, "actor_accuracy": 0.84, "target_accuracy": 0.85},
    "events_testset.jsonl": {"f1": 0.96, "actor_accuracy": 0.94, "target_accuracy": 0.95},
    # Third blind batch (Levantine, Iraqi, Palestinian, Libyan/Tunisian, maritime, cyber);
    # blind F1 0.868, actor 0.696, target 0.824 before the fixes it led to.
    "events_fresh3.jsonl": {"f1": 0.90, "actor_accuracy": 0.76, "target_accuracy": 0.84},
    # Fourth blind batch (wire style, Sahel, Afghanistan/Pakistan, Russia-Ukraine, Sudan,
    # piracy, European protests); blind F1 0.821, actor 0.838, target 0.787.
    "events_fresh4.jsonl": {"f1": 0.80, "actor_accuracy": 0.82, "target_accuracy": 0.74},
    # Fifth blind batch (Sahel, Horn of Africa, Afghanistan/Pakistan, Iran/Kurds, Turkey,
    # Caucasus, Myanmar, Latin America, Gulf); blind F1 0.785, actor 0.694, target 0.704.
    "events_fresh5.jsonl": {"f1": 0.83, "actor_accuracy": 0.83, "target_accuracy": 0.72},
    # Sixth blind batch (Egyptian, Jordanian, Maghreb, Levant, Kurdistan, Gulf, Yemen, Sudan,
    # Palestinian press), written after the fifth batch's fixes: blind F1 0.823, actor
    # 0.716, target 0.589.
    "events_fresh6.jsonl": {"f1": 0.80, "actor_accuracy": 0.80, "target_accuracy": 0.76},
    # Seventh blind batch (Algerian, Moroccan, Mauritanian, Somali, Lebanese TV, Israeli army
    # and Houthi spokesmen, Iraqi and Kurdish, Qatari and Omani agencies, London dailies,
    # foreign broadcasters' Arabic, UN agencies): blind F1 0.891, actor 0.756, target 0.641.
    "events_fresh7.jsonl": {"f1": 0.86, "actor_accuracy": 0.78, "target_accuracy": 0.66},
    # Eighth and ninth blind batches (sixth session; Gulf and Levant state agencies and local
    # press; international wires and pan-Arab broadcasters on the whole world): blind F1
    # 0.865 / 0.819, actor 0.588 / 0.658, target 0.588 / 0.557 before the fixes they led to.
    "events_fresh8.jsonl": {"f1": 0.86, "actor_accuracy": 0.74, "target_accuracy": 0.69},
    "events_fresh9.jsonl": {"f1": 0.82, "actor_accuracy": 0.76, "target_accuracy": 0.66},
    # Tenth blind batch, a broad daily feed, kept as the session's honest check (no rule was
    # read from it): F1 0.918, actor 0.539, target 0.596 with the session's starting code,
    # 0.923 / 0.622 / 0.633 after the fixes read from the eighth and ninth.
    "events_fresh10.jsonl": {"f1": 0.90, "actor_accuracy": 0.76, "target_accuracy": 0.76},
    # Eleventh blind batch (Maghreb, Sahel, Horn, Yemeni, Iraqi, Syrian, Lebanese, Jordanian,
    # Palestinian, Gulf and Egyptian dailies, VOA and TRT Arabic), written after all the
    # sixth session's fixes and scored once, as the closing honest check: F1 0.859, actor
    # 0.732, target 0.634 (the session's starting code: 0.848, 0.593, 0.630).
    "events_fresh11.jsonl": {"f1": 0.82, "actor_accuracy": 0.79, "target_accuracy": 0.77},
    # Twelfth blind batch (seventh session; TV tickers, numbered communiqués, ministries,
    # monitors, courts, parliaments, economic wires): blind F1 0.875, actor 0.750, target
    # 0.560 before the fixes it led to (then 0.891, 0.826, 0.698).
    "events_fresh12.jsonl": {"f1": 0.86, "actor_accuracy": 0.80, "target_accuracy": 0.69},
    # Thirteenth blind batch (regional dailies' inside pages, long wire paragraphs, police
    # blotters, relayed army statements, state services in Arabic, social media), the
    # seventh session's honest check, its errors never read: F1 0.832, actor 0.636, target
    # 0.701 with the session's starting code, 0.837, 0.688, 0.766 at its end.
    "events_fresh13.jsonl": {"f1": 0.80, "actor_accuracy": 0.71, "target_accuracy": 0.76},
    # Fourteenth blind batch (eighth session; Arabic services of foreign broadcasters on
    # Africa, Asia, Latin America and Europe; Sudanese, Somali, Libyan and Yemeni war
    # reporting; diplomacy, protests, courts): blind F1 0.907, actor 0.735, target 0.804
    # before the fixes it led to.
    "events_fresh14.jsonl": {"f1": 0.89, "actor_accuracy": 0.78, "target_accuracy": 0.80},
    # Fifteenth blind batch (Gulf and Egyptian dailies, Iraqi and Syrian local news, WAFA,
    # Maan, Arab48 and Anadolu on Palestine, world news), the eighth session's honest check,
    # scored once after the fourteenth's fixes: F1 0.880, actor 0.728, target 0.738 (0.709,
    # 0.728 with the session's starting code); its errors were read afterwards.
    "events_fresh15.jsonl": {"f1": 0.85, "actor_accuracy": 0.80, "target_accuracy": 0.76},
    # Sixteenth blind batch (Maghreb agencies, Lebanese dailies, Jordanian and Yemeni state
    # agencies, Sudanese war reporting, UN agencies, courts, unions), the ninth session's
    # honest check, scored once with the session's code before its errors were read: F1
    # 0.803, actor 0.760, target 0.700; 0.819, 0.775, 0.686 after the rules it led to (more
    # events found, so more targets scored).
    "events_fresh16.jsonl": {"f1": 0.79, "actor_accuracy": 0.74, "target_accuracy": 0.65},
    # Seventeenth blind batch (Saudi, Emirati and Bahraini agencies with Hijri datelines, Gulf
    # police, Kurdistan and Turkish border, Iranian state media, West Bank, Syrian monitors,
    # Sahel and Somali attacks, Red Sea shipping, Egyptian courts, trade disputes, cyber
    # attacks), the ninth session's closing honest check, scored once after the sixteenth's
    # rules: F1 0.878, actor 0.760, target 0.731 (0.874, 0.760, 0.731 with the session's
    # starting code); 0.901, 0.817, 0.743 after the rules it then showed.
    "events_fresh17.jsonl": {"f1": 0.87, "actor_accuracy": 0.78, "target_accuracy": 0.70},
    # Eighteenth blind batch (twelfth session: Sudanese, Chadian, Horn and Congolese wires,
    # Haiti and Latin America, Iraqi provinces, south Lebanon, West Bank, Yemen, Libya, Gulf
    # ministries, Egyptian crime pages, Jordanian and Moroccan protests, cyber, piracy):
    # blind F1 0.839, actor 0.808, target 0.697 before the fixes it led to.
    "events_fresh18.jsonl": {"f1": 0.84, "actor_accuracy": 0.80, "target_accuracy": 0.70},
    # Nineteenth blind batch, the twelfth session's closing honest check (Maghreb and Gulf
    # agencies, Kurdistan and north-east Syria, Iran, Afghanistan/Pakistan, West and Central
    # Africa, Asia, Colombia, Europe and the US, shipping, cyber), scored once, errors unread:
    # F1 0.857, actor 0.810, target 0.655 (0.848 / 0.810 / 0.643 with the starting code).
    "events_fresh19.jsonl": {"f1": 0.83, "actor_accuracy": 0.78, "target_accuracy": 0.70},
    # Twentieth blind batch (thirteenth session: Saudi and Kuwaiti press, Iraqi militias,
    # Lebanon, Libya, Sudan, the Horn, Yemen at sea, Gaza and the West Bank, Syria): blind
    # F1 0.827, actor 0.698, target 0.674; 0.864, 0.820, 0.719 after the fixes it led to.
    "events_fresh20.jsonl": {"f1": 0.82, "actor_accuracy": 0.78, "target_accuracy": 0.67},
    # Twenty-first, the thirteenth session's closing honest check, scored once, errors
    # unread: F1 0.822, actor 0.618, target 0.632 (0.819 / 0.610 / 0.597 with the starting
    # code); read in the fourteenth session: 0.859, 0.683, 0.646.
    "events_fresh21.jsonl": {"f1": 0.83, "actor_accuracy": 0.64, "target_accuracy": 0.63},
    # Twenty-second (fourteenth session: Lebanese, Iraqi, Yemeni, Libyan, Sudanese, Gulf and
    # Algerian press): blind F1 0.774, actor 0.694, target 0.681; 0.856, 0.787, 0.812 after
    # the fixes it led to.
    "events_fresh22.jsonl": {"f1": 0.83, "actor_accuracy": 0.76, "target_accuracy": 0.77},
    # Twenty-third, written with the twenty-second, first kept sealed and scored blind with
    # the session's code (F1 0.755, actor 0.740, target 0.558; 0.749 / 0.724 / 0.579 with
    # the starting code), then read: 0.780, 0.800, 0.600.
    "events_fresh23.jsonl": {"f1": 0.74, "actor_accuracy": 0.75, "target_accuracy": 0.54},
    # Twenty-fourth, the fourteenth session's closing honest check (Mauritanian, Omani,
    # Bahraini, Jordanian, Palestinian, Syrian, Kurdish, Egyptian provincial, Sudanese, Horn,
    # Afghan/Pakistani, Russian and Chinese state media, Europe, Latin America), scored once,
    # errors unread: F1 0.834, actor 0.747, target 0.711 (0.840 / 0.726 / 0.690 with the
    # session's starting code).
    "events_fresh24.jsonl": {"f1": 0.81, "actor_accuracy": 0.72, "target_accuracy": 0.68},
    # Twenty-fifth (fifteenth session): blind F1 0.795, actor 0.769, target 0.725; read.
    "events_fresh25.jsonl": {"f1": 0.81, "actor_accuracy": 0.79, "target_accuracy": 0.73},
    # Twenty-sixth, the fifteenth session's closing honest check (F1 0.846, actor 0.788,
    # target 0.758 with that session's starting code), read in the sixteenth.
    "events_fresh26.jsonl": {"f1": 0.84, "actor_accuracy": 0.79, "target_accuracy": 0.77},
    # Twenty-seventh (sixteenth session: Iraqi, Kurdish, Syrian, Lebanese, Palestinian,
    # Yemeni, Sudanese, Libyan, Egyptian and Gulf press, pan-Arab TV, world wires): blind F1
    # 0.881, actor 0.822, target 0.766; read.
    "events_fresh27.jsonl": {"f1": 0.87, "actor_accuracy": 0.89, "target_accuracy": 0.80},
}


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    """The default pipeline, loaded once."""
    return Pipeline()


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_event_scores_stay_above_floor(pipe: Pipeline, name: str) -> None:
    def code(item: dict[str, object]) -> list[Event]:
        record = Record(str(item["text"]), "t", item.get("published"))  # type: ignore[arg-type]
        return pipe.run(pipe.make_doc(record)).events

    summary = evaluate(read_items(DATA / name), code).summary()
    for key, floor in FLOORS[name].items():
        assert summary[key] >= floor, (name, key, summary[key])


def test_fresh_set_is_large_and_varied() -> None:
    items = read_items(DATA / "events_fresh.jsonl")
    assert len(items) >= 80
    assert len({e["type"] for item in items for e in item["events"]}) >= 14


def test_second_fresh_set_is_large_and_varied() -> None:
    items = read_items(DATA / "events_fresh2.jsonl")
    assert 80 <= len(items) <= 120
    assert len({e["type"] for item in items for e in item["events"]}) >= 14
    assert {e["factuality"] for item in items for e in item["events"]} >= {
        "asserted", "reported", "planned", "hypothetical", "negated", "generic"
    }


def test_third_fresh_set_covers_every_type_and_quiet_sentences() -> None:
    items = read_items(DATA / "events_fresh3.jsonl")
    assert len(items) >= 100
    assert len({e["type"] for item in items for e in item["events"]}) == 16
    assert sum(1 for item in items if not item["events"]) >= 15  # sentences with no event
