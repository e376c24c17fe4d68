// The teacher area on the real app: own questions written in the editor (a refused one first),
// a quiz built from a filtered bank and those questions, kept across a restart, then presented
// with the keyboard: the countdown runs down and reveals the answer, Esc leaves. Then the quiz is
// exported as a pack, deleted, imported back from the file, and hostile packs are refused.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { byId, Driver, makeHome, withScreenshot } from './harness.mjs';

const RIGHT = '\uE014';
const LEFT = '\uE012';
const SPACE = '\uE00D';
const ENTER = '\uE007';
const ESCAPE = '\uE00C';
const QUIZ_TITLE = 'Clase: el golpe de 1973';
const CHAPTER = 'golpe-1973';
const BANK_QUESTIONS = 8;

let home;
let driver;
let app;

before(async () => {
  home = makeHome();
  driver = await Driver.start(home, 4494);
  app = await driver.launch();
});

after(async () => {
  await app?.quit().catch(() => {});
  await driver?.stop();
});

const step = (name, body) => withScreenshot(() => app, `teacher-${name}`, body);

const fold = (text) => text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();

async function openTeacherArea() {
  await app.click(byId('nav-teacher'));
  await app.waitFor(byId('teacher-title'), { predicate: (t) => t === 'Área docente' });
}

async function writeOwnQuestion({ kind, prompt, explanation, fill }) {
  await app.click(byId('new-question'));
  await app.waitFor(byId('editor-title'), { predicate: (t) => t === 'Nueva pregunta' });
  await app.select(byId('editor-kind'), kind);
  await app.type(byId('prompt-es'), prompt);
  await fill();
  await app.type(byId('explanation-es'), explanation);
  await app.click(byId('save-question'));
  await app.waitFor(byId('teacher-title'));
  await app.waitFor('[data-testid="own-question-prompt"]', { predicate: (t) => t === prompt });
}

/** Searches the bank for `word` in the chapter and adds what it finds, up to `wanted` in all. */
async function addBankQuestions(word, wanted) {
  await app.type(byId('bank-text'), word);
  await app.click(byId('bank-search'));
  await app.waitUntil(async () => {
    const prompts = await app.findAll(byId('bank-question-prompt'));
    if (prompts.length === 0) return false;
    const texts = await Promise.all(prompts.map((p) => app.text(p).catch(() => '')));
    return texts.every((t) => fold(t).includes(fold(word)));
  }, { what: `bank results for "${word}"` });
  for (const card of await app.findAll('article.bank-question')) {
    if ((await app.findAll('[data-testid^="quiz-item-prompt"]')).length >= wanted) break;
    assert.match(await app.text(card), /El golpe/i, 'every result is from the chosen chapter');
    const [button] = await app.request('POST', `/element/${card}/elements`, { using: 'css selector', value: '[data-testid^="add-bank-"]' });
    const id = button['element-6066-11e4-a52e-4f735466cecf'];
    if (await app.property(id, 'disabled')) continue;
    await app.request('POST', `/element/${id}/click`, {});
  }
}

test('own questions are written in the editor, a refused one showing its issues', () =>
  step('editor', async () => {
    await app.waitFor(byId('home-title'), { timeoutMs: 30_000, predicate: (t) => t.length > 0 });
    await openTeacherArea();
    await app.click(byId('new-question'));
    await app.click(byId('save-question'));
    await app.waitFor(byId('issues-prompt-es'), { predicate: (t) => t.includes('Falta el texto en español.') });
    await app.waitFor(byId('editor-status'), { predicate: (t) => t.includes('revisa los campos marcados') });
    await openTeacherArea();

    await writeOwnQuestion({
      kind: 'trueFalse',
      prompt: 'Chile volvió a elegir presidente por voto popular en 1989.',
      explanation: 'Patricio Aylwin ganó la elección del 14 de diciembre de 1989.',
      fill: () => app.click(byId('truth-true')),
    });
    await writeOwnQuestion({
      kind: 'year',
      prompt: '¿En qué año se votó el plebiscito del Sí y el No?',
      explanation: 'El plebiscito fue el 5 de octubre de 1988.',
      fill: async () => {
        await app.type(byId('year'), '1988');
        await app.type(byId('source'), 'Servicio Electoral de Chile');
      },
    });
  }));

test('a quiz is built from the filtered bank and the own questions, and saved', () =>
  step('builder', async () => {
    await app.click(byId('new-quiz'));
    await app.waitFor(byId('builder-title'), { predicate: (t) => t === 'Nuevo cuestionario' });
    await app.type(byId('quiz-title'), QUIZ_TITLE);
    await app.select(byId('bank-chapter'), CHAPTER);
    for (const word of ['Allende', 'Pinochet', 'año']) await addBankQuestions(word, BANK_QUESTIONS);
    assert.equal((await app.findAll(byId('quiz-item-prompt'))).length, BANK_QUESTIONS);

    for (const button of await app.findAll('[data-testid^="add-own-"]')) await app.request('POST', `/element/${button}/click`, {});
    await app.waitUntil(async () => (await app.findAll(byId('quiz-item-prompt'))).length === BANK_QUESTIONS + 2, { what: 'ten questions' });
    await app.type(byId('time-0'), '5');
    await app.click(byId('save-quiz'));
    await app.waitFor(byId('teacher-title'));
    await app.waitFor('[data-testid^="teacher-quiz-"]', { predicate: (t) => t.includes(QUIZ_TITLE) && t.includes('10 preguntas') });
  }));

test('after a restart the quiz is listed and presents with the keyboard', () =>
  step('presenter', async () => {
    await app.quit();
    app = await driver.launch();
    await app.waitFor(byId('home-title'), { timeoutMs: 30_000, predicate: (t) => t.length > 0 });
    await openTeacherArea();
    const row = await app.waitFor('[data-testid^="teacher-quiz-"]', { predicate: (t) => t.includes(QUIZ_TITLE) });
    const rowId = await app.attribute(row, 'data-testid');
    await app.click(`${byId(rowId)} ${byId('present-quiz')}`);

    await app.waitFor(byId('present-progress'), { timeoutMs: 20_000, predicate: (t) => t === 'Pregunta 1 de 10' });
    assert.ok((await app.text(await app.waitFor(byId('present-prompt')))).length > 0);
    assert.equal((await app.findAll('.site-header')).length, 0, 'the app header is hidden');
    const start = Number(await app.attribute(await app.waitFor(byId('present-timer')), 'data-remaining'));
    assert.ok(start > 0 && start <= 5, `a 5-second limit, showing ${start}`);
    await app.waitUntil(async () => Number(await app.attribute(await app.waitFor(byId('present-timer')), 'data-remaining')) < start, {
      what: 'the countdown to run down',
    });
    const answer = await app.waitFor(byId('present-answer-text'), { timeoutMs: 10_000 });
    assert.match(await app.text(answer), /^Respuesta correcta: \S/);
    assert.match(await app.text(await app.waitFor(byId('present-timer'))), /Se acabó el tiempo/);

    await app.press(RIGHT);
    await app.waitFor(byId('present-progress'), { predicate: (t) => t === 'Pregunta 2 de 10' });
    assert.equal((await app.findAll(byId('present-answer'))).length, 0, 'the next question starts unanswered');
    await app.press(SPACE);
    await app.waitFor(byId('present-paused'), { predicate: (t) => t === 'En pausa' });
    const paused = await app.attribute(await app.waitFor(byId('present-timer')), 'data-remaining');
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    assert.equal(await app.attribute(await app.waitFor(byId('present-timer')), 'data-remaining'), paused, 'a paused clock stands still');
    await app.press(SPACE);
    await app.waitUntil(async () => (await app.findAll(byId('present-paused'))).length === 0, { what: 'the clock to resume' });
    await app.press(ENTER);
    await app.waitFor(byId('present-answer-text'), { predicate: (t) => t.startsWith('Respuesta correcta:') });
    await app.press(LEFT);
    await app.waitFor(byId('present-progress'), { predicate: (t) => t === 'Pregunta 1 de 10' });

    await app.press(ESCAPE);
    await app.waitFor(byId('teacher-title'), { predicate: (t) => t === 'Área docente' });
    await app.waitFor('.site-header');
  }));

/** The prompts the builder shows for the quiz in `rowId`, in order; the teacher area is left open again. */
async function builderPrompts(rowId) {
  await app.click(`${byId(rowId)} ${byId('edit-quiz')}`);
  await app.waitFor(byId('builder-title'), { predicate: (t) => t === 'Editar cuestionario' });
  const title = await app.waitFor(byId('quiz-title'));
  const prompts = await Promise.all((await app.findAll(byId('quiz-item-prompt'))).map((p) => app.text(p)));
  const shown = { title: await app.property(title, 'value'), prompts };
  await openTeacherArea();
  return shown;
}

/** The rows of the quiz list whose text includes `title`. */
async function quizRows(title) {
  const rows = await app.findAll('li[data-testid^="teacher-quiz-"]');
  const texts = await Promise.all(rows.map((r) => app.text(r)));
  return texts.filter((t) => t.includes(title));
}

/** Chooses the file at `file` in the import control, as a user picking it in the file dialog would. */
async function chooseImportFile(file) {
  const [input] = await app.findAll(byId('import-quiz'));
  assert.ok(input, 'the import control has a file input');
  await app.request('POST', `/element/${input}/value`, { text: file });
}

test('a quiz is exported as a pack, deleted, imported back from the file; hostile packs are refused', () =>
  step('pack', async () => {
    await app.waitFor(byId('teacher-title'), { predicate: (t) => t === 'Área docente' });
    const row = await app.waitFor('li[data-testid^="teacher-quiz-"]', { predicate: (t) => t.includes(QUIZ_TITLE) });
    const rowId = await app.attribute(row, 'data-testid');
    const shown = await builderPrompts(rowId);
    assert.equal(shown.title, QUIZ_TITLE);
    assert.equal(shown.prompts.length, 10, 'the builder shows the ten questions');

    // The app saves the pack in the Downloads folder and says where; the file is read from there.
    await app.click(`${byId(rowId)} ${byId('export-quiz')}`);
    const saved = await app.waitFor(byId('teacher-saved'), { predicate: (t) => t.startsWith('Guardado en ') });
    const savedPath = (await app.text(saved)).slice('Guardado en '.length).trim();
    assert.equal(savedPath, path.join(home.home, 'Downloads', `${QUIZ_TITLE.replace(':', '-')}.cronica-quiz`), 'the pack is saved in Downloads under its title');
    const packText = readFileSync(savedPath, 'utf8');
    const pack = JSON.parse(packText);
    assert.equal(pack.format, 'cronica-quiz');
    assert.equal(pack.version, 1);
    assert.equal(pack.title, QUIZ_TITLE);
    assert.equal(pack.items.length, 10, 'the pack holds the ten questions');
    assert.deepEqual(pack.items.map((i) => i.question.origin).sort(), [...Array(BANK_QUESTIONS).fill('bank'), 'own', 'own'].sort());
    assert.equal((await app.text(await app.waitFor(byId('teacher-error')))).trim(), '', 'exporting shows no error');

    // The same quiz for Moodle: a GIFT file beside it, one question per item under the quiz's category.
    await app.click(`${byId(rowId)} ${byId('gift-quiz')}`);
    const gift = await app.waitFor(byId('teacher-saved'), { predicate: (t) => t.endsWith('(GIFT es).txt') });
    const giftText = readFileSync((await app.text(gift)).slice('Guardado en '.length).trim(), 'utf8');
    assert.match(giftText, /^\$CATEGORY: cronica\//m);
    assert.equal(giftText.match(/^::(?:\\.|[^:\\])+::/gm)?.length, 10, 'the GIFT file holds the ten questions');

    await app.click(`${byId(rowId)} ${byId('delete-quiz')}`);
    await app.click(`${byId(rowId)} ${byId('delete-quiz-confirm')}`);
    await app.waitUntil(async () => (await app.findAll(byId(rowId))).length === 0 && (await quizRows(QUIZ_TITLE)).length === 0, {
      what: 'the deleted quiz to leave the list',
    });

    const packFile = path.join(home.home, 'exported.cronica-quiz');
    writeFileSync(packFile, packText);
    await chooseImportFile(packFile);
    await app.waitFor(byId('import-done'), { predicate: (t) => t === `Se importó «${QUIZ_TITLE}».` });
    const back = await app.waitFor('li[data-testid^="teacher-quiz-"]', { predicate: (t) => t.includes(QUIZ_TITLE) && t.includes('10 preguntas') });
    const backId = await app.attribute(back, 'data-testid');
    assert.notEqual(backId, rowId, 'imported as a new quiz');
    assert.equal((await quizRows(QUIZ_TITLE)).length, 1);
    assert.deepEqual(await builderPrompts(backId), shown, 'the imported quiz has the same questions in the same order');

    // Hostile packs: each refused with a message naming what is wrong; nothing is added, and no
    // markup in a pack becomes an element.
    await app.execute('window.__alerts = []; window.alert = (m) => window.__alerts.push(String(m));');
    const HOSTILE_TITLE = '<img src=x onerror=alert(1)>';
    const withUnknownField = { ...pack, title: HOSTILE_TITLE, items: pack.items.map((item, i) => (i === 1 ? { ...item, bonus: 1 } : item)) };
    const manyItems = { ...pack, title: HOSTILE_TITLE, items: Array(10_000).fill(pack.items[0]) };
    const cases = [
      ['an unknown field', JSON.stringify(withUnknownField), /items\[1\]\.bonus/],
      ['too many items', JSON.stringify(manyItems), /items: .*more than 500 items/],
      ['a truncated file', packText.slice(0, packText.length / 2), /not valid JSON/],
      // 10^5 items do not fit in 5 MB: refused before the file is even read.
      ['10^5 items', JSON.stringify({ ...manyItems, items: Array(100_000).fill(pack.items[0]) }), /«hostile-10\^5-items\.cronica-quiz» pesa más de 5 MB/],
    ];
    const countsBefore = await app.execute('return [document.querySelectorAll("li[data-testid^=teacher-quiz-]").length, document.querySelectorAll("img").length];');
    for (const [name, text, field] of cases) {
      const file = path.join(home.home, `hostile-${name.replaceAll(' ', '-')}.cronica-quiz`);
      writeFileSync(file, text);
      await chooseImportFile(file);
      const error = await app.waitFor(byId('import-error'), {
        predicate: (t) => t.startsWith('No se pudo importar el archivo:') && field.test(t),
      }).catch((e) => assert.fail(`${name}: no visible error naming ${field} (${e.message})`));
      const message = await app.text(error);
      const [done] = await app.findAll(byId('import-done'));
      assert.equal((await app.text(done)).trim(), '', `${name}: no success message`);
      const [rows, images] = await app.execute('return [document.querySelectorAll("li[data-testid^=teacher-quiz-]").length, document.querySelectorAll("img").length];');
      assert.deepEqual([rows, images], countsBefore, `${name}: no quiz added and no image created (error shown: ${message})`);
      assert.equal((await app.findAll('img[src="x"], [onerror]')).length, 0, `${name}: no element from the pack's markup`);
      assert.equal((await quizRows(HOSTILE_TITLE)).length, 0, `${name}: the hostile title is not listed`);
    }
    assert.equal((await quizRows(QUIZ_TITLE)).length, 1, 'the imported quiz is still there, once');

    // Markup in an otherwise valid pack is only text: the title is listed as written, no element made of it.
    const markupFile = path.join(home.home, 'markup-title.cronica-quiz');
    writeFileSync(markupFile, JSON.stringify({ ...pack, title: HOSTILE_TITLE }));
    await chooseImportFile(markupFile);
    await app.waitFor(byId('import-done'), { predicate: (t) => t === `Se importó «${HOSTILE_TITLE}».` });
    const markupRow = await app.waitFor('li[data-testid^="teacher-quiz-"]', { predicate: (t) => t.includes(HOSTILE_TITLE) });
    assert.equal(await app.text(await app.waitFor(`${byId(await app.attribute(markupRow, 'data-testid'))} ${byId('teacher-quiz-title')}`)), HOSTILE_TITLE);
    assert.equal((await app.findAll('img[src="x"], [onerror]')).length, 0, 'no element from the title markup');
    assert.equal(await app.execute('return document.querySelectorAll("img").length;'), countsBefore[1], 'no image created');
    const markupId = await app.attribute(markupRow, 'data-testid');
    await app.click(`${byId(markupId)} ${byId('delete-quiz')}`);
    await app.click(`${byId(markupId)} ${byId('delete-quiz-confirm')}`);
    await app.waitUntil(async () => (await app.findAll(byId(markupId))).length === 0, { what: 'the markup-titled quiz to be deleted' });
    assert.deepEqual(await app.execute('return window.__alerts;'), [], 'no script from a pack ran');
  }));
