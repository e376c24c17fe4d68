// Order, match and typed-answer questions with the real student page: `cronica serve --quiz` plays
// a pack of a teacher's own questions on 127.0.0.1, two students answer from headless Chromium
// (one orders with the keyboard only, one taps), one reloads and gets the answer back, each sees
// their own result and the right answer after the reveal, axe finds nothing serious on the new
// inputs in either theme, and the results CSV holds the answers as they read.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CHROMIUM } from '../helpers/paths.mjs';
import { Browser } from './cdp.mjs';
import { parseCsv } from '../helpers/csv.mjs';
import { ensureStudentPage, serve, visible, within } from './harness.mjs';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const text = (es, en) => ({ es, en });
const own = (prompt, answer) => ({
  question: { origin: 'own', question: { prompt, answer, explanation: text('Así fue.', 'So it was.'), source: null } },
  timeLimitS: 120,
  points: 1000,
});
const RIGHT_ORDER = ['Elección de Allende', 'Golpe de Estado', 'Plebiscito de 1988'];
const PAIRS = [['Allende', 'Unidad Popular'], ['Frei Montalva', 'Democracia Cristiana'], ['Alessandri', 'Independiente']];
const ORDER_PROMPT = 'Ordena de la más antigua a la más reciente';
const MATCH_PROMPT = 'Relaciona cada presidente con su apoyo';
const TYPED_PROMPT = '¿Quién ganó la elección de 1970?';
const PACK = {
  format: 'cronica-quiz',
  version: 1,
  title: 'Repaso en clase',
  description: '',
  items: [
    own(text(ORDER_PROMPT, 'Oldest to newest'), { kind: 'order', items: RIGHT_ORDER.map((item) => text(item, item)) }),
    own(text(MATCH_PROMPT, 'Match each president'), { kind: 'match', pairs: PAIRS.map(([left, right]) => ({ left: text(left, left), right: text(right, right) })) }),
    own(text(TYPED_PROMPT, 'Who won in 1970?'), { kind: 'typed', accepted: [text('Salvador Allende', 'Salvador Allende'), text('Allende', 'Allende')] }),
  ],
};

/** The serious and critical axe violations on `page` now, one line each. */
async function axeViolations(page) {
  await page.eval(`${AXE}; true`);
  return page.eval(`axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => v.id + ' @ ' + v.nodes.map((n) => n.target.join(' ')).join(', ')))`);
}

/** Runs axe on `page` in the light and the dark theme (the page follows the system's). */
async function assertAccessible(page, what) {
  for (const theme of ['light', 'dark']) {
    await page.send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value: theme }] });
    await page.reload();
    await page.waitFor(`document.documentElement.dataset.theme === '${theme}' && document.querySelector('[data-testid="question"]')`, { what: `${what} (${theme})` });
    assert.deepEqual(await axeViolations(page), [], `${what} passes axe in the ${theme} theme`);
  }
  await page.send('Emulation.setEmulatedMedia', { features: [] });
}

/** Presses a key on whatever has the focus, as a keyboard would. */
async function press(page, key, code, keyCode) {
  // Enter carries its text ("\r"), as a real key press does; that is what activates a button or submits a form.
  const text = key === 'Enter' ? '\r' : undefined;
  await page.send('Input.dispatchKeyEvent', { type: 'keyDown', key, code, windowsVirtualKeyCode: keyCode, nativeVirtualKeyCode: keyCode, text });
  await page.send('Input.dispatchKeyEvent', { type: 'keyUp', key, code, windowsVirtualKeyCode: keyCode, nativeVirtualKeyCode: keyCode });
}

const listed = (page, testid) => page.eval(`[...document.querySelectorAll('[data-testid="${testid}"] li')].map((li) => li.textContent.trim())`);
const orderShown = (page) => page.eval(`[...document.querySelectorAll('[data-testid="order-item"] .st-order-text')].map((e) => e.textContent)`);

/** Puts the items in the right order with the keyboard only: focus an item's Up button with Tab, then Enter. */
async function orderWithKeyboard(page) {
  for (let target = 0; target < RIGHT_ORDER.length; target++) {
    const shown = await orderShown(page);
    const at = shown.indexOf(RIGHT_ORDER[target]);
    if (at === target) continue;
    // Tab from the start of the list until the focus is on this item's Up button.
    await page.eval(`document.querySelector('[data-testid="order-form"]').querySelector('p').setAttribute('tabindex', '-1'), document.querySelector('[data-testid="order-form"] p').focus()`);
    const name = `Subir «${RIGHT_ORDER[target]}»`;
    for (let tabs = 0; tabs < 20; tabs++) {
      await press(page, 'Tab', 'Tab', 9);
      if ((await page.eval('document.activeElement?.getAttribute("aria-label")')) === name) break;
    }
    assert.equal(await page.eval('document.activeElement?.getAttribute("aria-label")'), name, 'reached by Tab');
    for (let moves = at; moves > target; moves--) {
      await press(page, 'Enter', 'Enter', 13);
      await page.waitFor(`[...document.querySelectorAll('[data-testid="order-item"] .st-order-text')].map((e) => e.textContent).indexOf(${JSON.stringify(RIGHT_ORDER[target])}) === ${moves - 1}`, { what: 'the move' });
    }
    assert.match(await page.text('[data-testid="order-status"]'), new RegExp(`^«${RIGHT_ORDER[target]}» quedó en el lugar ${target + 1} de 3\\.$`));
  }
  assert.deepEqual(await orderShown(page), RIGHT_ORDER);
}

/** Chooses `optionText` in the select of the left item `index`, as a change of the select. */
async function choose(page, index, optionText) {
  await page.eval(`(() => { const select = document.querySelectorAll('[data-testid="match-select"]')[${index}];
    select.focus(); select.value = [...select.options].find((o) => o.textContent === ${JSON.stringify(optionText)}).value;
    select.dispatchEvent(new Event('change', { bubbles: true })); })()`);
}

test('students order, match and type answers in a real browser, and the CSV holds them as they read', { timeout: 300_000 }, async () => {
  ensureStudentPage();
  const dir = mkdtempSync(path.join(tmpdir(), 'cronica-classroom-kinds-'));
  const resultsFile = path.join(dir, 'r.csv');
  const packFile = path.join(dir, 'repaso.cronica-quiz');
  writeFileSync(packFile, JSON.stringify(PACK));
  const server = serve(resultsFile, ['--quiz', packFile]);
  let browser;
  try {
    await server.waitForLine(/^3 questions: Repaso en clase$/);
    const [, url] = await server.waitForLine(/^Students join at (\S+)$/);
    const [, pin] = await server.waitForLine(/^PIN (\d{6})$/);
    browser = Browser.launch(CHROMIUM);
    const [ana, beto] = [await browser.newPage(), await browser.newPage()];
    for (const [page, nickname] of [[ana, 'Ana'], [beto, '=Beto']]) {
      await page.send('Log.enable');
      await page.goto(url);
      await page.type('[data-testid="join-pin"]', pin);
      await page.type('[data-testid="join-nickname"]', nickname);
      await page.click('[data-testid="join-submit"]');
      await page.waitFor(visible('lobby'), { what: `${nickname} in the waiting room` });
    }
    await server.waitForLine(/2 player\(s\)/);

    // 1. Order: never shown in the right order; Ana orders with the keyboard, Beto sends it as shown.
    server.command('start');
    for (const page of [ana, beto]) await page.waitFor(visible('order-form'), { what: 'the order question' });
    const shown = await orderShown(beto);
    assert.deepEqual([...shown].sort(), [...RIGHT_ORDER].sort());
    assert.notDeepEqual(shown, RIGHT_ORDER, 'the items are not shown in the right order');
    await assertAccessible(ana, 'the order question');
    await orderWithKeyboard(ana);
    await press(ana, 'Tab', 'Tab', 9); // from the last Up/Down button …
    for (let tabs = 0; tabs < 10 && (await ana.eval('document.activeElement?.dataset.testid')) !== 'order-submit'; tabs++) await press(ana, 'Tab', 'Tab', 9);
    await press(ana, 'Enter', 'Enter', 13); // … to "Enviar este orden"
    await beto.click('[data-testid="order-submit"]');
    assert.deepEqual(await ana.waitFor(`document.querySelector('[data-testid="own-answer"]') && [...document.querySelectorAll('[data-testid="own-answer"] li')].map((li) => li.textContent)`), RIGHT_ORDER);
    await beto.waitFor(visible('answered'), { what: 'Beto’s order acknowledged' });
    await beto.reload();
    await beto.waitFor(visible('answered'), { what: 'Beto back after the reload' });
    assert.deepEqual(await listed(beto, 'own-answer'), shown, 'the reload restores Beto’s own order');
    server.command('reveal');
    await ana.waitFor(visible('result'), { what: 'Ana’s result' });
    await beto.waitFor(visible('result'), { what: 'Beto’s result' });
    assert.equal(await ana.eval(`document.querySelector('[data-testid="result"]').dataset.outcome`), 'right');
    assert.equal(await beto.eval(`document.querySelector('[data-testid="result"]').dataset.outcome`), 'wrong');
    assert.deepEqual(await listed(beto, 'result-correct'), RIGHT_ORDER, 'the right order after the reveal');

    // 2. Match: one select per president; Ana gets it right, Beto gives everyone the same party.
    server.command('next');
    for (const page of [ana, beto]) await page.waitFor(visible('match-form'), { what: 'the match question' });
    await assertAccessible(beto, 'the match question');
    for (const [i, [, right]] of PAIRS.entries()) await choose(ana, i, right);
    await ana.click('[data-testid="match-submit"]');
    await choose(beto, 0, 'Unidad Popular');
    await beto.click('[data-testid="match-submit"]');
    assert.equal(await beto.waitFor(`document.querySelector('[data-testid="match-problem"]')?.textContent.trim()`), 'Falta elegir una opción para: Frei Montalva, Alessandri.');
    await choose(beto, 1, 'Unidad Popular');
    await choose(beto, 2, 'Unidad Popular');
    await beto.click('[data-testid="match-submit"]');
    for (const page of [ana, beto]) await page.waitFor(visible('answered'), { what: 'the match acknowledged' });
    assert.deepEqual(await listed(ana, 'own-answer'), PAIRS.map(([left, right]) => `${left} → ${right}`));
    server.command('reveal');
    await beto.waitFor(visible('result'), { what: 'Beto’s match result' });
    assert.equal(await beto.eval(`document.querySelector('[data-testid="result"]').dataset.outcome`), 'wrong');
    assert.deepEqual(await listed(beto, 'result-correct'), PAIRS.map(([left, right]) => `${left} → ${right}`));

    // 3. Typed: graded case-, accent- and punctuation-insensitively; Beto reads the page in English.
    server.command('next');
    for (const page of [ana, beto]) await page.waitFor(visible('typed-form'), { what: 'the typed question' });
    await assertAccessible(ana, 'the typed question');
    await beto.click('[data-testid="lang-en"]');
    assert.equal(await beto.text('label[for="st-typed-input"]'), 'Your answer');
    await ana.type('[data-testid="typed-input"]', '   ');
    await ana.click('[data-testid="typed-submit"]');
    assert.equal(await ana.waitFor(`document.querySelector('[data-testid="typed-problem"]')?.textContent`), 'Escribe una respuesta con al menos una letra o número.');
    await ana.type('[data-testid="typed-input"]', 'salvador ALLENDÉ.');
    await press(ana, 'Enter', 'Enter', 13);
    await beto.type('[data-testid="typed-input"]', '=Frei');
    await beto.click('[data-testid="typed-submit"]');
    assert.equal(await ana.waitFor(`document.querySelector('[data-testid="own-answer"]')?.textContent`), 'salvador ALLENDÉ.');
    await ana.reload();
    assert.equal(await ana.waitFor(`document.querySelector('[data-testid="own-answer"]')?.textContent`), 'salvador ALLENDÉ.', 'the typed answer is back after a reload');
    await beto.waitFor(visible('answered'), { what: 'Beto’s typed answer acknowledged' });
    server.command('reveal');
    await ana.waitFor(visible('result'), { what: 'Ana’s typed result' });
    assert.equal(await ana.eval(`document.querySelector('[data-testid="result"]').dataset.outcome`), 'right');
    assert.equal(await ana.text('[data-testid="result-correct"]'), 'Salvador Allende');
    await beto.waitFor(visible('result'), { what: 'Beto’s typed result' });
    assert.equal(await beto.text('[data-testid="result-outcome"]'), 'Not right');
    assert.equal(await beto.text('[data-testid="result-yours"]'), '=Frei');

    server.command('end');
    for (const page of [ana, beto]) await page.waitFor(visible('podium'), { what: 'the podium' });
    const exit = await within(server.exited, 20_000);
    assert.deepEqual(exit, { code: 0, signal: null }, `cronica serve exits cleanly; stderr: ${server.stderr}`);

    const rows = parseCsv(readFileSync(resultsFile, 'utf8'));
    const cell = (nickname, prompt) => {
      const row = rows.find((r) => r[0] === nickname && r[1] === prompt);
      assert.ok(row, `a row for ${nickname} × ${prompt}: ${JSON.stringify(rows)}`);
      return { answer: row[2], right: row[3] };
    };
    assert.equal(rows.length, 1 + 2 * 3, 'one row per player × question');
    assert.deepEqual(cell('Ana', ORDER_PROMPT), { answer: RIGHT_ORDER.join(' → '), right: 'yes' });
    assert.deepEqual(cell("'=Beto", ORDER_PROMPT), { answer: shown.join(' → '), right: 'no' });
    assert.deepEqual(cell('Ana', MATCH_PROMPT), { answer: PAIRS.map(([l, r]) => `${l}: ${r}`).join('; '), right: 'yes' });
    assert.deepEqual(cell("'=Beto", MATCH_PROMPT), { answer: PAIRS.map(([l]) => `${l}: Unidad Popular`).join('; '), right: 'no' });
    assert.deepEqual(cell('Ana', TYPED_PROMPT), { answer: 'salvador ALLENDÉ.', right: 'yes' });
    assert.deepEqual(cell("'=Beto", TYPED_PROMPT), { answer: "'=Frei", right: 'no' }, 'a typed formula is neutralised');

    for (const page of [ana, beto]) {
      assert.deepEqual(page.dialogs, [], 'no dialog');
      assert.deepEqual(page.exceptions, [], 'no uncaught error');
      assert.deepEqual(page.policyViolations, [], 'nothing blocked by the CSP');
    }
  } finally {
    if (browser) await browser.close();
    if (!server.exit) {
      server.child.kill('SIGKILL');
      await within(server.exited, 5_000);
    }
    rmSync(dir, { recursive: true, force: true });
  }
});
