// Accessibility of the learner's screens on the real window: axe-core, injected through WebDriver,
// finds no serious or critical violation on the home screen, the chapter list and a chapter, a
// quiz before and after an answer, the timeline and an event, the figures and a figure, the
// glossary and a term, a perspective, the settings, past live games and the not-found and error
// views, in the light and dark themes; the timeline's chart view and the election charts (with their
// tables shown) have no violation of any impact.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations } from './axe.mjs';
import { byId, Driver, makeHome, withScreenshot } from './harness.mjs';

let driver;
let app;

before(async () => {
  driver = await Driver.start(makeHome(), 4634);
  app = await driver.launch();
  await app.waitFor(byId('home-title'), { timeoutMs: 30_000, predicate: (t) => t.length > 0 });
});

after(async () => {
  await app?.quit().catch(() => {});
  await driver?.stop();
});

/** Each screen: its name, its address, and what shows once its data is on screen. */
const SCREENS = [
  ['home', '#/', byId('home-title')],
  ['chapters', '#/chapters', 'main li a'],
  ['chapter', '#/chapters/golpe-1973', byId('chapter-title')],
  ['timeline', '#/timeline', 'main li'],
  ['timeline filtered by era', '#/timeline?era=dictadura', 'main li'],
  ['event', '#/events/nacionalizacion-del-cobre', byId('event-title')],
  ['figures', '#/figures', 'main li a'],
  ['figure', '#/figures/salvador-allende', byId('figure-name')],
  ['glossary', '#/glossary', 'main dt, main li'],
  ['term', '#/terms/accion-republicana', byId('term-name')],
  ['perspective', '#/perspectives/acuerdo-camara-1973', byId('perspective-title')],
  ['settings', '#/settings', byId('about')],
  ['past live games', '#/teacher/games', byId('live-games-empty')],
  ['not found', '#/nowhere', 'main h1'],
  ['missing item', '#/events/evento-que-no-existe', byId('error-explanation')],
];

for (const theme of ['light', 'dark']) {
  test(`the learner's screens pass axe in the ${theme} theme`, () =>
    withScreenshot(() => app, `a11y-learner-${theme}`, async () => {
      for (const [name, hash, ready] of SCREENS) {
        await app.execute(`location.hash = '${hash}'`);
        await app.waitFor(ready);
        await app.execute(`document.documentElement.dataset.theme = '${theme}'`);
        assert.deepEqual(await axeViolations(app), [], `${name} (${theme})`);
      }
    }));

  test(`the timeline chart and the election charts pass axe with no violation of any impact in the ${theme} theme`, () =>
    withScreenshot(() => app, `a11y-charts-${theme}`, async () => {
      try {
        await app.execute(`localStorage.setItem('cronica.timelineView', 'visual'); location.hash = '#/timeline'`);
        await app.waitFor(byId('vt-mark-golpe-de-estado-1973'));
        await app.execute(`document.documentElement.dataset.theme = '${theme}'`);
        assert.deepEqual(await axeViolations(app, { allImpacts: true }), [], `timeline chart (${theme})`);
        await app.execute(`location.hash = '#/elections'`);
        await app.waitFor(byId('election-table-toggle-plebiscito-1988'));
        await app.execute(`document.querySelectorAll('[data-testid^="election-table-toggle-"]').forEach((b) => b.click())`);
        await app.waitFor(byId('election-table-plebiscito-1988-0'));
        await app.execute(`document.documentElement.dataset.theme = '${theme}'`);
        assert.deepEqual(await axeViolations(app, { allImpacts: true }), [], `elections (${theme})`);
        await app.execute(`location.hash = '#/events/plebiscito-1988'`);
        await app.waitFor(byId('election-plebiscito-1988'));
        await app.execute(`document.documentElement.dataset.theme = '${theme}'`);
        assert.deepEqual(await axeViolations(app), [], `event with a chart (${theme})`);
        await app.execute(`location.hash = '#/chapters/constitucion-1980-plebiscito-1988'`);
        await app.waitFor(byId('election-chart-plebiscito-1988-0'));
        await app.execute(`document.documentElement.dataset.theme = '${theme}'`);
        assert.deepEqual(await axeViolations(app), [], `chapter with a chart (${theme})`);
      } finally {
        await app.execute(`localStorage.setItem('cronica.timelineView', 'list')`);
      }
    }));

  test(`a quiz passes axe before and after an answer in the ${theme} theme`, () =>
    withScreenshot(() => app, `a11y-quiz-${theme}`, async () => {
      await app.execute(`location.hash = '#/chapters/golpe-1973/quiz'`);
      await app.waitFor(byId('question-prompt'));
      await app.execute(`document.documentElement.dataset.theme = '${theme}'`);
      assert.deepEqual(await axeViolations(app), [], `quiz question (${theme})`);
      // Answer whatever the first question asks, so the feedback (right or wrong) is on screen.
      const answered = await app.execute(`
        const option = document.querySelector('[data-testid="option-0"], [data-testid="option-true"]');
        if (option) { option.click(); return true; }
        const form = document.querySelector('main form');
        if (!form) return false;
        for (const input of form.querySelectorAll('input')) {
          input.value = '1973';
          input.dispatchEvent(new Event('input', { bubbles: true }));
        }
        for (const select of form.querySelectorAll('select')) {
          select.selectedIndex = select.options.length - 1;
          select.dispatchEvent(new Event('change', { bubbles: true }));
        }
        const submit = form.querySelector('button[type="submit"]');
        if (!submit) return false;
        submit.click();
        return true;`);
      assert.ok(answered, 'the first question could be answered');
      await app.waitFor(byId('feedback'));
      assert.deepEqual(await axeViolations(app), [], `quiz feedback (${theme})`);
    }));
}
