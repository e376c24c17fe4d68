// Parses `cronica quiz gift` of a saved teacher's quiz with gift-pegjs, in both languages: a pack
// of bank questions from the real bank (data/) and own questions of every kind is imported into a
// private user database, and its GIFT has one question per item, in the quiz's order, each of the
// GIFT type its kind maps to (a typed answer is a short-answer question), with its own prompt.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'gift-pegjs';
import { CRONICA_CLI, ROOT } from '../helpers/paths.mjs';

// The debug binary `cargo build -p cronica-cli` wrote, wherever CARGO_TARGET_DIR puts it.
const CLI = process.env.CRONICA_CLI || !process.env.CARGO_TARGET_DIR
  ? CRONICA_CLI
  : path.resolve(process.env.CARGO_TARGET_DIR, 'debug', 'cronica');
const DATA = path.join(ROOT, 'data');
const HOME = mkdtempSync(path.join(os.tmpdir(), 'cronica-gift-quiz-'));
const USER_DB = path.join(HOME, 'user.db');

function cronica(...args) {
  // A private HOME as well as --user-db: the app's real data is never touched.
  return execFileSync(CLI, ['--data', DATA, '--user-db', USER_DB, ...args], {
    cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20, env: { ...process.env, HOME, XDG_DATA_HOME: '' },
  });
}

const text = (es, en) => ({ es, en });
const own = (prompt, answer) => ({
  question: { origin: 'own', question: { prompt, answer, explanation: text('Porque sí.', 'Because.'), source: 'Biblioteca del Congreso Nacional' } },
  timeLimitS: 30,
  points: 100,
});

// The bank's first and last questions, with the GIFT type the bank export gives them.
const bank = parse(cronica('export', 'gift', '--lang', 'es')).filter((q) => q.type !== 'Category');
const [first, last] = [bank[0], bank.at(-1)];
const items = [
  { question: { origin: 'bank', id: first.title }, timeLimitS: 20, points: 1000 },
  own(text('¿Quién asumió en 1970?', 'Who took office in 1970?'),
    { kind: 'multipleChoice', options: [text('Allende', 'Allende'), text('Frei', 'Frei'), text('Alessandri', 'Alessandri')], answer: 0 }),
  own(text('Escribe el apellido de Salvador.', 'Write Salvador’s surname.'),
    { kind: 'typed', accepted: [text('Allende', 'Allende'), text('Salvador Allende', 'Salvador Allende')] }),
  own(text('El golpe fue en 1973.', 'The coup was in 1973.'), { kind: 'trueFalse', answer: true }),
  own(text('¿En qué año fue el golpe?', 'In which year was the coup?'), { kind: 'year', answer: 1973 }),
  own(text('Ordena.', 'Put in order.'), { kind: 'order', items: [text('Elección', 'Election'), text('Golpe', 'Coup'), text('Plebiscito', 'Plebiscite')] }),
  own(text('Une cada uno con su cargo.', 'Match each with their office.'), { kind: 'match', pairs: [
    { left: text('Allende', 'Allende'), right: text('Presidente', 'President') },
    { left: text('Prats', 'Prats'), right: text('Comandante', 'Commander') },
  ] }),
  { question: { origin: 'bank', id: last.title }, timeLimitS: 20, points: 1000 },
];
const TYPES = [first.type, 'MC', 'Short', 'TF', 'Numerical', 'Matching', 'Matching', last.type];
const packFile = path.join(HOME, 'prueba.cronica-quiz');
writeFileSync(packFile, JSON.stringify({ format: 'cronica-quiz', version: 1, title: 'Prueba: Unidad Popular', description: '', items }));
const [quizId] = cronica('quiz', 'import', packFile).trimEnd().split('\t');

test.after(() => rmSync(HOME, { recursive: true, force: true }));

for (const lang of ['es', 'en']) {
  test(`GIFT of a saved quiz parses with gift-pegjs (${lang})`, () => {
    const gift = cronica('quiz', 'gift', quizId, '--lang', lang);
    const parsed = parse(gift);
    assert.deepEqual(parsed.filter((q) => q.type === 'Category').map((c) => c.title), ['cronica/Prueba: Unidad Popular']);
    const questions = parsed.filter((q) => q.type !== 'Category');
    assert.deepEqual(questions.map((q) => q.type), TYPES, 'one question per item, in order, each of its GIFT type');
    assert.deepEqual(questions.map((q) => q.title).filter((t) => !t.startsWith('own-')), [first.title, last.title]);

    // Moodle reads one question per blank-line-separated chunk.
    const chunks = gift.split(/\n[ \t]*\n/).filter((c) => c.split('\n').some((l) => l.trim() && !l.trim().startsWith('//')));
    assert.equal(chunks.length, parsed.length, 'one blank-line-separated chunk per question and category');

    items.forEach((item, i) => {
      if (item.question.origin !== 'own') return;
      const q = questions[i];
      const draft = item.question.question;
      assert.equal(q.stem.text, draft.prompt[lang], `item ${i}: prompt`);
      assert.equal(q.globalFeedback.text, `${draft.explanation[lang]}\n${lang === 'es' ? 'Fuentes' : 'Sources'}: ${draft.source}`);
      const answer = draft.answer;
      if (answer.kind === 'typed') {
        assert.deepEqual(q.choices.map((c) => [c.isCorrect, c.text.text]), answer.accepted.map((a) => [true, a[lang]]), 'every accepted answer');
      }
      if (answer.kind === 'multipleChoice') {
        assert.deepEqual(q.choices.filter((c) => c.isCorrect).map((c) => c.text.text), [answer.options[answer.answer][lang]]);
      }
      if (answer.kind === 'order') {
        const positions = Object.fromEntries(q.matchPairs.map((p) => [p.subquestion.text, Number(p.subanswer)]));
        assert.deepEqual(positions, Object.fromEntries(answer.items.map((t, n) => [t[lang], n + 1])), 'each item paired with its position');
      }
      if (answer.kind === 'match') {
        assert.deepEqual(q.matchPairs.map((p) => [p.subquestion.text, p.subanswer]), answer.pairs.map((p) => [p.left[lang], p.right[lang]]));
      }
    });
  });
}
