// Accessibility of the teacher's screens on the real window: axe-core, injected through
// WebDriver, finds no serious or critical violation on the teacher area, the builder, the
// question editor and presenter mode (before and after the reveal, its text at AAA contrast, 7:1),
// on the search results (with the header's search box), on the figures list, the glossary and the
// perspectives index (their letter indexes and filters), on a chapter with a figure's preview open,
// on the learner's Review screen (what is due, a question and its feedback with the next date) and
// on a practice round of generated questions (before and after an answer's feedback), in the light
// and dark themes. No content outside a landmark either (axe's `region` rule).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations } from './axe.mjs';
import { byId, Driver, makeHome, withScreenshot, invokeBackend } from './harness.mjs';

const ENTER = '\uE007';

let driver;
let app;
let quizId;

/** Calls the app's backend from the page, as the UI does. */
const invoke = (command, args) => invokeBackend(app, command, args);

/** The serious and critical violations axe finds on the page as it is now, and any content outside a landmark. */
const violations = () => axeViolations(app, { alsoRules: ['region'] });

before(async () => {
  driver = await Driver.start(makeHome(), 4524);
  app = await driver.launch();
  await app.waitFor(byId('home-title'), { timeoutMs: 30_000, predicate: (t) => t.length > 0 });
  const bank = await invoke('browse_bank', { lang: 'es', filter: { chapter: 'golpe-1973' } });
  const items = bank.slice(0, 3).map((q) => ({ origin: 'bank', questionId: q.id, timeLimitS: 60, points: 1000 }));
  quizId = (await invoke('save_teacher_quiz', { id: null, draft: { title: 'Accesibilidad', description: '', items } })).id;
  await missChapterQuiz(bank);
});

/** Takes the chapter's self-quiz answering every question wrong, so the Review screen has them due. */
async function missChapterQuiz(bank) {
  const answers = new Map(bank.map((q) => [q.id, q.answer]));
  const quiz = await invoke('start_quiz', { lang: 'es', options: { chapter: 'golpe-1973', chapters: ['golpe-1973'], length: 'ten' } });
  for (const q of quiz.questions) {
    const right = answers.get(q.id);
    let response;
    if (right.kind === 'multipleChoice') response = { kind: 'multipleChoice', choice: q.body.options.find((o) => o.id !== right.option.id).id };
    else if (right.kind === 'trueFalse') response = { kind: 'trueFalse', value: !right.value };
    else if (right.kind === 'year') response = { kind: 'year', year: right.year + 1 };
    else if (right.kind === 'order') response = { kind: 'order', order: right.items.map((i) => i.id).reverse() };
    else if (right.kind === 'typed') response = { kind: 'typed', text: 'Zzyzx' };
    else {
      const roleId = (text) => q.body.roles.find((r) => r.text === text).id;
      const pairs = right.pairs;
      response = { kind: 'match', roles: Object.fromEntries(pairs.map((p, i) => [p.figure.id, roleId(pairs[(i + 1) % pairs.length].role)])) };
    }
    await invoke('answer_question', { lang: 'es', attemptId: quiz.attemptId, questionId: q.id, response });
  }
}

after(async () => {
  await app?.quit().catch(() => {});
  await driver?.stop();
});

for (const theme of ['light', 'dark']) {
  test(`the teacher's screens pass axe in the ${theme} theme`, () =>
    withScreenshot(() => app, `a11y-${theme}`, async () => {
      await app.execute(`document.documentElement.dataset.theme = '${theme}'`);
      // A chapter, then with a figure's preview open from its prose.
      await app.execute(`location.hash = '#/chapters/unidad-popular'`);
      await app.waitFor(byId('reading-position'));
      assert.deepEqual(await violations(), [], `chapter (${theme})`);
      await app.click('[data-link-kind="figure"]');
      await app.waitFor(byId('preview-title'), { predicate: (t) => t.length > 0 });
      assert.deepEqual(await violations(), [], `chapter with a preview (${theme})`);
      await app.click(byId('preview-close'));
      const screens = [
        ['teacher area', '#/teacher', 'teacher-title'],
        ['quiz builder', `#/teacher/quiz/${quizId}`, 'quiz-title'],
        ['question editor', '#/teacher/question/new', 'editor-title'],
        ['search results', '#/search?q=allende', 'search-group-figure'],
        ['figures list', '#/figures', 'figures-group-P'],
        ['glossary', '#/glossary', 'glossary-group-T'],
        ['perspectives index', '#/perspectives', 'perspective-list'],
        ['review, what is due', '#/review', 'review-due'],
        ['presenter', `#/teacher/quiz/${quizId}/present`, 'present-prompt'],
      ];
      for (const [name, hash, ready] of screens) {
        await app.execute(`location.hash = '${hash}'`);
        await app.waitFor(byId(ready));
        await app.execute(`document.documentElement.dataset.theme = '${theme}'`);
        assert.deepEqual(await violations(), [], `${name} (${theme})`);
      }
      // A practice round of the questions generated from the data, before and after the feedback.
      await app.execute(`location.hash = '#/chapters/golpe-1973/practice'`);
      await app.waitFor(byId('question-prompt'), { predicate: (t) => t.length > 0 });
      await app.execute(`document.documentElement.dataset.theme = '${theme}'`);
      assert.deepEqual(await violations(), [], `practice (${theme})`);
      if ((await app.findAll(byId('option-0'))).length > 0) {
        await app.click(byId('option-0'));
      } else {
        await app.type(byId('year-input'), '1973');
        await app.click(byId('submit-answer'));
      }
      await app.waitFor(byId('feedback-explanation'));
      assert.deepEqual(await violations(), [], `practice feedback (${theme})`);
      await app.execute(`location.hash = '#/teacher/quiz/${quizId}/present'`);
      await app.waitFor(byId('present-prompt'));
      // Presenter mode, read from the back of a room: text contrast at least 7:1 before and after the reveal.
      assert.deepEqual(await axeViolations(app, { enhancedContrast: true }), [], `presenter, AAA contrast (${theme})`);
      await app.press(ENTER);
      await app.waitFor(byId('present-answer-text'));
      assert.deepEqual(await axeViolations(app, { enhancedContrast: true }), [], `presenter after the reveal, AAA contrast (${theme})`);
    }));
}

for (const theme of ['light', 'dark']) {
  test(`a review session passes axe in the ${theme} theme`, () =>
    withScreenshot(() => app, `a11y-review-${theme}`, async () => {
      await app.execute(`location.hash = '#/'`);
      await app.waitFor(byId('home-title'));
      await app.execute(`location.hash = '#/review'`);
      await app.click(byId('review-start'));
      await app.waitFor(byId('question-prompt'));
      await app.execute(`document.documentElement.dataset.theme = '${theme}'`);
      assert.deepEqual(await violations(), [], `review question (${theme})`);
      // Answered as a person would, whatever its kind (a match question is left unanswered).
      const kind = await app.execute(`return document.querySelector('[data-testid="option-true"]') ? 'trueFalse'
        : document.querySelector('[data-testid="option-0"]') ? 'choice' : document.querySelector('[data-testid="year-input"]') ? 'year'
        : document.querySelector('[data-testid="typed-answer"]') ? 'typed' : document.querySelector('[data-item-id]') ? 'order' : 'match'`);
      if (kind === 'trueFalse') await app.click(byId('option-true'));
      if (kind === 'choice') await app.click(byId('option-0'));
      if (kind === 'year') await app.type(byId('year-input'), '1973');
      if (kind === 'typed') await app.type(byId('typed-answer'), 'Allende');
      if (kind === 'year' || kind === 'order' || kind === 'typed') await app.click(byId('submit-answer'));
      if (kind !== 'match') {
        await app.waitFor(byId('review-next-due'));
        assert.deepEqual(await violations(), [], `review feedback with the next date (${theme})`);
      }
    }));
}
