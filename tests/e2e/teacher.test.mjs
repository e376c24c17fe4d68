// The teacher area on the real app: own questions written in the editor (a refused one first),
// a quiz built from a filtered bank and those questions, kept across a restart, then presented
// with the keyboard: the countdown runs down and reveals the answer, Esc leaves.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { byId, Driver, makeHome, withScreenshot } from './harness.mjs';

const RIGHT = '\uE014';
const LEFT = '\uE012';
const SPACE = '\uE00D';
const ENTER = '\uE007';
const ESCAPE = '\uE00C';
const QUIZ_TITLE = 'Clase: el golpe de 1973';
const CHAPTER = 'golpe-1973';
const BANK_QUESTIONS = 8;

let driver;
let app;

before(async () => {
  driver = await Driver.start(makeHome(), 4494);
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
