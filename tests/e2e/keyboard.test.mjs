// The app without a mouse: Tab moves through the navigation and the content, Enter follows links.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { Driver, keepScreenshot, makeHome } from './harness.mjs';

const TAB = '\uE004';
const ENTER = '\uE007';
let driver;
let app;

before(async () => {
  driver = await Driver.start(makeHome(), 4464);
  app = await driver.launch();
});

after(async () => {
  await app?.quit().catch(() => {});
  await driver?.stop();
});

/** Presses Tab until the focused element matches, as a keyboard user would. */
async function tabTo(matches, limit = 40) {
  for (let i = 0; i < limit; i += 1) {
    await app.press(TAB);
    const focused = await app.focused();
    if (matches(focused)) return focused;
  }
  throw new Error(`no focusable element matched within ${limit} Tab presses`);
}

test('a chapter can be reached and opened with the keyboard alone', async () => {
  try {
    await app.waitFor('[data-testid="home-title"]', { timeoutMs: 30_000, predicate: (t) => t.length > 0 });
    await tabTo((id) => id === 'nav-chapters');
    await app.press(ENTER);
    await app.waitFor('[data-testid^="chapter-card-"]');
    const card = await tabTo((id) => id?.startsWith('chapter-card-'));
    await app.press(ENTER);
    const title = await app.text(await app.waitFor('[data-testid="chapter-title"]', { predicate: (t) => t.length > 0 }));
    assert.ok(title.length > 0, `${card} opened a chapter`);
    assert.match(await app.execute('return location.hash'), new RegExp(`^#/chapters/${card.replace('chapter-card-', '')}`));
  } catch (error) {
    await keepScreenshot(app, 'keyboard');
    throw error;
  }
});
