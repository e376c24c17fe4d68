// Practice with the questions generated from the data, on the real window: from a chapter, a
// round starts in practice mode; answering a question shows the feedback, whose explanation names
// the timeline event it was generated from and whose sources are that data's sources; nothing is
// recorded (the chapter's quiz history stays empty). The teacher's bank lists the same questions
// under "Generadas de los datos".
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { byId, Driver, makeHome, withScreenshot, invokeBackend } from './harness.mjs';

const CHAPTER = 'golpe-1973';

let driver;
let app;

/** Calls the app's backend from the page, as the UI does. */
const invoke = (command, args) => invokeBackend(app, command, args);

/** Answers the question on screen with its first option, or a year, as a person would. */
async function answerShownQuestion() {
  if ((await app.findAll(byId('option-0'))).length > 0) {
    await app.click(byId('option-0'));
  } else {
    await app.type(byId('year-input'), '1973');
    await app.click(byId('submit-answer'));
  }
}

before(async () => {
  driver = await Driver.start(makeHome(), 4614);
  app = await driver.launch();
  await app.waitFor(byId('home-title'), { timeoutMs: 30_000, predicate: (t) => t.length > 0 });
});

after(async () => {
  await app?.quit().catch(() => {});
  await driver?.stop();
});

test('a chapter practice round answers a generated question with feedback naming its data and sources', () =>
  withScreenshot(() => app, 'practice-round', async () => {
    await app.execute(`location.hash = '#/chapters/${CHAPTER}'`);
    await app.click(byId('start-practice'));
    await app.waitFor(byId('question-prompt'), { predicate: (t) => t.length > 0 });
    assert.equal(await app.execute('return location.hash'), `#/chapters/${CHAPTER}/practice`);
    const heading = await app.execute('return document.querySelector("h1").textContent');
    assert.match(heading, /^Práctica: /);
    assert.match(await app.text(await app.waitFor(byId('practice-intro'))), /La práctica no se guarda en tu historial/);
    assert.match(await app.text(await app.waitFor(byId('quiz-progress'))), /^Pregunta 1 de 10$/);

    await answerShownQuestion();
    await app.waitFor(byId('feedback'));
    const explanation = await app.text(await app.waitFor(byId('feedback-explanation')));
    assert.match(explanation, /«[^»]+» ocurrió /, 'the explanation names the event and its date');
    assert.match(explanation, /Pregunta generada a partir de/, 'and says the question was generated from the data');

    // The question is the one the bank lists as generated with that explanation; the feedback
    // cites its sources (the event's, and the figures' for an office question).
    const generated = await invoke('browse_bank', { lang: 'es', filter: { chapter: CHAPTER, origin: 'generated' } });
    const question = generated.find((q) => q.explanation === explanation);
    assert.ok(question, 'the question shown is a generated question of the chapter');
    assert.equal(question.origin, 'generated');
    const sources = await app.text(await app.waitFor(byId('feedback-sources')));
    for (const source of question.sources.slice(0, 3)) assert.ok(sources.includes(source.title), `cites «${source.title}»`);

    await app.click(byId('next-question'));
    assert.match(await app.text(await app.waitFor(byId('quiz-progress'))), /^Pregunta 2 de 10$/);

    // Practice is drill: the chapter has no quiz attempt, so no best score.
    const chapters = await invoke('list_chapters', { lang: 'es' });
    assert.equal(chapters.find((c) => c.id === CHAPTER).bestScore, null);
  }));

test('every chapter can be practised from the chapter list', () =>
  withScreenshot(() => app, 'practice-all', async () => {
    await app.execute(`location.hash = '#/chapters'`);
    await app.click(byId('practice-all'));
    await app.waitFor(byId('question-prompt'), { predicate: (t) => t.length > 0 });
    assert.equal(await app.execute('return document.querySelector("h1").textContent'), 'Práctica: todos los capítulos');
  }));
