// Notes and progress on the real window, in one private data folder: a note is added to a chapter
// section and bookmarked, found by the search box typed without accents (under "Mis notas",
// opening the section), and exported as Markdown to Downloads (the file's text is read); then
// sections are read and a quiz answered, and the progress dashboard shows those figures after a
// restart of the app; finally progress is reset from Settings behind its confirmation, the
// dashboard is empty again, and the note is still there.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { answerCurrentQuestion, byId, Driver, invokeBackend, makeHome, withScreenshot } from './harness.mjs';

const CHAPTER = 'golpe-1973';
const NOTE = 'Repasar el bombardeo: la palabra clave es Ñandutí.\nSegunda línea de la nota.';
const EXPORTED_PREFIX = 'Se guardaron tus notas en ';

const home = makeHome();
let driver;
let app;
/** The chapter as the backend gives it in Spanish: its title and sections. */
let chapter;
/** What the quiz left: answers right, and questions answered. */
let quiz;
/** How many of the chapter's sections its table of contents marks read. */
let sectionsRead;

const step = (name, body) => withScreenshot(() => app, `notes-progress-${name}`, body);

/** Types `text` key by key into whatever has focus, as a person does (a line break is Enter). */
async function typeKeys(text) {
  const keys = [...text].map((key) => (key === '\n' ? '\uE007' : key));
  const actions = keys.flatMap((key) => [{ type: 'keyDown', value: key }, { type: 'keyUp', value: key }]);
  await app.request('POST', '/actions', { actions: [{ type: 'key', id: 'keyboard', actions }] });
}

/** Goes to `hash` and waits for `ready`. */
async function open(hash, ready) {
  await app.execute(`location.hash = arguments[0]`, [hash]);
  return app.waitFor(ready);
}

/** The dashboard's row of the chapter: [sections read cell, mastery cell]. */
async function chapterRow() {
  await open('#/progress', byId(`progress-chapter-${CHAPTER}`));
  return [
    (await app.text(await app.waitFor(byId(`progress-chapter-${CHAPTER}-read`)))).trim(),
    (await app.text(await app.waitFor(byId(`progress-chapter-${CHAPTER}-mastery`)))).trim(),
  ];
}

before(async () => {
  driver = await Driver.start(home, 4694);
  app = await driver.launch();
  await app.waitFor(byId('home-title'), { timeoutMs: 30_000, predicate: (t) => t.length > 0 });
  chapter = await invokeBackend(app, 'get_chapter', { lang: 'es', id: CHAPTER });
  assert.ok(chapter.sections.length >= 3, 'the chapter has several sections');
});

after(async () => {
  await app?.quit().catch(() => {});
  await driver?.stop();
});

test('a note is added to a chapter section and bookmarked', () =>
  step('add', async () => {
    const section = chapter.sections[1];
    const control = `note-${section.id}`;
    await open(`#/chapters/${CHAPTER}?section=${section.id}`, byId(`${control}-edit`));
    await app.click(byId(`${control}-edit`));
    // The box takes focus when it opens; the learner types into it.
    await app.execute(`document.querySelector('[data-testid="${control}-editor-text"]').scrollIntoView({ block: 'center' })`);
    await app.waitUntil(async () => (await app.focused()) === `${control}-editor-text`, { what: 'the note box has focus' });
    await typeKeys(NOTE);
    await app.click(byId(`${control}-editor-save`));
    const shown = await app.waitFor(byId(`${control}-text`), { predicate: (t) => t.includes('Ñandutí') });
    assert.match(await app.text(shown), /Repasar el bombardeo: la palabra clave es Ñandutí\.\s+Segunda línea de la nota\./);
    await app.click(byId(`${control}-bookmark`));
    await app.waitFor(`${byId(`${control}-bookmark`)}[aria-pressed="true"]`);
    // The Notas screen lists it under chapter sections, linking back to the section.
    await open('#/notes', byId('notes-group-section'));
    const link = await app.waitFor(`${byId('notes-group-section')} ${byId('notes-entry-link')}`);
    assert.equal(await app.text(link), `${section.title} — ${chapter.title}`);
    assert.equal(
      await app.execute('return arguments[0].getAttribute("href")', [{ 'element-6066-11e4-a52e-4f735466cecf': link }]),
      `#/chapters/${CHAPTER}?section=${section.id}`,
    );
  }));

test('the search box finds the note typed without accents, and opens its section', () =>
  step('search', async () => {
    const section = chapter.sections[1];
    await open('#/', byId('home-title'));
    await app.press('/');
    await typeKeys('nanduti bombardeo');
    const hit = await app.waitFor(`${byId('search-group-note')} ${byId('search-hit-note')}`, { timeoutMs: 20_000 });
    assert.equal(await app.text(await app.waitFor(`${byId('search-group-note')} h2`)), 'Mis notas');
    assert.equal(await app.text(hit), section.title);
    const marks = await app.execute(`return [...document.querySelectorAll('[data-testid="search-group-note"] mark')].map((m) => m.textContent)`);
    assert.ok(marks.includes('Ñandutí') && marks.includes('bombardeo'), `the matching words are marked: ${marks}`);
    await app.click(`${byId('search-group-note')} ${byId('search-hit-note')}`);
    await app.waitUntil(async () => (await app.execute('return location.hash')) === `#/chapters/${CHAPTER}?section=${section.id}`, {
      what: 'the section opened',
    });
    await app.waitFor(byId(`note-${section.id}-text`), { predicate: (t) => t.includes('Ñandutí') });
  }));

test('all notes are exported as Markdown to Downloads, linking back to the section', () =>
  step('export', async () => {
    const section = chapter.sections[1];
    await open('#/notes', byId('notes-export'));
    await app.click(byId('notes-export'));
    const status = await app.text(await app.waitFor(byId('notes-exported'), { predicate: (t) => t.startsWith(EXPORTED_PREFIX) }));
    const file = status.slice(EXPORTED_PREFIX.length);
    assert.equal(file, path.join(home.home, 'Downloads', 'Mis notas - Crónica.md'));
    const text = readFileSync(file, 'utf8');
    assert.ok(text.startsWith('# Mis notas — '), text);
    assert.ok(text.includes('\n## Secciones de capítulos\n'), text);
    assert.ok(text.includes(`\n### [${section.title} — ${chapter.title}](#/chapters/${CHAPTER}?section=${section.id})\n`), text);
    assert.ok(text.includes('\n🔖 Marcador\n'), text);
    assert.ok(text.includes('\n> Repasar el bombardeo: la palabra clave es Ñandutí.\n> Segunda línea de la nota.\n'), text);
  }));

test('sections read and a quiz answered show on the progress dashboard, also after a restart', () =>
  step('progress', async () => {
    // Opening a section earlier may have marked one read already; no question is answered yet.
    const [readBefore, masteryBefore] = await chapterRow();
    assert.match(readBefore, new RegExp(`^\\d de ${chapter.sections.length}$`));
    assert.match(masteryBefore, /^0 de \d+ \(0 %\)$/);

    // Read the first two sections to their end, as a reader scrolling down does.
    await open(`#/chapters/${CHAPTER}`, byId('chapter-title'));
    for (const section of chapter.sections.slice(0, 2)) {
      await app.execute(`document.querySelector('[data-section-end="${section.id}"]').scrollIntoView({ block: 'center' })`);
      await app.waitFor(byId(`toc-read-${section.id}`));
    }
    sectionsRead = (await app.findAll('[data-testid^="toc-read-"]')).length;
    assert.ok(sectionsRead >= 2, `the two sections read are marked: ${sectionsRead}`);

    await open(`#/chapters/${CHAPTER}/quiz`, byId('quiz-progress'));
    const total = Number((await app.text(await app.waitFor(byId('quiz-progress')))).match(/de (\d+)/)?.[1]);
    assert.ok(total >= 5, 'a quiz of several questions');
    let right = 0;
    for (let i = 1; i <= total; i += 1) {
      await app.waitFor(byId('quiz-progress'), { predicate: (t) => t.includes(`Pregunta ${i} de ${total}`) });
      await answerCurrentQuestion(app);
      if ((await app.attribute(await app.waitFor(byId('feedback')), 'data-correct')) === 'true') right += 1;
      await app.click(byId('next-question'));
    }
    await app.waitFor(byId('quiz-score'));
    quiz = { right, total };

    const expectRow = async () => {
      const [read, mastery] = await chapterRow();
      assert.equal(read, `${sectionsRead} de ${chapter.sections.length}`);
      assert.match(mastery, new RegExp(`^${right} de \\d+ \\(\\d+ %\\)$`));
      assert.equal(await app.text(await app.waitFor(byId('progress-total-read'))), `${sectionsRead} de ${await totalSections()} secciones leídas`);
      const weak = await app.findAll(byId('progress-weak'));
      assert.equal(weak.length, Math.min(10, total - right), 'every question missed (up to ten) is among the weakest');
      if (total - right > 0) {
        const link = await app.waitFor(`${byId('progress-weak')} a`);
        assert.equal(await app.text(link), 'Repasar ahora', 'a question just missed is due for review today');
      }
    };
    await expectRow();

    await app.quit();
    app = await driver.launch();
    await app.waitFor(byId('home-title'), { timeoutMs: 30_000, predicate: (t) => t.length > 0 });
    await app.click(byId('home-progress-link'));
    await app.waitFor(byId('progress-title'), { predicate: (t) => t === 'Tu progreso' });
    await expectRow();
  }));

/** How many sections the whole content has, as the dashboard's total counts them. */
async function totalSections() {
  const chapters = await invokeBackend(app, 'list_chapters', { lang: 'es' });
  return chapters.reduce((n, c) => n + c.progress.sectionsTotal, 0);
}

test('progress is reset from Settings after a confirmation that names what goes, and the note stays', () =>
  step('reset', async () => {
    assert.ok(quiz, 'the progress test ran first');
    await app.click(byId('nav-settings'));
    await app.click(byId('reset-start'));
    const dialog = await app.text(await app.waitFor(byId('reset-confirm')));
    for (const said of ['¿Borrar tu progreso?', 'las secciones marcadas como leídas', 'tus respuestas a cuestionarios y repasos', 'el calendario de repaso', 'tus notas y marcadores']) {
      assert.ok(dialog.includes(said), `the confirmation says «${said}»: ${dialog}`);
    }
    assert.equal(await app.focused(), 'reset-confirm-cancel', 'Cancel has focus, not the erasing button');
    await app.click(byId('reset-confirm-yes'));
    const done = await app.text(await app.waitFor(byId('reset-done'), { predicate: (t) => t.length > 0 }));
    assert.match(done, new RegExp(`^Progreso borrado: ${sectionsRead} secciones leídas, ${quiz.total} respuestas y ${quiz.total} preguntas en repaso\\.$`));

    const [read, mastery] = await chapterRow();
    assert.match(read, new RegExp(`^0 de ${chapter.sections.length}$`));
    assert.match(mastery, /^0 de \d+ \(0 %\)$/);
    assert.match(await app.text(await app.waitFor(byId('progress-empty'))), /Aún no hay progreso/);
    await app.waitFor(byId('progress-weakest-none'));

    await open('#/notes', byId('notes-entry-text'));
    assert.match(await app.text(await app.waitFor(byId('notes-entry-text'))), /Ñandutí/, 'the note is kept');
  }));
