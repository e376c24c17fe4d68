// Damaged learner files at start-up: the app opens, says what happened, and keeps the old files.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { byId, Driver, keepScreenshot, makeHome } from './harness.mjs';

let driver;
let app;

after(async () => {
  await app?.quit().catch(() => {});
  await driver?.stop();
});

test('a corrupt user database and settings file are moved aside and reported', async () => {
  const home = makeHome();
  mkdirSync(home.appData, { recursive: true });
  const garbage = 'not a database: the learner wrote nothing like this\n'.repeat(50);
  writeFileSync(path.join(home.appData, 'user.db'), garbage);
  writeFileSync(path.join(home.appData, 'settings.json'), '{"settings": {"language": "en"');

  driver = await Driver.start(home, 4454);
  app = await driver.launch();
  try {
    await app.waitFor(byId('home-title'), { timeoutMs: 30_000, predicate: (t) => t.length > 0 });
    const notices = await app.findAll(byId('notice'));
    assert.equal(notices.length, 2, 'both repairs are reported');
    const kinds = await Promise.all(notices.map((n) => app.attribute(n, 'data-notice-kind')));
    assert.deepEqual(kinds.sort(), ['settingsRecovered', 'userDataRecovered']);

    const files = readdirSync(home.appData);
    const movedDb = files.find((f) => f.startsWith('user.db.unreadable-'));
    const movedSettings = files.find((f) => f.startsWith('settings.json.unreadable-'));
    assert.ok(movedDb && movedSettings, `kept files: ${files.join(', ')}`);
    assert.equal(readFileSync(path.join(home.appData, movedDb), 'utf8'), garbage);

    // The fresh database works: reading a section is remembered.
    await app.click(byId('nav-chapters'));
    await app.click(byId('chapter-card-antes-de-1970'));
    await app.waitFor(byId('chapter-title'));
  } catch (error) {
    await keepScreenshot(app, 'recovery');
    throw error;
  }
});
