// The real app, driven through WebDriver as a learner uses it. The tests run in order and share
// one private data folder: the last one restarts the app and expects what the others left.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { answerCurrentQuestion, byId, Driver, makeHome, withScreenshot } from './harness.mjs';

/** `[workspace.package] version` in Cargo.toml, the one place the release is written. */
function workspaceVersion() {
  const manifest = readFileSync(new URL('../../Cargo.toml', import.meta.url), 'utf8');
  const section = manifest.slice(manifest.indexOf('[workspace.package]'));
  return section.match(/^version\s*=\s*"([^"]+)"/m)[1];
}

const home = makeHome();
let driver;
let app;
let quizScore;
let quizMissed;

before(async () => {
  driver = await Driver.start(home);
  app = await driver.launch();
});

after(async () => {
  await app?.quit().catch(() => {});
  await driver?.stop();
});

const step = (name, body) => withScreenshot(() => app, name, body);

test('the home page shows the content in Spanish', () =>
  step('home', async () => {
    const title = await app.waitFor(byId('home-title'), { timeoutMs: 30_000, predicate: (t) => t.length > 0 });
    assert.equal(await app.text(title), 'Crónica: historia política de Chile, 1970–2026');
    assert.match(await app.text(await app.waitFor(byId('home-as-of'))), /16 de marzo de 2026/);
    assert.equal(await app.text(await app.waitFor(byId('nav-chapters'))), 'Capítulos');
  }));

test('switching to English changes both the interface and the content', () =>
  step('language', async () => {
    await app.click(byId('nav-settings'));
    // The About section states the release, as written once in Cargo.toml.
    await app.waitFor(byId('about'), { predicate: (t) => t.includes(`Versión ${workspaceVersion()}`) && /16 de marzo de 2026/.test(t) });
    await app.select(byId('setting-language'), 'en');
    await app.waitFor(byId('nav-chapters'), { predicate: (t) => t === 'Chapters' });
    await app.waitFor(byId('about'), { predicate: (t) => t.includes(`Version ${workspaceVersion()}`) });
    await app.click(byId('nav-home'));
    await app.waitFor(byId('home-title'), { predicate: (t) => t === 'Crónica: a political history of Chile, 1970–2026' });
    await app.waitFor(byId('home-as-of'), { predicate: (t) => /16 March 2026/.test(t) });
  }));

test('a chapter opens and its prose links to a figure', () =>
  step('chapter', async () => {
    await app.click(byId('nav-chapters'));
    await app.click(byId('chapter-card-unidad-popular'));
    await app.waitFor(byId('chapter-title'), { predicate: (t) => t.length > 0 });
    // Read the first section to its end, as a reader scrolling down does.
    await app.execute("document.querySelector('[data-testid^=\"section-\"]').scrollIntoView({ block: 'end' })");
    await app.waitFor('.progress .meta', { predicate: (t) => /^1 of \d+ sections read$/.test(t) });
    // A figure opens first as a preview beside the chapter, then its page from there.
    await app.click('[data-link-kind="figure"][data-link-id="salvador-allende"]');
    await app.waitFor(byId('preview-title'), { predicate: (t) => t === 'Salvador Allende' });
    await app.click(byId('preview-open'));
    await app.waitFor(byId('figure-name'), { predicate: (t) => t === 'Salvador Allende' });
    assert.equal(await app.text(await app.waitFor(byId('figure-full-name'))), 'Full name: Salvador Allende Gossens');
    const roles = await app.text(await app.waitFor(byId('figure-roles')));
    assert.match(roles, /President of the Republic/);
  }));

test('a contested perspective opens from its chapter with attributed views', () =>
  step('perspective', async () => {
    await app.click(byId('nav-chapters'));
    await app.click(byId('chapter-card-golpe-1973'));
    await app.waitFor(byId('chapter-title'), { predicate: (t) => t.length > 0 });
    await app.click('a[href="#/perspectives/causas-del-golpe"]');
    await app.waitFor(byId('perspective-title'), { predicate: (t) => t === 'The causes of the coup' });
    const views = await app.findAll('.perspective-view');
    assert.ok(views.length >= 2, `at least two views, found ${views.length}`);
    for (const view of views) {
      assert.match(await app.text(view), /Sources/);
    }
  }));

test('the timeline filters by figure', () =>
  step('timeline', async () => {
    await app.click(byId('nav-timeline'));
    await app.waitFor('[data-testid^="event-item-"]');
    const all = (await app.findAll('[data-testid^="event-item-"]')).length;
    assert.ok(all >= 200, `the whole timeline shows, found ${all} events`);
    assert.ok((await app.findAll('[data-testid^="era-group-"]')).length >= 8, 'every era has its group');

    await app.select(byId('filter-figure'), 'augusto-pinochet');
    await app.waitUntil(async () => {
      const n = (await app.findAll('[data-testid^="event-item-"]')).length;
      return n > 0 && n < all;
    }, { what: 'the filtered timeline' });
    const items = await app.findAll('[data-testid^="event-item-"]');
    for (const item of items) {
      assert.match(await app.text(item), /Augusto Pinochet Ugarte/);
    }
    assert.ok(items.length >= 10, `Pinochet is involved in many events, found ${items.length}`);
  }));

test('a self-quiz gives feedback on each answer and a score at the end', () =>
  step('quiz', async () => {
    await app.click(byId('nav-chapters'));
    await app.click(byId('chapter-card-unidad-popular'));
    await app.click(byId('start-quiz'));
    const progress = await app.text(await app.waitFor(byId('quiz-progress'), { timeoutMs: 20_000 }));
    const total = Number(progress.match(/of (\d+)/)?.[1]);
    assert.ok(total >= 5, `a quiz has several questions: ${progress}`);
    let correct = 0;
    for (let i = 1; i <= total; i += 1) {
      await app.waitFor(byId('quiz-progress'), { predicate: (t) => t.includes(`Question ${i} of ${total}`) });
      assert.ok((await app.text(await app.waitFor(byId('question-prompt')))).length > 0);
      await answerCurrentQuestion(app);
      const feedback = await app.waitFor(byId('feedback'));
      if ((await app.attribute(feedback, 'data-correct')) === 'true') correct += 1;
      assert.ok((await app.text(await app.waitFor(byId('feedback-explanation')))).length > 20, 'the explanation is shown');
      assert.match(await app.text(await app.waitFor(byId('feedback-sources'))), /\w/);
      await app.click(byId('next-question'));
    }
    const score = await app.text(await app.waitFor(byId('quiz-score')));
    assert.match(score, new RegExp(`\\b${correct} / ${total}\\b`));
    quizScore = `${correct} / ${total}`;
    quizMissed = total - correct;
  }));

/** The notes of an .apkg, read with Python's standard library: (count, first field of each). */
function apkgNotes(file) {
  const script = `import sqlite3, sys, tempfile, zipfile, os
d = tempfile.mkdtemp()
zipfile.ZipFile(sys.argv[1]).extract("collection.anki2", d)
print(sqlite3.connect(os.path.join(d, "collection.anki2")).execute("SELECT COUNT(*) FROM notes").fetchone()[0])`;
  return Number(execFileSync('python3', ['-c', script, file], { encoding: 'utf8' }).trim());
}

test('the questions missed in the quiz go to an Anki deck in Downloads', () =>
  step('anki', async () => {
    assert.ok(quizMissed !== undefined, 'the quiz test ran first');
    await app.click(byId('nav-chapters'));
    await app.select(byId('anki-selection'), 'missed');
    await app.click(byId('anki-save'));
    const saved = await app.text(await app.waitFor(byId('anki-saved'), { predicate: (t) => t.startsWith('Deck saved to ') }));
    const file = saved.slice('Deck saved to '.length);
    assert.equal(path.dirname(file), path.join(home.home, 'Downloads'));
    assert.equal(path.basename(file), 'Crónica - Missed questions (en).apkg');
    assert.equal(apkgNotes(file), quizMissed, 'one note per question missed');
  }));

test('after a restart the score and the chosen language are still there', () =>
  step('restart', async () => {
    assert.ok(quizScore, 'the quiz test ran first');
    await app.quit();
    app = await driver.launch();
    await app.waitFor(byId('home-title'), { timeoutMs: 30_000, predicate: (t) => t === 'Crónica: a political history of Chile, 1970–2026' });
    await app.waitFor(byId('home-last-quiz'), { predicate: (t) => t.includes(quizScore) });
    await app.waitFor(byId('continue-reading'));
  }));
