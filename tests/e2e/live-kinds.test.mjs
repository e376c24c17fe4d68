// The projector in the real app window for order, match and typed-answer questions: a saved quiz of
// a teacher's own questions is hosted on loopback, two students answer from headless Chromium, and
// the teacher's screen shows each question as students see it (items, left items and options, or
// that they type), the live answer count, then at the reveal the right and wrong counts, the right
// order or matches, and the typed answers both gave. The host screen reports nothing left out, and
// axe finds no serious or critical violation on any of these views, in the light and dark themes.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { CHROMIUM } from '../helpers/paths.mjs';
import { Browser } from '../classroom/cdp.mjs';
import { axeViolationsInBothThemes } from './axe.mjs';
import { byId, Driver, makeHome, withScreenshot } from './harness.mjs';
import { hostQuiz, invoke, joinStudent, LIVE_ENV } from './live-game.mjs';

const RIGHT_ORDER = ['Elección de Allende', 'Golpe de Estado', 'Plebiscito de 1988'];
const PAIRS = [['Allende', 'Unidad Popular'], ['Frei Montalva', 'Democracia Cristiana']];

let driver;
let app;
let browser;

before(async () => {
  driver = await Driver.start(makeHome(), 4574, LIVE_ENV);
  app = await driver.launch();
  await app.waitFor(byId('home-title'), { timeoutMs: 30_000, predicate: (t) => t.length > 0 });
});

after(async () => {
  if (app) await invoke(app, 'stop_live_game').catch(() => {});
  await browser?.close().catch(() => {});
  await app?.quit().catch(() => {});
  await driver?.stop();
});

const text = (es, en) => ({ es, en });

async function ownQuestion(prompt, answer) {
  const saved = await invoke(app, 'save_own_question', { id: null, draft: { prompt: text(prompt, prompt), answer, explanation: text('Así fue.', 'So it was.'), source: null } });
  assert.equal(saved.outcome, 'saved', JSON.stringify(saved));
  return saved.question.id;
}

/** The serious and critical violations axe finds now, in the light and the dark theme. */
const violations = () => axeViolationsInBothThemes(app);

const listed = (testid) => app.execute(`return [...document.querySelectorAll('[data-testid="${testid}"] li')].map((li) => li.textContent.trim());`);
const bars = () => app.execute(`return [...document.querySelectorAll('[data-testid="live-bar"]')].map((b) => [b.querySelector('.live-bar-label').textContent.replace('✓', '').trim(), Number(b.dataset.count)]);`);

/** Waits until every student page shows `testid`. */
async function onEveryPage(pages, testid) {
  for (const page of pages) await page.waitFor(`document.querySelector('[data-testid="${testid}"]') !== null`, { timeoutMs: 20_000, what: testid });
}

test('the projector shows order, match and typed questions and their reveal, and passes axe', () =>
  withScreenshot(() => app, 'live-kinds', async () => {
    const ids = [
      await ownQuestion('Ordena de la más antigua a la más reciente', { kind: 'order', items: RIGHT_ORDER.map((item) => text(item, item)) }),
      await ownQuestion('Relaciona cada presidente con su apoyo', { kind: 'match', pairs: PAIRS.map(([l, r]) => ({ left: text(l, l), right: text(r, r) })) }),
      await ownQuestion('¿Quién ganó la elección de 1970?', { kind: 'typed', accepted: [text('Salvador Allende', 'Salvador Allende')] }),
    ];
    const items = ids.map((questionId) => ({ origin: 'own', questionId, timeLimitS: 120, points: 1000 }));
    const quiz = await invoke(app, 'save_teacher_quiz', { id: null, draft: { title: 'Tipos de pregunta', description: '', items } });
    const { pin, urls } = await hostQuiz(app, quiz.id);
    assert.equal(await app.execute(`return document.querySelector('[data-testid="live-missing"]');`), null, 'nothing left out');

    browser = Browser.launch(CHROMIUM);
    const pages = [await joinStudent(browser, urls[0], pin, 'Ana'), await joinStudent(browser, urls[0], pin, 'Beto')];
    await app.waitFor(byId('live-player-count'), { timeoutMs: 15_000, predicate: (t) => t === 'Jugadores (2)' });

    // Order.
    await app.click(byId('live-begin'));
    await app.waitFor(byId('live-items'), { timeoutMs: 20_000 });
    const shown = await listed('live-items');
    assert.deepEqual([...shown].sort(), [...RIGHT_ORDER].sort(), 'the items as students see them');
    assert.notDeepEqual(shown, RIGHT_ORDER, 'never in the right order');
    assert.deepEqual(await violations(), [], 'axe on the open order question');
    await onEveryPage(pages, 'order-form');
    for (const page of pages) await page.click('[data-testid="order-submit"]');
    await app.waitFor(byId('live-answered'), { timeoutMs: 20_000, predicate: (t) => t === 'Respondieron 2 de 2' });
    await app.click(byId('live-reveal'));
    await app.waitFor(byId('live-right-list'), { timeoutMs: 20_000 });
    assert.deepEqual(await bars(), [['Correctas', 0], ['Incorrectas', 2]]);
    assert.deepEqual(await listed('live-right-list'), RIGHT_ORDER);
    assert.deepEqual(await violations(), [], 'axe on the order reveal');

    // Match.
    await app.click(byId('live-next'));
    await app.waitFor(byId('live-left'), { timeoutMs: 20_000 });
    assert.deepEqual(await listed('live-left'), PAIRS.map(([left]) => left));
    assert.deepEqual([...(await listed('live-match-options'))].sort(), PAIRS.map(([, right]) => right).sort());
    assert.deepEqual(await violations(), [], 'axe on the open match question');
    await onEveryPage(pages, 'match-form');
    for (const [i, page] of pages.entries()) {
      // Ana matches right; Beto gives both the first option.
      await page.eval(`(() => { const selects = document.querySelectorAll('[data-testid="match-select"]');
        const rights = ${JSON.stringify(PAIRS.map(([, right]) => right))};
        selects.forEach((select, j) => { select.value = [...select.options].find((o) => o.textContent === (${i} === 0 ? rights[j] : rights[0])).value;
          select.dispatchEvent(new Event('change', { bubbles: true })); }); })()`);
      await page.click('[data-testid="match-submit"]');
    }
    await app.waitFor(byId('live-answered'), { timeoutMs: 20_000, predicate: (t) => t === 'Respondieron 2 de 2' });
    await app.click(byId('live-reveal'));
    await app.waitFor(byId('live-right-list'), { timeoutMs: 20_000 });
    assert.deepEqual(await bars(), [['Correctas', 1], ['Incorrectas', 1]]);
    assert.deepEqual(await listed('live-right-list'), PAIRS.map(([l, r]) => `${l} → ${r}`));
    assert.deepEqual(await violations(), [], 'axe on the match reveal');

    // Typed.
    await app.click(byId('live-next'));
    await app.waitFor(byId('live-prompt'), { timeoutMs: 20_000, predicate: (t) => t === '¿Quién ganó la elección de 1970?' });
    assert.ok((await app.text(await app.waitFor('.presenter-question'))).includes('Los estudiantes escriben su respuesta.'));
    assert.deepEqual(await violations(), [], 'axe on the open typed question');
    await onEveryPage(pages, 'typed-form');
    for (const [i, page] of pages.entries()) {
      await page.type('[data-testid="typed-input"]', i === 0 ? 'salvador allende' : 'SALVADOR ALLENDE!');
      await page.click('[data-testid="typed-submit"]');
    }
    await app.waitFor(byId('live-answered'), { timeoutMs: 20_000, predicate: (t) => t === 'Respondieron 2 de 2' });
    await app.click(byId('live-reveal'));
    await app.waitFor(byId('live-frequent'), { timeoutMs: 20_000 });
    assert.deepEqual(await bars(), [['Correctas', 2], ['Incorrectas', 0]]);
    const frequent = await app.execute(`return [...document.querySelectorAll('[data-testid="live-frequent-answer"]')].map((li) => [li.querySelector('.live-frequent-text').textContent, Number(li.dataset.count)]);`);
    assert.deepEqual(frequent, [['Salvador Allende', 2]], 'the answer both typed, as the teacher wrote it');
    assert.ok((await app.text(await app.waitFor(byId('live-answer')))).includes('Respuesta correcta: Salvador Allende'));
    assert.deepEqual(await violations(), [], 'axe on the typed reveal');

    await app.click(byId('live-next'));
    for (const page of pages) {
      await page.waitFor(`document.querySelector('[data-testid="podium"]') !== null`, { timeoutMs: 20_000, what: 'the podium' });
      assert.deepEqual(page.exceptions, [], 'no uncaught error on a student page');
    }
  }));
