// The search box on the real window: "/" from the home screen, a query typed without accents finds
// the event (grouped under its kind, the match highlighted), ArrowDown and Enter open it, and the
// whole search was one history entry; Ctrl+K and a misspelt name offer the closest title; the
// results screen passes axe in the light and dark themes.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations } from './axe.mjs';
import { byId, Driver, makeHome, withScreenshot } from './harness.mjs';

const ENTER = '\uE007';
const ARROW_DOWN = '\uE015';
const CONTROL = '\uE009';

const EVENT_ID = 'nacionalizacion-del-cobre';
const EVENT_TITLE = 'Nacionalización de la gran minería del cobre';

let driver;
let app;

/** Types `text` key by key into whatever has focus, as a person does. */
async function typeKeys(text) {
  const actions = [...text].flatMap((key) => [{ type: 'keyDown', value: key }, { type: 'keyUp', value: key }]);
  await app.request('POST', '/actions', { actions: [{ type: 'key', id: 'keyboard', actions }] });
}

/** Presses Ctrl+K. */
async function controlK() {
  const actions = [
    { type: 'keyDown', value: CONTROL },
    { type: 'keyDown', value: 'k' },
    { type: 'keyUp', value: 'k' },
    { type: 'keyUp', value: CONTROL },
  ];
  await app.request('POST', '/actions', { actions: [{ type: 'key', id: 'keyboard', actions }] });
}

/** The href of the first element matching `css` as written (WebDriver's attribute gives the resolved URL). */
function href(css) {
  return app.execute('return document.querySelector(arguments[0]).getAttribute("href")', [css]);
}

/** Waits until the results on screen answer `query` (the status names it) and no newer search runs. */
async function resultsFor(query) {
  await app.waitFor(byId('search-status'), { predicate: (t) => t.includes(`«${query}»`) });
  await app.waitFor(`${byId('search-results')}[aria-busy="false"]`);
  return app.text(await app.waitFor(byId('search-status')));
}

/** The serious and critical violations axe finds on the page as it is now. */
const violations = () => axeViolations(app);

before(async () => {
  driver = await Driver.start(makeHome(), 4594);
  app = await driver.launch();
  await app.waitFor(byId('home-title'), { timeoutMs: 30_000, predicate: (t) => t.length > 0 });
});

after(async () => {
  await app?.quit().catch(() => {});
  await driver?.stop();
});

test('"/" and a query typed without accents find the event, and ArrowDown and Enter open it', () =>
  withScreenshot(() => app, 'search-event', async () => {
    await app.press('/');
    assert.equal(await app.focused(), 'search-input', '"/" puts focus in the search box');
    const box = await app.waitFor(byId('search-input'));
    assert.equal(await app.property(box, 'value'), '', 'the "/" is not typed into the box');

    await typeKeys('nacionalizacion del cobre');
    const status = await resultsFor('nacionalizacion del cobre');
    assert.match(status, /^(Más de )?\d+ resultados? para «nacionalizacion del cobre»$/);
    assert.equal(await app.execute('return location.hash'), '#/search?q=nacionalizacion+del+cobre');
    assert.equal(await app.focused(), 'search-input', 'typing stays in the box while the results change');

    // Grouped by kind, events first: the event's title holds every word typed.
    const heading = await app.waitFor(`${byId('search-group-event')} h2`);
    assert.equal(await app.text(heading), 'Acontecimientos');
    assert.equal(await app.execute(`return document.querySelector('[data-testid^="search-group-"]').dataset.testid`), 'search-group-event');
    const firstEvent = `${byId('search-group-event')} ${byId('search-hit-event')}`;
    assert.equal(await app.text(await app.waitFor(firstEvent)), EVENT_TITLE);
    assert.equal(await href(firstEvent), `#/events/${EVENT_ID}`);
    const marks = await app.execute(
      `return [...document.querySelector('[data-testid="search-group-event"] [data-testid="search-hit-event"]').querySelectorAll('mark')].map((m) => m.textContent)`,
    );
    // The match is marked in the title as written, accent and all.
    const marked = marks.join(' ');
    assert.ok(marked.includes('Nacionalización') && marked.includes('cobre'), `highlighted in the title: ${JSON.stringify(marks)}`);

    await app.press(ARROW_DOWN);
    assert.equal(await app.focused(), 'search-hit-event', 'ArrowDown moves to the first result');
    assert.equal(await app.execute(`return document.activeElement.getAttribute('href')`), `#/events/${EVENT_ID}`);
    await app.press(ENTER);
    await app.waitFor(byId('event-title'), { predicate: (t) => t === EVENT_TITLE });
    assert.equal(await app.execute('return location.hash'), `#/events/${EVENT_ID}`);
    assert.equal(await app.property(await app.waitFor(byId('search-input')), 'value'), '', 'the box is empty on other screens');

    // The whole search was one history entry: Back shows it again, once more returns home.
    await app.execute('history.back()');
    await app.waitFor(byId('search-status'), { predicate: (t) => t.includes('«nacionalizacion del cobre»') });
    assert.equal(await app.property(await app.waitFor(byId('search-input')), 'value'), 'nacionalizacion del cobre');
    await app.execute('history.back()');
    await app.waitFor(byId('home-title'), { predicate: (t) => t.length > 0 });
  }));

test('Ctrl+K and a misspelt name: nothing found, the closest title offered', () =>
  withScreenshot(() => app, 'search-suggestions', async () => {
    await controlK();
    assert.equal(await app.focused(), 'search-input', 'Ctrl+K puts focus in the search box');
    await typeKeys('pinoshet');
    await app.waitFor(byId('search-status'), { predicate: (t) => t === 'No se encontró nada para «pinoshet».' });
    await app.waitFor(`${byId('search-results')}[aria-busy="false"]`);
    assert.deepEqual(await app.findAll(`${byId('search-results')} section`), [], 'no result groups');
    const heading = await app.waitFor(`${byId('search-nothing')} h2`);
    assert.equal(await app.text(heading), '¿Quisiste decir…?');
    await app.waitFor(byId('search-suggestion'), { predicate: (t) => t === 'Augusto Pinochet Ugarte' });
    const offered = await app.execute(
      `return [...document.querySelectorAll('[data-testid="search-suggestion"]')].map((a) => [a.textContent, a.getAttribute('href')])`,
    );
    assert.ok(
      offered.some(([title, link]) => title === 'Augusto Pinochet Ugarte' && link === '#/figures/augusto-pinochet'),
      JSON.stringify(offered),
    );
  }));

for (const theme of ['light', 'dark']) {
  test(`the search screen passes axe in the ${theme} theme`, () =>
    withScreenshot(() => app, `search-a11y-${theme}`, async () => {
      const states = [
        ['results', 'allende'],
        ['nothing found', 'pinoshet'],
      ];
      for (const [name, query] of states) {
        await app.execute(`location.hash = '#/search?q=${encodeURIComponent(query)}'`);
        await resultsFor(query);
        await app.execute(`document.documentElement.dataset.theme = '${theme}'`);
        assert.deepEqual(await violations(), [], `${name} (${theme})`);
      }
      await app.execute(`location.hash = '#/search'`);
      await app.waitFor(byId('search-title'));
      await app.execute(`document.documentElement.dataset.theme = '${theme}'`);
      assert.deepEqual(await violations(), [], `empty search (${theme})`);
    }));
}
