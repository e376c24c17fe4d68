// Parses `cronica export gift` of the whole real bank (data/) with gift-pegjs, a GIFT grammar used
// by editors and importers, in both languages: every question parses (the parser throws on invalid
// GIFT) with the type its kind maps to, and prompts and right answers are the content's own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'gift-pegjs';
import { CRONICA_CLI, ROOT } from '../helpers/paths.mjs';

// The debug binary `cargo build -p cronica-cli` wrote, wherever CARGO_TARGET_DIR puts it.
const CLI = process.env.CRONICA_CLI || !process.env.CARGO_TARGET_DIR
  ? CRONICA_CLI
  : path.resolve(process.env.CARGO_TARGET_DIR, 'debug', 'cronica');
const DATA = path.join(ROOT, 'data');
const GIFT_TYPE = { multiple_choice: 'MC', true_false: 'TF', year: 'Numerical', match: 'Matching', order: 'Matching', typed: 'Short' };

function cronica(...args) {
  return execFileSync(CLI, ['--data', DATA, ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20 });
}

// The question files are `[[question]]` tables of `key = value` lines whose values (basic strings,
// integers, booleans, arrays of them) are also JSON; anything else stops the test.
function readQuestions() {
  const questions = [];
  const dir = path.join(DATA, 'questions');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.toml')).sort()) {
    let question = null;
    let table = null; // the question, or its last pair
    readFileSync(path.join(dir, file), 'utf8').split('\n').forEach((raw, i) => {
      const line = raw.trim();
      const where = `data/questions/${file}:${i + 1}`;
      if (line === '' || line.startsWith('#')) return;
      if (line === '[[question]]') {
        table = question = { pair: [] };
        questions.push(question);
        return;
      }
      if (line === '[[question.pair]]') {
        assert.ok(question, `${where}: pair outside a question`);
        table = {};
        question.pair.push(table);
        return;
      }
      const m = line.match(/^([A-Za-z0-9_.-]+)\s*=\s*(.*)$/);
      assert.ok(m && table, `${where}: not a key = value line this reader knows`);
      let value;
      try {
        value = JSON.parse(m[2]);
      } catch {
        assert.fail(`${where}: value is not one this reader knows: ${m[2]}`);
      }
      const keys = m[1].split('.');
      let node = table;
      for (const k of keys.slice(0, -1)) node = node[k] ??= {};
      node[keys.at(-1)] = value;
    });
  }
  return questions;
}

const content = readQuestions();
const stats = JSON.parse(cronica('stats', '--json'));

test('the question files read here are the bank the CLI counts', () => {
  assert.equal(content.length, stats.counts.questions);
  const byKind = {};
  for (const q of content) byKind[q.kind] = (byKind[q.kind] ?? 0) + 1;
  assert.deepEqual(byKind, stats.questions_by_kind);
});

for (const lang of ['es', 'en']) {
  test(`GIFT export of the whole bank parses with gift-pegjs (${lang})`, () => {
    const gift = cronica('export', 'gift', '--lang', lang);
    const parsed = parse(gift);
    const questions = parsed.filter((q) => q.type !== 'Category');
    const categories = parsed.filter((q) => q.type === 'Category').map((c) => c.title);
    assert.equal(questions.length, stats.counts.questions, 'one GIFT question per question of the bank');
    assert.deepEqual(categories, stats.chapters.map((c) => `cronica/${c.id}`), 'one category per chapter, in reading order');

    // Moodle reads a GIFT file as blank-line-separated chunks of one question each; gift-pegjs
    // does not, so check that here.
    const chunks = gift.split(/\n[ \t]*\n/).filter((c) => c.split('\n').some((l) => l.trim() && !l.trim().startsWith('//')));
    assert.equal(chunks.length, parsed.length, 'one blank-line-separated chunk per question and category');
    for (const chunk of chunks) assert.equal(parse(chunk).length, 1, `one question in the chunk:\n${chunk}`);

    const byId = new Map(questions.map((q) => [q.title, q]));
    assert.equal(byId.size, questions.length, 'titles are unique');
    const counts = {};
    for (const q of content) {
      const g = byId.get(q.id);
      assert.ok(g, `${q.id} is in the export`);
      assert.equal(g.type, GIFT_TYPE[q.kind], `${q.id}: ${q.kind} exports as ${GIFT_TYPE[q.kind]}`);
      assert.equal(g.stem.text, q.prompt[lang], `${q.id}: prompt`);
      assert.ok(g.globalFeedback?.text.startsWith(q.explanation[lang]), `${q.id}: the explanation is the general feedback`);
      counts[q.kind] = (counts[q.kind] ?? 0) + 1;
      switch (q.kind) {
        case 'multiple_choice':
          assert.deepEqual(g.choices.map((c) => c.text.text), q.options[lang], `${q.id}: options in the author's order`);
          assert.deepEqual(g.choices.filter((c) => c.isCorrect).map((c) => c.text.text), [q.options[lang][q.answer]], `${q.id}: right option`);
          break;
        case 'true_false':
          assert.equal(g.isTrue, q.answer, `${q.id}: true or false`);
          break;
        case 'year': {
          const choices = Array.isArray(g.choices) ? g.choices.filter((c) => c.isCorrect).map((c) => c.text) : [g.choices];
          assert.deepEqual(choices.map((c) => [c.type, c.number]), [['simple', q.answer]], `${q.id}: year`);
          break;
        }
        case 'match':
          // gift-pegjs leaves an escaped colon ("\\:") in a subanswer as its placeholder "&&058;".
          assert.deepEqual(g.matchPairs.map((p) => p.subanswer.replaceAll('&&058;', ':')), q.pair.map((p) => p.role[lang]), `${q.id}: roles`);
          break;
        case 'order': {
          const positions = g.matchPairs.map((p) => Number(p.subanswer));
          assert.deepEqual([...positions].sort((a, b) => a - b), q.items.map((_, i) => i + 1), `${q.id}: one position per event`);
          assert.notDeepEqual(positions, q.items.map((_, i) => i + 1), `${q.id}: events not listed in time order`);
          break;
        }
        case 'typed': {
          // Every accepted answer of the language, as written (the export adds folded spellings too).
          const right = g.choices.filter((c) => c.isCorrect).map((c) => c.text.text);
          for (const answer of q.accepted[lang]) assert.ok(right.includes(answer), `${q.id}: accepts «${answer}» (has ${right.join(' | ')})`);
          break;
        }
        default:
          assert.fail(`${q.id}: unknown kind ${q.kind}`);
      }
    }
    const byType = {};
    for (const q of questions) byType[q.type] = (byType[q.type] ?? 0) + 1;
    console.log(`gift ${lang}: ${questions.length} questions; by kind ${JSON.stringify(counts)}; by GIFT type ${JSON.stringify(byType)}`);
  });
}
