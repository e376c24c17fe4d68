// Review with spaced repetition on the real window: the learner takes a chapter's quiz missing
// some questions on purpose; Home and the Review screen then show exactly those as due today (by
// chapter); the learner reviews them (one missed again, the rest right), each answer saying when
// it comes back; and after a restart of the app the one missed again is still due, and nothing else.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { byId, Driver, makeHome, withScreenshot, invokeBackend } from './harness.mjs';

const CHAPTER = 'unidad-popular';
const SHORT_MONTHS = 'ene|feb|mar|abr|may|jun|jul|ago|sept|oct|nov|dic';

let driver;
let app;
/** The chapter's questions with their answers, as written (the teacher's bank call). */
let bank;
let chapterTitle;
/** Ids of the questions missed on purpose in the quiz. */
const missed = new Set();
/** The question missed again in review. */
let missedAgain;

/** Calls the app's backend from the page, as the UI does. */
const invoke = (command, args) => invokeBackend(app, command, args);

const step = (name, body) => withScreenshot(() => app, `review-${name}`, body);

/** The position on screen of the choice whose text is (or is not, with `same` false) `text`. */
function choicePosition(text, same) {
  return app.execute(
    `return [...document.querySelectorAll('[data-testid^="option-"]')].findIndex((b) => (b.textContent.trim() === arguments[0]) === arguments[1]);`,
    [text, same],
  );
}

/**
 * The bank question on screen: by its prompt, and where prompts repeat ("Ordena cronológicamente
 * estos hechos.") by what it shows, whatever the order: its events, options or figures.
 */
async function questionOnScreen() {
  const prompt = await app.text(await app.waitFor(byId('question-prompt')));
  const shown = await app.execute(`
    const texts = (css, read) => [...document.querySelectorAll(css)].map(read).sort().join('|');
    return texts('[data-item-id]', (e) => e.dataset.itemId) + '#' + texts('[data-testid^="option-"]', (e) => e.textContent.trim())
      + '#' + texts('[data-testid^="match-"]', (e) => e.dataset.testid.slice('match-'.length));`);
  const written = (q) => {
    const body = q.body;
    const sorted = (list) => [...list].sort().join('|');
    const items = body.kind === 'order' ? sorted(body.items.map((i) => i.id)) : '';
    const options = body.kind === 'multipleChoice' ? sorted(body.options.map((o) => o.text)) : body.kind === 'trueFalse' ? sorted(['Verdadero', 'Falso']) : '';
    const figures = body.kind === 'match' ? sorted(body.figures.map((f) => f.id)) : '';
    return `${items}#${options}#${figures}`;
  };
  const candidates = bank.filter((q) => q.prompt === prompt && written(q) === shown);
  assert.equal(candidates.length, 1, `one bank question is «${prompt}» showing ${shown}`);
  return candidates[0];
}

/** Answers `question`, on screen, right or wrong on purpose, the way a person does. */
async function answer(question, right) {
  const correct = question.answer;
  switch (correct.kind) {
    case 'multipleChoice': {
      const position = await choicePosition(correct.option.text, right);
      assert.ok(position >= 0);
      return app.click(byId(`option-${position}`));
    }
    case 'trueFalse':
      return app.click(byId(`option-${String(right ? correct.value : !correct.value)}`));
    case 'year':
      await app.type(byId('year-input'), String(right ? correct.year : correct.year + 1));
      return app.click(byId('submit-answer'));
    case 'order': {
      // As shown, the order is never the right one; put right, each event moves up into place.
      if (right) {
        for (const [target, item] of correct.items.entries()) {
          const order = () => app.execute(`return [...document.querySelectorAll('[data-item-id]')].map((e) => e.dataset.itemId);`);
          while ((await order()).indexOf(item.id) > target) {
            await app.click(`${byId(`order-item-${item.id}`)} [data-move="up"]`);
          }
        }
      }
      return app.click(byId('submit-answer'));
    }
    case 'match': {
      const roles = correct.pairs.map((p) => p.role);
      for (const [i, pair] of correct.pairs.entries()) {
        const role = right ? pair.role : roles[(i + 1) % roles.length];
        const value = await app.execute(
          `return [...document.querySelectorAll(arguments[0] + ' option')].find((o) => o.textContent.trim() === arguments[1])?.value ?? null;`,
          [byId(`match-${pair.figure.id}`), role],
        );
        assert.ok(value !== null, `the role «${role}» is offered`);
        await app.select(byId(`match-${pair.figure.id}`), value);
      }
      return app.click(byId('submit-answer'));
    }
    case 'typed':
      // The accepted answer as shown, or a word no answer is.
      await app.type(byId('typed-answer'), right ? correct.answer : 'Zzyzx');
      return app.click(byId('submit-answer'));
  }
  throw new Error(`unknown kind ${correct.kind}`);
}

/** The verdict shown after an answer. */
async function verdict() {
  return (await app.attribute(await app.waitFor(byId('feedback')), 'data-correct')) === 'true';
}

before(async () => {
  driver = await Driver.start(makeHome(), 4624);
  app = await driver.launch();
  await app.waitFor(byId('home-title'), { timeoutMs: 30_000, predicate: (t) => t.length > 0 });
  const questions = await invoke('browse_bank', { lang: 'es', filter: { chapter: CHAPTER } });
  bank = questions;
  chapterTitle = questions[0].chapterTitle;
});

after(async () => {
  await app?.quit().catch(() => {});
  await driver?.stop();
});

test('a chapter quiz with some questions missed on purpose', () =>
  step('quiz', async () => {
    await app.click(byId('nav-chapters'));
    await app.click(byId(`chapter-card-${CHAPTER}`));
    await app.click(byId('start-quiz'));
    const progress = await app.text(await app.waitFor(byId('quiz-progress'), { timeoutMs: 20_000 }));
    const total = Number(progress.match(/de (\d+)/)?.[1]);
    assert.ok(total >= 5, progress);
    for (let i = 1; i <= total; i += 1) {
      await app.waitFor(byId('quiz-progress'), { predicate: (t) => t.includes(`Pregunta ${i} de ${total}`) });
      const question = await questionOnScreen();
      // The first, fourth, seventh… question is missed on purpose.
      const miss = i % 3 === 1;
      await answer(question, !miss);
      assert.equal(await verdict(), !miss, `«${question.prompt}» (${question.id}) answered ${miss ? 'wrong' : 'right'}`);
      if (miss) missed.add(question.id);
      await app.click(byId('next-question'));
    }
    await app.waitFor(byId('quiz-score'), { predicate: (t) => t.includes(`${total - missed.size} / ${total}`) });
  }));

test('Home and the Review screen show exactly the missed questions as due today', () =>
  step('due', async () => {
    assert.ok(missed.size >= 2, 'the quiz test ran first');
    const count = `${missed.size} preguntas para repasar hoy`;
    await app.click(byId('nav-home'));
    await app.waitFor(byId('home-review-due'), { predicate: (t) => t === count });
    await app.click(byId('home-review-link'));
    assert.equal(await app.text(await app.waitFor(byId('review-due'))), count);
    assert.equal(await app.execute('return location.hash'), '#/review');
    assert.equal(await app.attribute(await app.waitFor(byId('nav-review')), 'aria-current'), 'page');
    const chapters = await app.text(await app.waitFor(byId('review-chapters')));
    assert.equal(chapters.replace(/\s+/g, ' ').trim(), `${chapterTitle}: ${missed.size} preguntas`);
  }));

test('reviewing them shows each next date; the one missed again stays due', () =>
  step('session', async () => {
    await app.click(byId('review-start'));
    const asked = new Set();
    for (let i = 1; i <= missed.size; i += 1) {
      await app.waitFor(byId('review-progress'), { predicate: (t) => t.includes(`Pregunta ${i} de ${missed.size}`) });
      assert.match(await app.text(await app.waitFor(byId('review-progress'))), new RegExp(`Del capítulo «${chapterTitle}»`));
      const question = await questionOnScreen();
      assert.ok(missed.has(question.id), `«${question.prompt}» (${question.id}) was one of the missed questions`);
      asked.add(question.id);
      const right = i > 1;
      await answer(question, right);
      assert.equal(await verdict(), right);
      const next = await app.text(await app.waitFor(byId('review-next-due')));
      if (right) {
        assert.match(next, new RegExp(`^Próximo repaso: (mañana|en \\d+ días), \\d{1,2} (${SHORT_MONTHS}) \\d{4}$`));
      } else {
        missedAgain = question;
        assert.match(next, new RegExp(`^Próximo repaso: hoy, \\d{1,2} (${SHORT_MONTHS}) \\d{4}$`));
      }
      await app.click(byId('next-question'));
    }
    assert.deepEqual([...asked].sort(), [...missed].sort(), 'exactly the missed questions were asked');
    assert.match(await app.text(await app.waitFor(byId('review-done'))), new RegExp(`^Repaso terminado: ${missed.size - 1} de ${missed.size} respuestas correctas\\.$`));
    assert.equal(await app.text(await app.waitFor(byId('review-due'))), '1 pregunta para repasar hoy');
  }));

test('after a restart the one missed again is still due, and it is the only one', () =>
  step('restart', async () => {
    assert.ok(missedAgain, 'the session test ran first');
    await app.quit();
    app = await driver.launch();
    await app.waitFor(byId('home-review-due'), { timeoutMs: 30_000, predicate: (t) => t === '1 pregunta para repasar hoy' });
    await app.click(byId('nav-review'));
    assert.equal(await app.text(await app.waitFor(byId('review-due'))), '1 pregunta para repasar hoy');
    await app.click(byId('review-start'));
    assert.equal((await questionOnScreen()).id, missedAgain.id);
    await answer(missedAgain, true);
    assert.equal(await verdict(), true);
    await app.click(byId('next-question'));
    assert.equal(await app.text(await app.waitFor(byId('review-nothing-due'))), 'Nada pendiente por hoy');
    assert.match(
      await app.text(await app.waitFor(byId('review-next'))),
      new RegExp(`^Próximo repaso: (mañana|en \\d+ días), \\d{1,2} (${SHORT_MONTHS}) \\d{4}$`),
    );
  }));
