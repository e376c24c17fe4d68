// The window never leaves the app: a page script sending it to another address is refused, the
// address receives nothing, and the app stays on screen.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { byId, Driver, makeHome, withScreenshot } from './harness.mjs';

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

    driver = await Driver.start(makeHome(), 4514);
    app = await driver.launch();
    await app.waitFor(byId('home-title'), { timeoutMs: 30_000, predicate: (t) => t.length > 0 });
    await app.execute(`location.href = 'http://127.0.0.1:${port}/'`);
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    assert.equal(connections, 0, 'the listener received nothing');
    assert.match(await app.execute('return location.href'), /^(tauri:\/\/localhost|http:\/\/tauri\.localhost)/);
    assert.ok((await app.text(await app.waitFor(byId('home-title')))).length > 0, 'the app is still on screen');
  }));
