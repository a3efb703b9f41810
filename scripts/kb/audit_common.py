"""Audit the KB for names that are also frequent Arabic word forms (run from the repository root).

`.venv/bin/python scripts/kb/audit_common.py` lists every one-word KB name or alias that equals
a stop word of `data/ar/ner_*.yaml` (عنة = عنه "about it" once normalised), and every stop
word whose proclitic reading is a KB name (بها = ب + ها). The recogniser already requires
context for these (recognize/entities.py `is_common`); the audit shows which entries are
affected so that a curator can drop a bad alias or mark the entry `ambiguous`.
"""

from __future__ import annotations

from marsad.kb.index import NameIndex, build_index
from marsad.kb.loader import build_kb, packaged_files
from marsad.recognize.cues import Cues, load_cues
from marsad.recognize.linker import stems


def collisions(index: NameIndex, cues: Cues) -> list[tuple[str, str, str]]:
    """(word form, KB name it reads as, kb ids) for every stop word that can match a KB name."""
    out = []
    for (form,) in (k for k in cues.words("stop") if len(k) == 1):
        for stem, _prefix, _offset in stems(form):
            cands = index.phrases.get((stem,))
            if cands:
                out.append((form, stem, ", ".join(sorted({c.kb_id for c in cands}))))
    return sorted(out)


def main() -> None:
    """Print the collisions, one a line."""
    index = build_index(build_kb(packaged_files()))
    found = collisions(index, load_cues())
    for form, stem, ids in found:
        print(f"{form}\t{stem}\t{ids}")
    print(f"{len(found)} stop word form(s) that read as KB names (context required for all)")


if __name__ == "__main__":
    main()
