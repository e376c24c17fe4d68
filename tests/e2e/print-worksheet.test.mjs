// Printing a worksheet from the real app: the teacher picks a chapter and presses «Imprimir…»; a
// print window opens with that chapter's questions and its answer key, the system print dialog
// (GTK's «Imprimir»/«Print») appears on the X display over it, and the screen says the sheet was
// opened; the sheet passes axe. Escape closes the dialog; a second chapter reuses the print window;
// the window is closed as a window manager would close it, and the main window still works; closing
// the main window with a print window open quits the app.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations } from './axe.mjs';
import { byId, Driver, invokeBackend, makeHome, withScreenshot } from './harness.mjs';
import { closeWindow, pressKeyIn, transientFor, windowIds, windowTitles } from './x11.mjs';

const CHAPTER = 'unidad-popular';
/** GTK's print dialog, in Spanish or English (the process's locale decides). */
const DIALOG_TITLE = /^(Imprimir|Print)$/;

let driver;
let app;
let mainHandle;

const step = (name, body) => withScreenshot(() => app, `print-worksheet-${name}`, body);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** A pattern for windows titled exactly `title`. */
const exactly = (title) => new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);

async function waitUntil(condition, what, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = await condition();
    if (value) return value;
    await sleep(200);
  }
  throw new Error(`timed out waiting for ${what}; windows on the display: ${JSON.stringify(windowTitles())}`);
}

before(async () => {
  driver = await Driver.start(makeHome(), 4724);
  app = await driver.launch();
  await app.waitFor(byId('home-title'), { timeoutMs: 30_000, predicate: (t) => t.length > 0 });
  mainHandle = await app.request('GET', '/window');
});

after(async () => {
  await app?.quit().catch(() => {});
  await driver?.stop();
});

test('the teacher prints a chapter’s worksheet through the system print dialog, and the app carries on', async () => {
  const chapter = (await invokeBackend(app, 'list_chapters', { lang: 'es' })).find((c) => c.id === CHAPTER);
  assert.ok(chapter && chapter.questionCount > 0, `${CHAPTER} has questions`);
  const bankPrompts = new Set((await invokeBackend(app, 'browse_bank', { lang: 'es', filter: { chapter: CHAPTER } })).map((q) => q.prompt.replace(/\s+/g, ' ').trim()));

  await step('press-print', async () => {
    await app.click(byId('nav-teacher'));
    await app.waitFor(byId('teacher-title'), { predicate: (t) => t === 'Área docente' });
    await app.select(byId('worksheet-chapter'), CHAPTER);
    assert.deepEqual(windowIds(DIALOG_TITLE), [], 'no print dialog before the button is pressed');
    const button = await app.waitFor(byId('worksheet-chapter-print'), { predicate: (t) => t === 'Imprimir…' });
    await app.request('POST', `/element/${button}/click`, {});
    await app.waitFor(byId('teacher-saved'), { timeoutMs: 30_000, predicate: (t) => t === `Se abrió «${chapter.title}» en una ventana aparte con el cuadro de impresión.` });
    assert.equal(await app.execute('return document.querySelector(arguments[0]).textContent', [byId('teacher-error')]), '', 'no error');
  });

  await step('dialog-on-display', async () => {
    // The print window, titled with the chapter, and GTK's print dialog are both on the display.
    await waitUntil(() => windowTitles().includes(chapter.title), `a window titled «${chapter.title}»`);
    const dialogs = await waitUntil(() => (windowIds(DIALOG_TITLE).length ? windowIds(DIALOG_TITLE) : null), 'the print dialog');
    assert.equal(dialogs.length, 1, 'one print dialog');
    // It is the print window's dialog, so a window manager keeps it over the sheet.
    const [printWindow] = windowIds(exactly(chapter.title));
    assert.equal(transientFor(dialogs[0]), Number(printWindow), 'the dialog belongs to the print window');
  });

  let printHandle;
  await step('print-window-content', async () => {
    const handles = await app.request('GET', '/window/handles');
    assert.equal(handles.length, 2, `the main window and the print window: ${JSON.stringify(handles)}`);
    printHandle = handles.find((h) => h !== mainHandle);
    await app.request('POST', '/window', { handle: printHandle });
    const url = await app.request('GET', '/url');
    assert.match(url, /^cronica-print:\/\/localhost\/\d+$/);
    const heading = await app.waitFor('h1', { predicate: (t) => t === chapter.title });
    assert.ok(heading);
    const prompts = [];
    for (const element of await app.findAll('li.question .prompt')) prompts.push((await app.text(element)).replace(/\s+/g, ' ').trim());
    assert.equal(prompts.length, chapter.questionCount, 'every question of the chapter is on the sheet');
    for (const prompt of prompts) assert.ok(bankPrompts.has(prompt), `«${prompt}» is one of the chapter’s questions`);
    const key = await app.findAll('section.key li');
    assert.equal(key.length, chapter.questionCount, 'the answer key has a line per question');
    // The sheet runs no script: the page's policy forbids it, so this script tag never ran.
    const scripted = await app.execute(
      'const s = document.createElement("script"); s.textContent = "window.__ran = true"; document.head.appendChild(s); return window.__ran === true;',
    );
    assert.equal(scripted, false, 'inline script is refused by the sheet’s policy');
    // The preview stays open after the dialog, so it is a screen a person reads: axe finds nothing
    // serious or critical (a printed sheet has one theme, black on white).
    assert.deepEqual(await axeViolations(app), [], 'the print window passes axe');
  });

  await step('close-dialog', async () => {
    const [dialog] = windowIds(DIALOG_TITLE);
    pressKeyIn(dialog, 'Escape');
    await waitUntil(() => windowIds(DIALOG_TITLE).length === 0, 'the print dialog to close');
  });

  let shown = chapter;
  await step('print-another', async () => {
    // Another sheet reuses the open print window: its title and page change and the dialog opens again.
    await app.request('POST', '/window', { handle: mainHandle });
    shown = (await invokeBackend(app, 'list_chapters', { lang: 'es' })).find((c) => c.id !== CHAPTER && c.questionCount > 0);
    await app.select(byId('worksheet-chapter'), shown.id);
    await app.click(byId('worksheet-chapter-print'));
    await app.waitFor(byId('teacher-saved'), { timeoutMs: 30_000, predicate: (t) => t.includes(`«${shown.title}»`) });
    await waitUntil(() => windowTitles().includes(shown.title) && !windowTitles().includes(chapter.title), `the print window titled «${shown.title}»`);
    await waitUntil(() => windowIds(DIALOG_TITLE).length === 1, 'the print dialog, again');
    assert.deepEqual((await app.request('GET', '/window/handles')).sort(), [mainHandle, printHandle].sort(), 'still one print window');
    await app.request('POST', '/window', { handle: printHandle });
    await app.waitFor('h1', { predicate: (t) => t === shown.title });
    assert.equal((await app.findAll('li.question')).length, shown.questionCount);
    pressKeyIn(windowIds(DIALOG_TITLE)[0], 'Escape');
    await waitUntil(() => windowIds(DIALOG_TITLE).length === 0, 'the print dialog to close');
  });

  await step('close-print-window', async () => {
    // Closed as its title bar's button does (WebDriver's close would drop only the page, not the window).
    const [printWindow] = windowIds(exactly(shown.title));
    assert.ok(printWindow, 'the print window is on the display');
    closeWindow(printWindow);
    await waitUntil(() => !windowTitles().includes(shown.title), 'the print window to close');
    await app.request('POST', '/window', { handle: mainHandle });
    assert.deepEqual(await app.request('GET', '/window/handles'), [mainHandle]);
  });

  await step('main-window-works', async () => {
    // The main window answers as before: the status line is still there, and another screen opens.
    await app.waitFor(byId('teacher-saved'), { predicate: (t) => t.includes(shown.title) });
    await app.click(byId('nav-home'));
    await app.waitFor(byId('home-title'), { predicate: (t) => t.length > 0 });
    await app.click(byId('nav-teacher'));
    await app.waitFor(byId('worksheet-chapter-print'), { predicate: (t) => t === 'Imprimir…' });
  });

  await step('closing-the-app', async () => {
    // With a print window open, closing the main window quits the app: no window is left behind.
    await app.click(byId('worksheet-chapter-print'));
    const status = await app.text(await app.waitFor(byId('teacher-saved'), { timeoutMs: 30_000, predicate: (t) => t.startsWith('Se abrió «') }));
    const title = status.slice('Se abrió «'.length, status.indexOf('»'));
    await waitUntil(() => windowTitles().includes(title) && windowIds(DIALOG_TITLE).length === 1, 'the print window and its dialog');
    pressKeyIn(windowIds(DIALOG_TITLE)[0], 'Escape');
    await waitUntil(() => windowIds(DIALOG_TITLE).length === 0, 'the print dialog to close');
    const [main] = windowIds(/^Crónica$/);
    assert.ok(main, 'the main window is on the display');
    closeWindow(main);
    await waitUntil(() => !windowTitles().some((t) => t === 'Crónica' || t === title), 'both windows to close');
  });
});
