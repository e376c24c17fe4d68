// The timeline's chart view and the election charts on the real window: the chart, reached and
// zoomed by keyboard alone (Tab, +, arrows), closes in on 1973 and opens the coup with Enter; the
// choice of view is remembered; the 1988 plebiscite's table shows Sí and No with their shares, on
// the elections list reached from the timeline, on the event's page and in the chapter.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { byId, Driver, makeHome, withScreenshot } from './harness.mjs';

const TAB = '\uE004';
const ENTER = '\uE007';
const ARROW_LEFT = '\uE012';
const ARROW_RIGHT = '\uE014';
const DAY = 86_400_000;
const COUP = Date.parse('1973-09-11');
const COUP_EVENT = 'golpe-de-estado-1973';

let driver;
let app;

before(async () => {
  driver = await Driver.start(makeHome(), 4704);
  app = await driver.launch();
  await app.waitFor(byId('home-title'), { timeoutMs: 30_000, predicate: (t) => t.length > 0 });
});

after(async () => {
  await app?.quit().catch(() => {});
  await driver?.stop();
});

/** Presses Tab until `testid` has the focus; fails after `limit` presses. */
async function tabTo(testid, limit) {
  for (let i = 0; i < limit; i++) {
    if ((await app.focused()) === testid) return i;
    await app.press(TAB);
  }
  assert.equal(await app.focused(), testid, `Tab never reached ${testid}`);
  return limit;
}

/** The window the chart shows, in ms since 1970. */
async function shownWindow() {
  const [start, end] = await app.execute(
    `const p = document.querySelector('[data-testid="vt-plot"]'); return [p.dataset.start, p.dataset.end];`,
  );
  return { start: Date.parse(start), end: Date.parse(end) };
}

test('the chart zooms into 1973 by keyboard and Enter opens the coup', () =>
  withScreenshot(() => app, 'timeline-visual-keyboard', async () => {
    await app.execute(`location.hash = '#/timeline'`);
    await app.click(byId('timeline-view-visual'));
    await app.waitFor(byId('vt-plot'));
    const whole = await shownWindow();
    assert.ok(whole.end - whole.start > 100 * 365 * DAY, 'the chart starts with the whole century');

    // From the view switch, Tab goes past the zoom buttons to the plot.
    await tabTo('vt-plot', 8);
    let presses = 0;
    for (; presses < 60; presses++) {
      const { start, end } = await shownWindow();
      const span = end - start;
      if (span < 400 * DAY && COUP > start + 0.1 * span && COUP < end - 0.1 * span) break;
      const key = COUP < start + 0.3 * span ? ARROW_LEFT : COUP > start + 0.7 * span ? ARROW_RIGHT : '+';
      await app.press(key);
    }
    const zoomed = await shownWindow();
    assert.ok(zoomed.end - zoomed.start < 400 * DAY, `zoomed to under a year and a month after ${presses} presses`);
    assert.ok(zoomed.start < COUP && COUP < zoomed.end, '11 September 1973 is on screen');
    const showing = await app.text(await app.waitFor(byId('vt-showing')));
    assert.match(showing, /^Se muestra del .* de 197[23] al .* de 197[34]$/);

    // Tab walks the marks on screen, each named by its date and title.
    await tabTo(`vt-mark-${COUP_EVENT}`, 120);
    const label = await app.execute(`return document.activeElement.getAttribute('aria-label')`);
    assert.equal(label, '11 de septiembre de 1973: Golpe de Estado del 11 de septiembre de 1973');
    await app.press(ENTER);
    await app.waitFor(byId('event-title'), { predicate: (t) => t === 'Golpe de Estado del 11 de septiembre de 1973' });
    assert.equal(await app.execute('return location.hash'), `#/events/${COUP_EVENT}`);

    // The chart view was remembered.
    await app.execute(`location.hash = '#/timeline'`);
    await app.waitFor(byId('vt-plot'));
    assert.equal(await app.execute(`return document.querySelector('[data-testid="timeline-view-visual"]').getAttribute('aria-pressed')`), 'true');
    await app.click(byId('timeline-view-list'));
    await app.waitFor('[data-testid^="era-group-"]');
  }));

test("the 1988 plebiscite's chart shows Sí and No with their shares as a table", () =>
  withScreenshot(() => app, 'timeline-visual-elections', async () => {
    await app.execute(`location.hash = '#/timeline'`);
    await app.click(byId('timeline-elections'));
    await app.waitFor(byId('elections-list'));
    const chart = await app.waitFor(byId('election-chart-plebiscito-1988-0'));
    assert.match(await app.attribute(chart, 'aria-label'), /No: 55,99 %; Sí: 44,01 %$/);
    await app.click(byId('election-table-toggle-plebiscito-1988'));
    const table = await app.text(await app.waitFor(byId('election-table-plebiscito-1988-0')));
    assert.match(table, /^Plebiscito nacional de 1988: /);
    const rows = await app.execute(`return [...document.querySelectorAll('[data-testid="election-table-plebiscito-1988-0"] tbody tr')]
      .map((row) => [...row.children].map((cell) => cell.innerText.trim()).join(' | '));`);
    assert.deepEqual(rows, ['No | 55,99 % | 3.967.569', 'Sí | 44,01 % | 3.119.110']);

    // The same chart hangs off the event and appears in the chapter that tells the plebiscite.
    await app.execute(`location.hash = '#/events/plebiscito-1988'`);
    await app.waitFor(byId('election-chart-plebiscito-1988-0'));
    await app.execute(`location.hash = '#/chapters/constitucion-1980-plebiscito-1988'`);
    await app.waitFor(byId('chapter-title'));
    await app.waitFor(byId('election-chart-plebiscito-1988-0'));
  }));
