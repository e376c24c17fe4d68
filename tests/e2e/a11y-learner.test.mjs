// Accessibility of the learner's screens on the real window: axe-core, injected through WebDriver,
// finds no violation of any impact on the home screen, the chapter list and a chapter, a
// quiz before and after an answer, the timeline and an event, the figures and a figure, the
// glossary and a term, a perspective, the settings, the notes (with a note and a bookmark on them)
// and the progress dashboard (with a section read), past live games and the not-found and error
// views, the timeline's chart view and the election charts (with their tables shown), in the light
// and dark themes.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations } from './axe.mjs';
import { byId, Driver, invokeBackend, makeHome, withScreenshot } from './harness.mjs';

let driver;
let app;

before(async () => {
  driver = await Driver.start(makeHome(), 4634);
  app = await driver.launch();
  await app.waitFor(byId('home-title'), { timeoutMs: 30_000, predicate: (t) => t.length > 0 });
  // Something on the notes screen and the dashboard, so their lists and tables are checked too.
  await invokeBackend(app, 'save_note', { target: { kind: 'event', id: 'nacionalizacion-del-cobre' }, text: 'Una nota de prueba' });
  await invokeBackend(app, 'set_bookmark', { target: { kind: 'term', id: 'accion-republicana' }, bookmarked: true });
  await invokeBackend(app, 'mark_section_read', { chapterId: 'golpe-1973', sectionId: (await invokeBackend(app, 'get_chapter', { lang: 'es', id: 'golpe-1973' })).sections[0].id });
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
  ['notes', '#/notes', byId('notes-entry-text')],
  ['progress', '#/progress', byId('progress-chapters')],
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
        assert.deepEqual(await axeViolations(app, { anyImpact: true }), [], `${name} (${theme})`);
      }
    }));

  test(`the timeline chart and the election charts pass axe with no violation of any impact in the ${theme} theme`, () =>
    withScreenshot(() => app, `a11y-charts-${theme}`, async () => {
      try {
        await app.execute(`localStorage.setItem('cronica.timelineView', 'visual'); location.hash = '#/timeline'`);
        await app.waitFor(byId('vt-mark-golpe-de-estado-1973'));
        await app.execute(`document.documentElement.dataset.theme = '${theme}'`);
        assert.deepEqual(await axeViolations(app, { anyImpact: true }), [], `timeline chart (${theme})`);
        await app.execute(`location.hash = '#/elections'`);
        await app.waitFor(byId('election-table-toggle-plebiscito-1988'));
        await app.execute(`document.querySelectorAll('[data-testid^="election-table-toggle-"]').forEach((b) => b.click())`);
        await app.waitFor(byId('election-table-plebiscito-1988-0'));
        await app.execute(`document.documentElement.dataset.theme = '${theme}'`);
        assert.deepEqual(await axeViolations(app, { anyImpact: true }), [], `elections (${theme})`);
        await app.execute(`location.hash = '#/events/plebiscito-1988'`);
        await app.waitFor(byId('election-plebiscito-1988'));
        await app.execute(`document.documentElement.dataset.theme = '${theme}'`);
        assert.deepEqual(await axeViolations(app, { anyImpact: true }), [], `event with a chart (${theme})`);
        await app.execute(`location.hash = '#/chapters/constitucion-1980-plebiscito-1988'`);
        await app.waitFor(byId('election-chart-plebiscito-1988-0'));
        await app.execute(`document.documentElement.dataset.theme = '${theme}'`);
        assert.deepEqual(await axeViolations(app, { anyImpact: true }), [], `chapter with a chart (${theme})`);
      } finally {
        await app.execute(`localStorage.setItem('cronica.timelineView', 'list')`);
      }
    }));

  test(`a quiz passes axe before and after an answer in the ${theme} theme`, () =>
    withScreenshot(() => app, `a11y-quiz-${theme}`, async () => {
      await app.execute(`location.hash = '#/chapters/golpe-1973/quiz'`);
      await app.waitFor(`${byId('question-prompt')}, ${byId('quiz-resume')}`);
      await app.execute(`document.documentElement.dataset.theme = '${theme}'`);
      // The quiz answered in the other theme's test was left unfinished: it is offered again.
      if ((await app.findAll(byId('quiz-resume'))).length > 0) {
        assert.deepEqual(await axeViolations(app, { anyImpact: true }), [], `unfinished quiz offered (${theme})`);
        await app.click(byId('quiz-resume-restart'));
        await app.waitFor(byId('question-prompt'));
      }
      assert.deepEqual(await axeViolations(app, { anyImpact: true }), [], `quiz question (${theme})`);
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
      assert.deepEqual(await axeViolations(app, { anyImpact: true }), [], `quiz feedback (${theme})`);
    }));
}
