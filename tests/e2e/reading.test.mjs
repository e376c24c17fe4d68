// Reading a long chapter on the real window without losing one's place: a figure named in a
// paragraph far down opens as a preview (the chapter and the scroll offset stay), Escape closes it
// with focus back on the link; its full page opens from the preview, and Alt+← returns to the
// chapter at the same offset with the paragraph in view (as does the header's back button after
// Alt+→). A source cited at the end of a sentence opens under its line, its full stop left in place.
// A dark theme chosen in Settings is on the next launch's page from its first frame.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { byId, Driver, makeHome, withScreenshot } from './harness.mjs';

const ESCAPE = '\uE00C';
const ALT = '\uE00A';
const ARROW_LEFT = '\uE012';
const ARROW_RIGHT = '\uE014';

const CHAPTER = 'unidad-popular';
const FIGURE = 'augusto-pinochet';

let driver;
let app;

/** Presses Alt with `key`, as a person going back or forward does. */
async function altWith(key) {
  const actions = [
    { type: 'keyDown', value: ALT },
    { type: 'keyDown', value: key },
    { type: 'keyUp', value: key },
    { type: 'keyUp', value: ALT },
  ];
  await app.request('POST', '/actions', { actions: [{ type: 'key', id: 'keyboard', actions }] });
}

const scrollY = () => app.execute('return Math.round(window.scrollY)');

/** The last link to the figure in the chapter: far down, in a paragraph of its own. */
const LINK = `document.querySelectorAll('[data-link-kind="figure"][data-link-id="${FIGURE}"]')`;

/** Where the paragraph holding that link is on the screen now. */
function paragraphBox() {
  return app.execute(`const links = ${LINK};
    const box = links[links.length - 1].closest('p').getBoundingClientRect();
    return { top: Math.round(box.top), bottom: Math.round(box.bottom), viewport: window.innerHeight };`);
}

/** Waits until the window is scrolled to `offset` (within 3 pixels) and stays there. */
async function scrolledBackTo(offset, what) {
  await app.waitUntil(async () => Math.abs((await scrollY()) - offset) <= 3, { what: `${what}: back at ${offset}` });
  await new Promise((resolve) => setTimeout(resolve, 500));
  const now = await scrollY();
  assert.ok(Math.abs(now - offset) <= 3, `${what}: scrolled to ${now}, expected ${offset}`);
  const box = await paragraphBox();
  assert.ok(box.top >= 0 && box.bottom <= box.viewport, `${what}: the paragraph is in view (${JSON.stringify(box)})`);
}

before(async () => {
  driver = await Driver.start(makeHome(), 4654);
  app = await driver.launch();
  await app.waitFor(byId('home-title'), { timeoutMs: 30_000, predicate: (t) => t.length > 0 });
});

after(async () => {
  await app?.quit().catch(() => {});
  await driver?.stop();
});

test('a figure previews in place, its page opens, and Alt+← returns to the same place in the chapter', () =>
  withScreenshot(() => app, 'reading-back', async () => {
    assert.equal(await app.execute(`return document.querySelector('[data-testid="history-back"]').disabled`), true, 'nothing to go back to yet');
    await app.click(byId('nav-chapters'));
    await app.click(byId(`chapter-card-${CHAPTER}`));
    await app.waitFor(byId('chapter-title'), { predicate: (t) => t.length > 0 });
    const chapterHash = await app.execute('return location.hash');
    const height = await app.execute('return document.documentElement.scrollHeight');
    assert.ok(height > 8_000, `a long chapter (${height} px)`);

    // Down to the paragraph, a third of the way down the window.
    await app.execute(`const links = ${LINK}; const p = links[links.length - 1].closest('p');
      window.scrollTo({ top: p.getBoundingClientRect().top + window.scrollY - window.innerHeight / 3, behavior: 'instant' });`);
    const offset = await scrollY();
    assert.ok(offset > 3_000, `far down the chapter (${offset} px)`);
    await app.waitFor(byId('reading-position-text'), { predicate: (t) => /^\d+ % leído · sección \d+ de \d+: /.test(t) && !t.startsWith('0 %') });

    // The link says its kind; a click previews the figure without leaving the chapter.
    const link = (await app.findAll(`[data-link-kind="figure"][data-link-id="${FIGURE}"]`)).at(-1);
    assert.match(await app.attribute(link, 'aria-label'), /\(personaje\)$/);
    await app.request('POST', `/element/${link}/click`, {});
    await app.waitFor(byId('preview-title'), { predicate: (t) => t === 'Augusto Pinochet' });
    assert.ok((await app.text(await app.waitFor(byId('preview-summary')))).length > 40, 'a short summary');
    assert.equal(await app.execute('return location.hash'), chapterHash, 'the chapter stays');
    assert.equal(await scrollY(), offset, 'and so does its scroll offset');

    await app.press(ESCAPE);
    await app.waitUntil(async () => (await app.findAll(byId('link-preview'))).length === 0, { what: 'the preview to close' });
    const focusedLink = await app.execute(`const links = ${LINK}; return document.activeElement === links[links.length - 1];`);
    assert.equal(focusedLink, true, 'focus is back on the link that opened the preview');

    // The full page, from the preview.
    await app.request('POST', `/element/${link}/click`, {});
    await app.click(byId('preview-open'));
    await app.waitFor(byId('figure-name'), { predicate: (t) => t === 'Augusto Pinochet' });
    await app.waitUntil(async () => (await scrollY()) === 0, { what: 'the figure page to start at its top' });

    await altWith(ARROW_LEFT);
    await app.waitFor(byId('chapter-title'), { predicate: (t) => t.length > 0 });
    assert.equal(await app.execute('return location.hash'), chapterHash, 'one step back, not two');
    await scrolledBackTo(offset, 'Alt+←');

    // Forward, then the header's back button.
    await altWith(ARROW_RIGHT);
    await app.waitFor(byId('figure-name'), { predicate: (t) => t === 'Augusto Pinochet' });
    await app.click(byId('history-back'));
    await app.waitFor(byId('chapter-title'), { predicate: (t) => t.length > 0 });
    await scrolledBackTo(offset, 'the back button');
  }));

test('a source cited at the end of a sentence opens under its line, leaving the full stop in place', () =>
  withScreenshot(() => app, 'reading-source', async () => {
    await app.execute(`location.hash = '#/chapters/represion-dictadura'`);
    await app.waitFor(byId('chapter-title'), { predicate: (t) => t.length > 0 });
    // The first citation followed by a full stop.
    const marked = await app.execute(`for (const button of document.querySelectorAll('.prose-paragraph [data-link-kind="source"]')) {
        let next = button.nextSibling;
        while (next && (next.nodeType !== Node.TEXT_NODE || next.textContent === '')) next = next.nextSibling;
        if (next && next.textContent.startsWith('.')) { button.dataset.e2e = 'cited'; return true; }
      }
      return false;`);
    assert.equal(marked, true, 'a citation ends a sentence');
    await app.execute(`document.querySelector('[data-e2e="cited"]').scrollIntoView({ block: 'center' })`);
    await app.click('[data-e2e="cited"]');
    await app.waitFor(`[data-e2e="cited"] + ${byId('source-popover')} .citation`);
    const layout = await app.execute(`const button = document.querySelector('[data-e2e="cited"]');
      const popover = button.nextElementSibling;
      let next = popover.nextSibling;
      while (next && (next.nodeType !== Node.TEXT_NODE || next.textContent === '')) next = next.nextSibling;
      const range = document.createRange();
      range.setStart(next, 0);
      range.setEnd(next, 1);
      const stop = range.getBoundingClientRect();
      const cited = button.getBoundingClientRect();
      return { stopTop: stop.top, stopLeft: stop.left, buttonTop: cited.top, buttonRight: cited.right, buttonBottom: cited.bottom, popoverTop: popover.getBoundingClientRect().top };`);
    assert.ok(Math.abs(layout.stopTop - layout.buttonTop) < 8, `the full stop is on the citation's line: ${JSON.stringify(layout)}`);
    assert.ok(layout.stopLeft >= layout.buttonRight - 1, `right after it: ${JSON.stringify(layout)}`);
    assert.ok(layout.popoverTop >= layout.buttonBottom, `the source opens under the line: ${JSON.stringify(layout)}`);
    await app.press(ESCAPE);
    await app.waitUntil(async () => (await app.findAll(byId('source-popover'))).length === 0, { what: 'the source to close' });
    assert.equal(await app.execute(`return document.activeElement === document.querySelector('[data-e2e="cited"]')`), true, 'focus back on the citation');
  }));

test('a dark theme, once chosen, is on the page from the first frame of the next launch', () =>
  withScreenshot(() => app, 'reading-theme', async () => {
    await app.click(byId('nav-settings'));
    await app.select(byId('setting-theme'), 'dark');
    await app.waitUntil(async () => (await app.execute(`return localStorage.getItem('cronica.theme')`)) === 'dark', {
      what: 'the theme kept for the next launch',
    });
    await app.quit();
    app = await driver.launch();
    assert.equal(await app.execute('return document.documentElement.dataset.theme'), 'dark');
    // What put it there before the first paint: the page's blocking script in <head>, from the
    // app's own origin (the CSP allows no inline script). Run again on a page set light, it is
    // served, allowed by the CSP, and reads the kept theme back.
    const script = await app.execute(`const head = document.head.querySelector('script:not([type])');
      return head ? head.getAttribute('src') : null;`);
    assert.equal(script, './theme-hint.js');
    const rerun = await app.request('POST', '/execute/async', {
      script: `const done = arguments[arguments.length - 1];
        document.documentElement.dataset.theme = 'light';
        const again = document.createElement('script');
        again.src = './theme-hint.js';
        again.onload = () => done(document.documentElement.dataset.theme);
        again.onerror = () => done('blocked');
        document.head.append(again);`,
      args: [],
    });
    assert.equal(rerun, 'dark');
    await app.waitFor(byId('home-title'), { timeoutMs: 30_000, predicate: (t) => t.length > 0 });
    assert.equal(await app.execute('return document.documentElement.dataset.theme'), 'dark');
  }));
