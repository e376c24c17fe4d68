"""Imports a Crónica .apkg into a fresh collection with Anki's own library (the PyPI `anki`
package) and checks that every note arrived with its fields, tags and deck intact.

Usage: import_apkg.py FILE.apkg EXPECTED_NOTES
Prints one line of counts; exits non-zero on any difference.
"""

import sqlite3
import sys
import tempfile
import zipfile
from pathlib import Path

from anki.collection import Collection, ImportAnkiPackageOptions, ImportAnkiPackageRequest


def written_notes(apkg: Path) -> dict[str, tuple[list[str], set[str]]]:
    """The notes as the package holds them: guid -> (fields, tags)."""
    with tempfile.TemporaryDirectory() as scratch:
        with zipfile.ZipFile(apkg) as archive:
            archive.extract("collection.anki2", scratch)
        conn = sqlite3.connect(Path(scratch) / "collection.anki2")
        rows = conn.execute("SELECT guid, flds, tags FROM notes").fetchall()
        conn.close()
    return {guid: (flds.split("\x1f"), set(tags.split())) for guid, flds, tags in rows}


def main() -> int:
    apkg, expected = Path(sys.argv[1]).resolve(), int(sys.argv[2])
    written = written_notes(apkg)
    with tempfile.TemporaryDirectory() as home:
        col = Collection(str(Path(home) / "collection.anki2"))
        try:
            request = ImportAnkiPackageRequest(package_path=str(apkg), options=ImportAnkiPackageOptions(with_scheduling=False))
            log = col.import_anki_package(request).log
            note_ids = col.find_notes("")
            problems = []
            decks = set()
            for nid in note_ids:
                note = col.get_note(nid)
                fields, tags = written.get(note.guid, (None, None))
                if fields is None:
                    problems.append(f"{note.guid}: not in the package")
                    continue
                if list(note.fields) != fields:
                    problems.append(f"{note.guid}: fields changed on import")
                if set(note.tags) != tags:
                    problems.append(f"{note.guid}: tags {sorted(note.tags)} != {sorted(tags)}")
                for card in note.cards():
                    decks.add(col.decks.name(card.did))
            cards = col.card_count()
        finally:
            col.close()
    print(
        f"{apkg.name}: {len(note_ids)} notes imported of {len(written)} written (expected {expected}), "
        f"{cards} cards, {len(decks)} decks, {len(log.new)} new, {len(log.conflicting)} conflicting"
    )
    if len(note_ids) != expected or len(written) != expected or cards != expected:
        problems.append("note or card count differs")
    for problem in problems[:20]:
        print("  " + problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
