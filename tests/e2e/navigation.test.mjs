// The window never leaves the app: a page script sending it to another address is refused, the
// address receives nothing, and the app stays on screen. Inside the app, a broken address (an id
// no content item could carry, or one that is not there) shows the not-found screen in the
// learner's language, never a raw backend message. A source's page opens in the system browser
// (here a stand-in named by $BROWSER that writes down what it was given) only when asked.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { byId, Driver, makeHome, withScreenshot } from './harness.mjs';

const home = makeHome();
const opened = path.join(home.home, 'opened.txt');
const browser = path.join(home.home, 'browser.sh');
writeFileSync(browser, `#!/bin/sh\nprintf '%s\\n' "$1" >> '${opened}'\n`);
chmodSync(browser, 0o755);

let driver;
let app;
let listener;

after(async () => {
  await app?.quit().catch(() => {});
  await driver?.stop();
  listener?.close();
});

test('a navigation to another origin is refused and reaches nothing', () =>
  withScreenshot(() => app, 'navigation', async () => {
    let connections = 0;
    listener = createServer((socket) => {
      connections += 1;
      socket.destroy();
    });
    await new Promise((resolve) => listener.listen(0, '127.0.0.1', resolve));
    const { port } = listener.address();

    driver = await Driver.start(home, 4514, { BROWSER: browser });
    app = await driver.launch();
    await app.waitFor(byId('home-title'), { timeoutMs: 30_000, predicate: (t) => t.length > 0 });
    await app.execute(`location.href = 'http://127.0.0.1:${port}/'`);
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    assert.equal(connections, 0, 'the listener received nothing');
    assert.match(await app.execute('return location.href'), /^(tauri:\/\/localhost|http:\/\/tauri\.localhost)/);
    assert.ok((await app.text(await app.waitFor(byId('home-title')))).length > 0, 'the app is still on screen');
  }));

test('a source opens in the system browser only when asked, at the address shown', () =>
  withScreenshot(() => app, 'navigation-open-source', async () => {
    await app.execute(`location.hash = '#/events/nacionalizacion-del-cobre'`);
    const citation = '[data-source-id="bcn-ley-17450"]';
    const shown = await app.text(await app.waitFor(`${citation} .citation-url`));
    assert.equal(shown, 'https://www.bcn.cl/leychile/navegar?idNorma=29026&idVersion=1971-07-16');
    assert.equal(existsSync(opened), false, 'nothing opened by showing the page');
    await app.click(`${citation} ${byId('open-source')}`);
    await app.waitFor(`${citation} .citation-open-status`, { predicate: (t) => t === 'Abierta en tu navegador.' });
    assert.equal(readFileSync(opened, 'utf8'), `${shown}\n`, 'the browser got exactly the address shown');
    assert.match(await app.execute('return location.href'), /^(tauri:\/\/localhost|http:\/\/tauri\.localhost)/, 'the window stayed in the app');
  }));

test('broken addresses inside the app show not found, in Spanish and in English', () =>
  withScreenshot(() => app, 'navigation-not-found', async () => {
    // An absurd id is refused by the router itself: nothing is asked of the backend.
    await app.execute(`location.hash = '#/events/' + 'x'.repeat(100000)`);
    const body = await app.text(await app.waitFor('main h1', { predicate: (t) => t === 'Página no encontrada' }));
    assert.equal(body, 'Página no encontrada');
    const shown = await app.execute('return document.querySelector("main").textContent.length');
    assert.ok(shown < 2_000, `the address is quoted, not echoed whole (${shown} characters)`);
    // A well-formed id that names nothing: the backend says not found, the screen says it in words.
    await app.execute(`location.hash = '#/events/evento-que-no-existe'`);
    await app.waitFor(byId('error-explanation'), {
      predicate: (t) => t.startsWith('Lo que buscas no está en el contenido instalado'),
    });
    assert.equal(await app.text(await app.waitFor('main h1')), 'No encontrado');
    await app.execute(`location.hash = '#/settings'`);
    await app.select(byId('setting-language'), 'en');
    await app.execute(`location.hash = '#/figures/nadie-con-este-nombre'`);
    await app.waitFor(byId('error-explanation'), {
      predicate: (t) => t.startsWith('What you are looking for is not in the installed content'),
    });
    assert.equal(await app.text(await app.waitFor('main h1')), 'Not found');
  }));
