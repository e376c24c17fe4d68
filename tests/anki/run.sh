#!/usr/bin/env bash
# The Anki decks `cronica export anki` writes, imported by Anki's own library (the PyPI `anki`
# package, in a private virtual environment under target/): the whole bank in both languages and
# a chapter, each with every note and its fields intact.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$ROOT"
venv="$ROOT/target/anki-venv"
if ! "$venv/bin/python" -c 'import anki' 2>/dev/null; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q -r tests/anki/requirements.txt
fi
out="$ROOT/target/anki-decks"
mkdir -p "$out"
cronica="$ROOT/target/debug/cronica"
questions=$("$cronica" stats --json | "$venv/bin/python" -c 'import json, sys; print(json.load(sys.stdin)["counts"]["questions"])')
for lang in es en; do
  "$cronica" export anki --lang "$lang" --out "$out/bank-$lang.apkg"
  "$venv/bin/python" tests/anki/import_apkg.py "$out/bank-$lang.apkg" "$questions"
done
chapter_questions=$("$cronica" export gift --chapter golpe-1973 | grep -c '^::')
"$cronica" export anki --chapter golpe-1973 --out "$out/golpe-1973.apkg"
"$venv/bin/python" tests/anki/import_apkg.py "$out/golpe-1973.apkg" "$chapter_questions"
