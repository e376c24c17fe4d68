// Study data that cannot be opened at all (here `user.db` is a directory): the app still opens,
// says in the learner's language that nothing will be saved, and leaves what was there untouched.
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

async function noticeText() {
  await app.waitFor(byId('home-title'), { timeoutMs: 30_000, predicate: (t) => t.length > 0 });
  const notices = await app.findAll(byId('notice'));
  assert.equal(notices.length, 1, 'one notice');
  assert.equal(await app.attribute(notices[0], 'data-notice-kind'), 'userDataUnavailable');
  return app.text(notices[0]);
}

test('an unopenable user database is reported as unavailable, in Spanish and in English', async () => {
  const home = makeHome();
  const blocked = path.join(home.appData, 'user.db');
  mkdirSync(blocked, { recursive: true });
  writeFileSync(path.join(blocked, 'keep.txt'), 'the learner put this here');

  driver = await Driver.start(home, 4484);
  app = await driver.launch();
  try {
    const spanish = await noticeText();
    assert.match(spanish, /nada de lo que hagas en esta sesión se guardará/);
    assert.doesNotMatch(spanish, /ajustes/, 'not the settings text');
    assert.ok(spanish.includes(blocked), 'names the path');

    await app.quit();
    writeFileSync(path.join(home.appData, 'settings.json'), JSON.stringify({ settings: { language: 'en', theme: 'light', textSize: 'medium' } }));
    app = await driver.launch();
    const english = await noticeText();
    assert.match(english, /nothing you do in this session will be saved/);
    assert.doesNotMatch(english, /settings/);

    assert.deepEqual(readdirSync(blocked), ['keep.txt'], 'the directory is left as it was');
    assert.equal(readFileSync(path.join(blocked, 'keep.txt'), 'utf8'), 'the learner put this here');
  } catch (error) {
    await keepScreenshot(app, 'unavailable');
    throw error;
  }
});
