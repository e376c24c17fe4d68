// A live classroom game with the real student page: `cronica serve` hosts golpe-1973 on 127.0.0.1,
// three students join from headless Chromium (each in its own browser context, like three phones),
// answer the first question, one reloads mid-question and gets its question and answer back, the
// teacher reveals and ends from stdin, and the results CSV holds the three players.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CHROMIUM } from '../helpers/paths.mjs';
import { Browser } from './cdp.mjs';
import { parseCsv } from '../helpers/csv.mjs';
import { ensureStudentPage, serve, visible, within } from './harness.mjs';

// Longer than the server's own limit (20 characters): the page must explain it, and keep it as text.
const TOO_LONG_MARKUP = '<img src=x onerror=alert(1)>';
// Markup that fits in 20 characters and would run if the page ever rendered a nickname as HTML.
const MARKUP = '<svg onload=alert()>';
const NICKNAMES = ['Ana', 'Beto', MARKUP];

/** Answers the open question on `page`: option `choice` of a choice question, or a year; returns the answer's text. */
async function answer(page, choice) {
  const kind = await page.waitFor(
    `document.querySelector('[data-testid="option"]') ? 'choice' : document.querySelector('[data-testid="year-input"]') ? 'year' : null`,
    { what: 'the answer controls' },
  );
  if (kind === 'choice') {
    const options = await page.eval(`[...document.querySelectorAll('[data-testid="option"]')].map((o) => o.textContent.trim())`);
    const index = choice % options.length;
    await page.click(`[data-testid="option"]:nth-of-type(${index + 1})`);
    return options[index];
  }
  const year = String(1970 + choice);
  await page.type('[data-testid="year-input"]', year);
  await page.click('[data-testid="year-submit"]');
  return year;
}

test('three students join, answer, rejoin after a reload, see their own results and the podium', { timeout: 240_000 }, async () => {
  ensureStudentPage();
  const dir = mkdtempSync(path.join(tmpdir(), 'cronica-classroom-'));
  const resultsFile = path.join(dir, 'r.csv');
  const server = serve(resultsFile, ['--chapter', 'golpe-1973', '--seconds', '8']);
  let browser;
  try {
    const [, url] = await server.waitForLine(/^Students join at (\S+)$/);
    const [, pin] = await server.waitForLine(/^PIN (\d{6})$/);
    assert.match(url, /^http:\/\/127\.0\.0\.1:\d+\/$/, 'the game listens on loopback only');

    browser = Browser.launch(CHROMIUM);
    const pages = [];
    for (let i = 0; i < NICKNAMES.length; i++) {
      const page = await browser.newPage();
      await page.send('Log.enable');
      await page.goto(url);
      await page.waitFor(visible('join-form'), { what: 'the join form' });
      pages.push(page);
    }
    assert.equal(await pages[0].text('h1'), 'Entrar al juego', 'Spanish by default');
    assert.equal(await pages[0].eval('document.documentElement.lang'), 'es');

    // The markup nickname that is too long: explained on the page, kept as typed, nothing sent.
    const hostile = pages[2];
    await hostile.type('[data-testid="join-pin"]', pin);
    await hostile.type('[data-testid="join-nickname"]', TOO_LONG_MARKUP);
    await hostile.click('[data-testid="join-submit"]');
    assert.equal(
      await hostile.waitFor(`document.querySelector('[data-testid="nickname-problem"]')?.textContent`, { what: 'the length message' }),
      'El apodo puede tener hasta 20 caracteres; este tiene 28.',
    );
    assert.equal(await hostile.eval(`document.querySelector('[data-testid="join-nickname"]').value`), TOO_LONG_MARKUP);

    for (const [i, page] of pages.entries()) {
      await page.type('[data-testid="join-pin"]', pin);
      await page.type('[data-testid="join-nickname"]', NICKNAMES[i]);
      await page.click('[data-testid="join-submit"]');
    }
    for (const [i, page] of pages.entries()) {
      await page.waitFor(visible('lobby'), { what: `${NICKNAMES[i]} in the waiting room` });
      assert.equal(await page.text('[data-testid="lobby-nickname"]'), NICKNAMES[i]);
    }
    assert.equal(await hostile.eval(`document.querySelectorAll('main svg, main img').length`), 0, 'the nickname is not markup');
    await server.waitForLine(/3 player\(s\)/);

    // The first question.
    const beforeStart = server.lines.length;
    server.command('start');
    await server.waitForLine(/^Question 1 of \d+/, { from: beforeStart });
    const answers = [];
    for (const [i, page] of pages.entries()) {
      await page.waitFor(visible('question'), { what: `the question on ${NICKNAMES[i]}'s page` });
      answers.push(await answer(page, i));
    }
    for (const [i, page] of pages.entries()) {
      const shown = await page.waitFor(`document.querySelector('[data-testid="own-answer"]')?.textContent.trim()`, {
        what: `${NICKNAMES[i]}'s answer acknowledged`,
      });
      assert.equal(shown, answers[i]);
    }
    const questionId = await pages[1].eval(`document.querySelector('[data-testid="answered"]').dataset.questionId`);

    // Beto reloads mid-question: back in the same question, with the same answer, without answering again.
    await pages[1].reload();
    await pages[1].waitFor(
      `document.querySelector('[data-testid="answered"]')?.dataset.questionId === ${JSON.stringify(questionId)}`,
      { what: 'the question back after the reload' },
    );
    assert.equal(await pages[1].text('[data-testid="own-answer"]'), answers[1]);
    assert.equal(await pages[1].text('[data-testid="header-nickname"]'), 'Beto');

    // The reveal: each page shows its own result.
    const beforeReveal = server.lines.length;
    server.command('reveal');
    await server.waitForLine(/^(Revealed|Refused)/, { from: beforeReveal });
    for (const [i, page] of pages.entries()) {
      await page.waitFor(visible('result'), { what: `${NICKNAMES[i]}'s result` });
      const result = await page.eval(`(() => {
        const text = (id) => document.querySelector('[data-testid="' + id + '"]')?.textContent.trim() ?? null;
        return { outcome: document.querySelector('[data-testid="result"]').dataset.outcome, points: text('result-points'),
          total: text('result-total'), rank: text('result-rank'), yours: text('result-yours') };
      })()`);
      assert.ok(['right', 'wrong'].includes(result.outcome), `${NICKNAMES[i]} answered: ${result.outcome}`);
      assert.match(result.points, /^\+\d+ puntos$/);
      assert.match(result.total, /^Total: \d+ puntos$/);
      assert.match(result.rank, /^Vas en el lugar [1-3]$/);
      assert.equal(result.yours, answers[i]);
      if (result.outcome === 'wrong') assert.equal(result.points, '+0 puntos');
    }

    // The end: the podium on every page, the markup nickname as text.
    server.command('end');
    for (const [i, page] of pages.entries()) {
      await page.waitFor(visible('podium'), { what: `the podium on ${NICKNAMES[i]}'s page` });
      const names = await page.eval(`[...document.querySelectorAll('[data-testid="podium-name"]')].map((e) => e.textContent)`);
      assert.deepEqual([...names].sort(), [...NICKNAMES].sort());
      assert.match(await page.text('[data-testid="podium-yours"]'), /^Terminaste en el lugar [1-3] con \d+ puntos\.$/);
    }
    assert.equal(await hostile.eval(`document.querySelectorAll('main svg, main img').length`), 0, 'the podium shows text only');

    const exit = await within(server.exited, 20_000);
    assert.deepEqual(exit, { code: 0, signal: null }, `cronica serve exits cleanly; stderr: ${server.stderr}`);

    const rows = parseCsv(readFileSync(resultsFile, 'utf8'));
    assert.deepEqual(rows[0], ['nickname', 'question', 'answer', 'right', 'points', 'time_to_answer_ms']);
    const players = rows.slice(1).map((row) => row[0]);
    assert.deepEqual([...players].sort(), [...NICKNAMES].sort(), 'one row per player for the one question asked');
    for (const row of rows.slice(1)) assert.notEqual(row[5], '', `${row[0]} answered in time`);

    for (const [i, page] of pages.entries()) {
      assert.deepEqual(page.dialogs, [], `no dialog on ${NICKNAMES[i]}'s page`);
      assert.deepEqual(page.exceptions, [], `no uncaught error on ${NICKNAMES[i]}'s page`);
      assert.deepEqual(page.policyViolations, [], `nothing blocked by the CSP on ${NICKNAMES[i]}'s page`);
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
