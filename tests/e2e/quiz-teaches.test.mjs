// A quiz that teaches, on the real window: a missed question appears on the score screen with its
// explanation; a quiz left after two answers (navigating away, and quitting the app) is offered
// again and continues at question 3; at the minimum window size with the largest text the question
// and its first option are on screen; the quiz and score screens pass axe (any impact) in both themes.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { byId, Driver, invokeBackend, makeHome, withScreenshot } from './harness.mjs';
import { axeViolations } from './axe.mjs';

const PORT = 4714;
const home = makeHome();
let driver;
let app;

const invoke = (command, args) => invokeBackend(app, command, args);

async function launch() {
  driver = await Driver.start(home, PORT);
  app = await driver.launch();
  await app.waitFor(byId('home-title'), { timeoutMs: 30_000, predicate: (t) => t.length > 0 });
}

async function quitApp() {
  await app?.quit().catch(() => {});
  await driver?.stop();
  app = null;
}

before(launch);
after(quitApp);

/** Every question of a chapter with its right answer, from the teacher's bank. */
async function answersOf(chapter) {
  const bank = await invoke('browse_bank', { lang: 'es', filter: { chapter } });
  return new Map(bank.map((q) => [q.id, q]));
}

/** The bank question on screen: the one with its prompt and, where prompts repeat, its options. */
async function shownQuestion(bank) {
  const prompt = await app.text(await app.waitFor(byId('question-prompt'), { predicate: (t) => t.length > 0 }));
  const shown = await app.execute(`return [...document.querySelectorAll('.question .choice, .question .order-title, .question .match-row label')].map((e) => e.textContent.trim()).sort().join('|')`);
  const words = (q) => {
    const b = q.body;
    if (b.kind === 'multipleChoice') return b.options.map((o) => o.text);
    if (b.kind === 'order') return b.items.map((i) => i.title);
    if (b.kind === 'match') return b.figures.map((f) => f.name);
    return [];
  };
  const candidates = [...bank.values()].filter((q) => q.prompt === prompt);
  const question = candidates.find((q) => b(q) === shown) ?? (candidates.length === 1 ? candidates[0] : undefined);
  function b(q) {
    return words(q).sort().join('|');
  }
  assert.ok(question, `«${prompt}» is one question of the chapter`);
  return question;
}

/** Answers the question on screen as a person would, right or (with `wrong`) wrong. */
async function answerShown(bank, { wrong = false } = {}) {
  const question = await shownQuestion(bank);
  const right = question.answer;
  if (right.kind === 'multipleChoice') {
    // Options are shown in the attempt's order: find the button whose text is (or is not) the answer.
    const texts = await app.execute(`return [...document.querySelectorAll('.choices .choice')].map((b) => b.textContent.trim())`);
    const index = texts.findIndex((text) => (text === right.option.text) !== wrong);
    await app.click(byId(`option-${index}`));
  } else if (right.kind === 'trueFalse') {
    await app.click(byId(`option-${String(right.value !== wrong)}`));
  } else if (right.kind === 'year') {
    await app.type(byId('year-input'), String(right.year + (wrong ? 1 : 0)));
    await app.click(byId('submit-answer'));
  } else if (right.kind === 'order') {
    // Move each item up into its place (a wrong answer leaves the order as shown, never the right one).
    if (!wrong) {
      for (const [place, item] of right.items.entries()) {
        for (;;) {
          const order = await app.execute(`return [...document.querySelectorAll('[data-item-id]')].map((e) => e.dataset.itemId)`);
          if (order.indexOf(item.id) <= place) break;
          await app.click(`[data-item-id="${item.id}"] [data-move="up"]`);
        }
      }
    }
    await app.click(byId('submit-answer'));
  } else if (right.kind === 'match') {
    const pairs = right.pairs;
    for (const [i, pair] of pairs.entries()) {
      const role = wrong ? pairs[(i + 1) % pairs.length].role : pair.role;
      const value = await app.execute(
        `const s = document.querySelector('[data-testid="match-' + arguments[0] + '"]'); return [...s.options].find((o) => o.textContent === arguments[1]).value;`,
        [pair.figure.id, role],
      );
      await app.select(byId(`match-${pair.figure.id}`), value);
    }
    await app.click(byId('submit-answer'));
  } else if (right.kind === 'typed') {
    // The accepted answer as shown, or (wrong) a word no answer is.
    await app.type(byId('typed-answer'), wrong ? 'Zzyzx' : right.answer);
    await app.click(byId('submit-answer'));
  } else {
    throw new Error(`no way to answer a ${right.kind} question`);
  }
  await app.waitFor(byId('feedback'));
  question.answeredRight = (await app.execute(`return document.querySelector('[data-testid="feedback"]').dataset.correct`)) === 'true';
  assert.equal(question.answeredRight, !wrong, `answered ${question.id} ${wrong ? 'wrong' : 'right'}`);
  return question;
}

/**
 * The lowest contrast among the answered (disabled) controls of the question on screen, from their
 * computed colours, in the light and the dark theme: axe leaves disabled controls out.
 */
async function answeredContrast() {
  const lowest = {};
  for (const theme of ['light', 'dark']) {
    await app.execute(`document.documentElement.dataset.theme = arguments[0]`, [theme]);
    lowest[theme] = await app.execute(`
      const rgb = (c) => (c.match(/[\\d.]+/g) || []).map(Number);
      const lum = ([r, g, b]) => { const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; }; return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b); };
      const background = (el) => { for (let e = el; e; e = e.parentElement) { const c = rgb(getComputedStyle(e).backgroundColor); if (c.length === 3 || (c.length === 4 && c[3] > 0)) return c.slice(0, 3); } return [255, 255, 255]; };
      const ratios = [...document.querySelectorAll('.question :disabled')].map((el) => {
        const style = getComputedStyle(el);
        if (Number(style.opacity) < 1) return 1;
        const a = lum(rgb(style.color).slice(0, 3)); const b = lum(background(el));
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
      });
      return ratios.length ? Math.min(...ratios) : null;`);
  }
  await app.execute(`document.documentElement.dataset.theme = 'light'`);
  return lowest;
}

async function progress() {
  return app.text(await app.waitFor(byId('quiz-progress')));
}

/** Every violation axe finds, of any impact, in the light and the dark theme. */
async function allViolations(what) {
  const found = [];
  for (const theme of ['light', 'dark']) {
    await app.execute(`document.documentElement.dataset.theme = arguments[0]`, [theme]);
    for (const v of await axeViolations(app, { anyImpact: true })) found.push(`${what} (${theme}): ${v}`);
  }
  await app.execute(`document.documentElement.dataset.theme = 'light'`);
  return found;
}

test('a missed question is on the score screen with its explanation, and both screens pass axe', () =>
  withScreenshot(() => app, 'quiz-teaches-score', async () => {
    const chapter = 'golpe-1973';
    const bank = await answersOf(chapter);
    await app.execute(`location.hash = '#/chapters/${chapter}/quiz'`);
    // Five questions, chosen on the screen.
    await app.click(byId('quiz-choose'));
    await app.click(byId('quiz-length-five'));
    assert.match(await app.text(await app.waitFor(byId('quiz-options-summary'))), /^Se harán 5 de las \d+ preguntas/);
    await app.click(byId('quiz-options-start'));
    await app.waitFor(byId('quiz-progress'), { predicate: (t) => t === 'Pregunta 1 de 5' });

    const missed = await answerShown(bank, { wrong: true });
    assert.equal(await app.execute(`return document.querySelector('[data-testid="feedback"]').dataset.correct`), 'false');
    // The verdict has focus and is on screen.
    assert.equal(await app.focused(), 'feedback-verdict');
    const verdictInView = await app.execute(
      `const r = document.querySelector('[data-testid="feedback-verdict"]').getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight;`,
    );
    assert.ok(verdictInView, 'the verdict is in view');
    assert.deepEqual(await allViolations('question answered'), []);
    const contrast = await answeredContrast();
    console.log(`answered controls, lowest contrast: ${JSON.stringify(contrast)}`);
    for (const [theme, ratio] of Object.entries(contrast)) assert.ok(ratio >= 4.5, `answered options keep 4.5:1 in ${theme}: ${ratio}`);
    await app.click(byId('next-question'));
    for (let n = 2; n <= 5; n += 1) {
      await app.waitFor(byId('quiz-progress'), { predicate: (t) => t === `Pregunta ${n} de 5` });
      await answerShown(bank);
      await app.click(byId('next-question'));
    }
    assert.match(await app.text(await app.waitFor(byId('quiz-score'))), /^4 \/ 5/);
    const item = await app.waitFor(byId(`missed-${missed.id}`));
    const text = await app.text(item);
    assert.ok(text.includes(missed.prompt), 'the missed question is listed');
    assert.ok(text.includes(`Por qué: ${missed.explanation}`), 'with its explanation');
    assert.match(text, /Tu respuesta: /);
    assert.match(text, /Respuesta correcta: /);
    assert.equal((await app.findAll('[data-testid^="missed-"][class~="missed-item"]')).length, 1, 'only the missed one');
    assert.deepEqual(await allViolations('score'), []);
  }));

test('a quiz left after two answers resumes at question 3, after navigating away and after quitting the app', () =>
  withScreenshot(() => app, 'quiz-teaches-resume', async () => {
    const chapter = 'unidad-popular';
    const bank = await answersOf(chapter);
    await app.execute(`location.hash = '#/chapters/${chapter}/quiz'`);
    await app.waitFor(byId('quiz-progress'), { predicate: (t) => t === 'Pregunta 1 de 10' });
    const first = await answerShown(bank);
    await app.click(byId('next-question'));
    await app.waitFor(byId('quiz-progress'), { predicate: (t) => t === 'Pregunta 2 de 10' });
    const second = await answerShown(bank, { wrong: true });
    assert.notEqual(first.id, second.id);

    // Away, then back: the quiz is offered, and continues at question 3.
    await app.execute(`location.hash = '#/chapters'`);
    await app.waitFor('[data-testid^="chapter-card-"]');
    await app.execute(`location.hash = '#/chapters/${chapter}/quiz'`);
    assert.equal(await app.text(await app.waitFor(byId('quiz-resume-text'))), 'Respondiste 2 de 10 preguntas. Tus respuestas están guardadas.');
    await app.click(byId('quiz-resume-continue'));
    assert.equal(await progress(), 'Pregunta 3 de 10');
    const third = await shownQuestion(bank);
    assert.ok(![first.id, second.id].includes(third.id), 'a question not answered yet');

    // Quit and start the app again with the same home: still offered, still at question 3.
    await quitApp();
    await launch();
    await app.execute(`location.hash = '#/chapters/${chapter}/quiz'`);
    assert.equal(await app.text(await app.waitFor(byId('quiz-resume-text'))), 'Respondiste 2 de 10 preguntas. Tus respuestas están guardadas.');
    assert.deepEqual(await allViolations('resume prompt'), []);
    await app.click(byId('quiz-resume-continue'));
    assert.equal(await progress(), 'Pregunta 3 de 10');
    assert.equal((await shownQuestion(bank)).id, third.id, 'the same question 3');

    // The rest of the attempt goes on; the score counts the answers given before the restart.
    for (let n = 3; n <= 10; n += 1) {
      await app.waitFor(byId('quiz-progress'), { predicate: (t) => t === `Pregunta ${n} de 10` });
      await answerShown(bank);
      await app.click(byId('next-question'));
    }
    assert.match(await app.text(await app.waitFor(byId('quiz-score'))), /^9 \/ 10/);
    assert.ok((await app.text(await app.waitFor(byId(`missed-${second.id}`)))).includes(second.explanation));
  }));

test('at 720×520 with the largest text, each question and its first option are on screen', () =>
  withScreenshot(() => app, 'quiz-teaches-small', async () => {
    const settings = await invoke('get_settings');
    await invoke('save_settings', { settings: { ...settings, textSize: 'large' } });
    await app.request('POST', '/window/rect', { width: 720, height: 520 });
    await app.execute(`location.hash = '#/'; location.reload()`);
    await app.waitFor(byId('home-title'), { timeoutMs: 30_000, predicate: (t) => t.length > 0 });
    const size = await app.execute('return [innerWidth, innerHeight, getComputedStyle(document.documentElement).fontSize]');
    assert.ok(size[0] <= 720 && size[1] <= 520, `the window is at its minimum size: ${size}`);
    assert.equal(size[2], '21px', 'the largest text size');

    const chapter = 'transicion-concertacion';
    const chapters = await invoke('list_chapters', { lang: 'es' });
    const target = chapters.find((c) => c.id === chapter) ?? chapters.at(-1);
    const bank = await answersOf(target.id);
    await app.execute(`location.hash = '#/chapters/${target.id}/quiz'`);
    const total = Math.min(10, target.questionCount);
    for (let n = 1; n <= total; n += 1) {
      await app.waitFor(byId('quiz-progress'), { predicate: (t) => t === `Pregunta ${n} de ${total}` });
      await new Promise((r) => setTimeout(r, 150));
      const fit = await app.execute(`
        const prompt = document.querySelector('[data-testid="question-prompt"]').getBoundingClientRect();
        const first = document.querySelector('.question .choice, .question .answer-form input, .question .answer-form select, .question .order-item').getBoundingClientRect();
        return { prompt: [prompt.top, prompt.bottom], first: [first.top, first.bottom], height: innerHeight };`);
      assert.ok(fit.prompt[0] >= 0 && fit.prompt[1] <= fit.height, `question ${n}: the question is on screen ${JSON.stringify(fit)}`);
      assert.ok(fit.first[0] >= 0 && fit.first[1] <= fit.height, `question ${n}: its first option is on screen ${JSON.stringify(fit)}`);
      if (n === 1) {
        // Answered options keep their contrast (axe's color-contrast, any impact, both themes).
        await answerShown(bank, { wrong: true });
        assert.deepEqual(await allViolations('answered at 720×520'), []);
        for (const [theme, ratio] of Object.entries(await answeredContrast())) assert.ok(ratio >= 4.5, `answered options keep 4.5:1 in ${theme}: ${ratio}`);
      } else {
        await answerShown(bank);
      }
      await app.click(byId('next-question'));
    }
  }));
