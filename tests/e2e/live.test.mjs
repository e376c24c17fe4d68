// A live classroom game hosted from the real app window: a saved quiz opened from the teacher area
// with the classroom server on loopback (CRONICA_CLASSROOM_BIND=127.0.0.1:0), three students join
// the app's own student page from headless Chromium (one with a markup nickname, shown as text on
// the projector), answer two questions (one reloads after answering, one before, and both keep
// their answer and score), the teacher reveals (histogram, leaderboard, podium), closes the game:
// the server stops, and the saved results list every answer and export the same CSV the backend
// writes. axe finds no serious or critical violation on the lobby and the reveal.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CHROMIUM } from '../helpers/paths.mjs';
import { Browser } from '../classroom/cdp.mjs';
import { axeViolationsInBothThemes } from './axe.mjs';
import { byId, Driver, makeHome, withScreenshot } from './harness.mjs';
import { answerChoice, answerYear, hostQuiz, invoke, joinStudent, LIVE_ENV, seedLiveQuiz } from './live-game.mjs';
import { parseCsv } from '../helpers/csv.mjs';

const QUIZ_TITLE = 'En vivo: el golpe de 1973';
// What the issue asks for is longer than the server's 20 characters: the student page refuses it.
const TOO_LONG_MARKUP = '<img src=x onerror=alert(1)>';
// Markup that fits: an <img> with an error handler if anything ever rendered a nickname as HTML.
const HOSTILE = '<img src onerror=f>';
const ANA = 'Ana';
const BETO = 'Beto';
const NICKNAMES = [ANA, BETO, HOSTILE];
const SECONDS = 120;
const POINTS = 1000;
const CSV_HEADER = ['nickname', 'question', 'answer', 'right', 'points', 'time_to_answer_ms'];

let driver;
let home;
let app;
let browser;
let quiz;
let join = { pin: '', url: '' };
/** nickname → student page. */
const pages = new Map();
/** What each player answered, per question: { text, right }. */
const answered = { choice: new Map(), year: new Map() };

before(async () => {
  home = makeHome();
  driver = await Driver.start(home, 4544, LIVE_ENV);
  app = await driver.launch();
  await app.waitFor(byId('home-title'), { timeoutMs: 30_000, predicate: (t) => t.length > 0 });
  quiz = await seedLiveQuiz(app, QUIZ_TITLE, SECONDS);
});

after(async () => {
  // A game still hosted (a test failed midway) is stopped, so its port closes with the app.
  if (app) await invoke(app, 'stop_live_game').catch(() => {});
  await browser?.close().catch(() => {});
  await app?.quit().catch(() => {});
  await driver?.stop();
});

const step = (name, body) => withScreenshot(() => app, `live-${name}`, body);

/** The texts of every element matching `css` in the app window. */
const texts = (css) => app.execute(`return [...document.querySelectorAll(arguments[0])].map((e) => e.textContent.trim());`, [css]);

/** The serious and critical violations axe finds on the page as it is now, in the light and the dark theme. */
const violations = () => axeViolationsInBothThemes(app);

/** Waits until the projector says `n` of 3 players have answered. */
const answeredCount = (n) => app.waitFor(byId('live-answered'), { timeoutMs: 20_000, predicate: (t) => t === `Respondieron ${n} de 3` });

/** The histogram's bars: label, count, right. */
async function bars() {
  await app.waitFor(byId('live-histogram'), { timeoutMs: 20_000 });
  return app.execute(`return [...document.querySelectorAll('[data-testid="live-bar"]')].map((b) => ({
    label: label(b), count: Number(b.dataset.count), right: b.dataset.right === 'true' }));
    function label(bar) { const l = bar.querySelector('.live-bar-label').cloneNode(true); l.querySelector('.present-mark')?.remove(); return l.textContent.trim(); }`);
}

/** Each student's own result after a reveal, checked against what they answered. */
async function checkResults(which, correctText) {
  const total = new Map();
  for (const [nickname, page] of pages) {
    await page.waitFor(`document.querySelector('[data-testid="result"]') !== null`, { timeoutMs: 20_000, what: `${nickname}'s result` });
    const result = await page.eval(`(() => {
      const text = (id) => document.querySelector('[data-testid="' + id + '"]')?.textContent.trim() ?? null;
      return { outcome: document.querySelector('[data-testid="result"]').dataset.outcome, points: text('result-points'),
        yours: text('result-yours'), correct: text('result-correct'), total: text('result-total') };
    })()`);
    const mine = answered[which].get(nickname);
    assert.equal(result.outcome, mine.right ? 'right' : 'wrong', `${nickname}'s outcome`);
    assert.equal(result.points, `+${mine.right ? POINTS : 0} puntos`, `${nickname}'s points without the speed bonus`);
    assert.equal(result.yours, mine.text, `${nickname}'s own answer`);
    assert.equal(result.correct, correctText, `${nickname} sees the right answer`);
    total.set(nickname, result.total);
  }
  return total;
}

/** Points so far for each player, by what they answered. */
function scoreOf(nickname) {
  return [answered.choice, answered.year].reduce((sum, map) => sum + (map.get(nickname)?.right ? POINTS : 0), 0);
}

test('the teacher area hosts a saved quiz: PIN, a loopback address and its QR code, nobody yet', () =>
  step('lobby', async () => {
    await app.execute(`location.hash = '#/teacher'`);
    await app.waitFor(byId('teacher-title'), { timeoutMs: 20_000 });
    // The chapter picker links to its own live game.
    await app.select(byId('live-chapter'), 'golpe-1973');
    // (WebKitWebDriver answers with the resolved address, tauri://localhost#/…)
    await app.waitUntil(async () => (await app.attribute(await app.waitFor(byId('host-chapter')), 'href')).endsWith('#/teacher/chapter/golpe-1973/live'), {
      what: 'the chapter link to follow the picker',
    });

    const { pin, urls } = await hostQuiz(app, quiz.id, { speedBonus: false });
    assert.match(pin, /^\d{6}$/);
    assert.equal(urls.length, 1, `one join address on loopback: ${urls}`);
    assert.match(urls[0], /^http:\/\/127\.0\.0\.1:\d+\/$/, 'the game listens on 127.0.0.1 only');
    join = { pin, url: urls[0] };
    await app.waitFor(byId('live-title'), { predicate: (t) => t === QUIZ_TITLE });
    assert.equal(await app.text(await app.waitFor(byId('live-player-count'))), 'Jugadores (0)');
    assert.equal(await app.property(await app.waitFor(byId('live-begin')), 'disabled'), true, 'nobody to play with yet');

    const qr = await app.execute(`const img = document.querySelector('[data-testid="live-qr"]');
      return { src: img.src.slice(0, 30), alt: img.alt, loaded: img.complete && img.naturalWidth > 0 };`);
    assert.ok(qr.src.startsWith('data:image/svg+xml'), `the QR code is an SVG image: ${qr.src}`);
    assert.equal(qr.alt, `Código QR de ${join.url}`);
    assert.ok(qr.loaded, 'the QR code image loads');

    const page = await fetch(join.url, { signal: AbortSignal.timeout(5_000) });
    assert.equal(page.status, 200, 'the join address serves the student page');
    assert.match(await page.text(), /<html/i);
  }));

test('three students join; the lobby lists them, the markup nickname as text', () =>
  step('join', async () => {
    assert.ok(join.pin, 'a game is open');
    browser = Browser.launch(CHROMIUM);

    // The markup the issue names is over 20 characters: explained on the page, nothing sent.
    const hostile = await joinStudent(browser, join.url, join.pin, TOO_LONG_MARKUP);
    assert.equal(
      await hostile.waitFor(`document.querySelector('[data-testid="nickname-problem"]')?.textContent`, { what: 'the length message' }),
      'El apodo puede tener hasta 20 caracteres; este tiene 28.',
    );
    await hostile.type('[data-testid="join-nickname"]', HOSTILE);
    await hostile.click('[data-testid="join-submit"]');
    pages.set(HOSTILE, hostile);
    for (const nickname of [ANA, BETO]) pages.set(nickname, await joinStudent(browser, join.url, join.pin, nickname));
    for (const [nickname, page] of pages) {
      await page.waitFor(`document.querySelector('[data-testid="lobby"]') !== null`, { timeoutMs: 15_000, what: `${nickname} in the waiting room` });
      assert.equal(await page.text('[data-testid="lobby-nickname"]'), nickname);
    }

    await app.waitFor(byId('live-player-count'), { timeoutMs: 15_000, predicate: (t) => t === 'Jugadores (3)' });
    const players = await texts('[data-testid="live-players"] [data-testid="live-player"] .live-nickname');
    assert.deepEqual([...players].sort(), [...NICKNAMES].sort(), 'the lobby lists the three players by their nickname, as text');
    assert.equal(await app.execute(`return document.querySelectorAll('[data-testid="live-players"] img, [data-testid="live-players"] svg').length;`), 0,
      'no element made from a nickname');
    const removeLabels = await app.execute(`return [...document.querySelectorAll('[data-testid="live-player"] button')].map((b) => b.getAttribute('aria-label'));`);
    assert.deepEqual([...removeLabels].sort(), NICKNAMES.map((n) => `Quitar a ${n} del juego`).sort(), 'each player can be removed');
    assert.equal(await app.property(await app.waitFor(byId('live-begin')), 'disabled'), false);

    assert.deepEqual(await violations(), [], 'axe on the lobby');
  }));

test('the first question: everyone answers, one reloads after answering and keeps it, the reveal counts three', () =>
  step('question-1', async () => {
    assert.equal(pages.size, 3, 'three students joined');
    const { choice } = quiz;
    const right = String(choice.answer.option.id);
    const wrong = String(choice.body.options.find((o) => o.id !== choice.answer.option.id).id);
    const optionText = (id) => choice.body.options.find((o) => String(o.id) === id).text;

    await app.click(byId('live-begin'));
    await app.waitFor(byId('live-progress'), { timeoutMs: 20_000, predicate: (t) => t === 'Pregunta 1 de 2' });
    assert.equal(await app.text(await app.waitFor(byId('live-prompt'))), choice.prompt);
    const remaining = Number(await app.attribute(await app.waitFor(byId('live-timer')), 'data-remaining'));
    assert.ok(remaining > 0 && remaining <= SECONDS, `a ${SECONDS}-second countdown, showing ${remaining}`);
    await app.waitFor(byId('live-end'));
    await answeredCount(0);

    const plan = [[ANA, right], [BETO, wrong], [HOSTILE, right]];
    for (const [nickname, optionId] of plan) {
      const page = pages.get(nickname);
      await page.waitFor(`document.querySelector('[data-testid="question-prompt"]')?.textContent.trim() === ${JSON.stringify(choice.prompt)}`, {
        timeoutMs: 15_000, what: `the question on ${nickname}'s phone`,
      });
      await answerChoice(page, optionId);
      answered.choice.set(nickname, { text: optionText(optionId), right: optionId === right });
    }
    for (const [nickname, page] of pages) {
      const shown = await page.waitFor(`document.querySelector('[data-testid="own-answer"]')?.textContent.trim()`, { what: `${nickname}'s answer acknowledged` });
      assert.equal(shown, answered.choice.get(nickname).text);
    }
    await answeredCount(3);

    // Beto reloads after answering: back on the same question, with his answer, nothing asked again.
    const beto = pages.get(BETO);
    const questionId = await beto.eval(`document.querySelector('[data-testid="answered"]').dataset.questionId`);
    await beto.reload();
    await beto.waitFor(`document.querySelector('[data-testid="answered"]')?.dataset.questionId === ${JSON.stringify(questionId)}`, {
      timeoutMs: 15_000, what: "Beto's answered question back after the reload",
    });
    assert.equal(await beto.text('[data-testid="own-answer"]'), answered.choice.get(BETO).text);
    assert.equal(await beto.text('[data-testid="header-nickname"]'), BETO);
    await answeredCount(3);

    await app.click(byId('live-reveal'));
    const shown = await bars();
    assert.equal(shown.length, choice.body.options.length, 'a bar per option');
    assert.equal(shown.reduce((sum, bar) => sum + bar.count, 0), 3, `the counts add up to three: ${JSON.stringify(shown)}`);
    const marked = shown.filter((bar) => bar.right);
    assert.equal(marked.length, 1, 'one right option');
    assert.ok(marked[0].label.endsWith(choice.answer.option.text), `the right bar is the right option: ${marked[0].label}`);
    assert.equal(marked[0].count, 2, 'two chose it');
    assert.equal(shown.find((bar) => bar.label.endsWith(optionText(wrong))).count, 1, "Beto's option");
    await app.waitFor(byId('live-answer'));
    assert.deepEqual(await texts('[data-testid="live-answer"] .present-answer-text'), [`Respuesta correcta: ${choice.answer.option.text}`]);
    const leaders = await texts('[data-testid="live-leaderboard"] [data-testid="live-leader"] .live-nickname');
    assert.deepEqual([...leaders].sort(), [...NICKNAMES].sort(), 'the leaderboard names the three, as text');
    assert.equal(await app.execute(`return document.querySelectorAll('.live-leaderboard img, .live-leaderboard svg').length;`), 0);
    assert.equal(await app.text(await app.waitFor(byId('live-next'))), 'Siguiente pregunta');

    const totals = await checkResults('choice', choice.answer.option.text);
    for (const nickname of NICKNAMES) assert.equal(totals.get(nickname), `Total: ${scoreOf(nickname)} puntos`);

    assert.deepEqual(await violations(), [], 'axe on the reveal');
  }));

test('the last question: a reload before answering keeps the score, then the podium', () =>
  step('question-2', async () => {
    assert.equal(answered.choice.size, 3, 'the first question was answered');
    const { year } = quiz;
    const correct = year.answer.year;

    await app.click(byId('live-next'));
    await app.waitFor(byId('live-progress'), { timeoutMs: 20_000, predicate: (t) => t === 'Pregunta 2 de 2' });
    assert.equal(await app.text(await app.waitFor(byId('live-prompt'))), year.prompt);
    await answeredCount(0);

    for (const [nickname, page] of pages) {
      await page.waitFor(`document.querySelector('[data-testid="year-input"]') !== null`, { timeoutMs: 15_000, what: `the year question on ${nickname}'s phone` });
    }
    // Ana reloads before answering: the open question and her score come back.
    const ana = pages.get(ANA);
    const questionId = await ana.eval(`document.querySelector('[data-testid="question"]').dataset.questionId`);
    const score = `Puntaje: ${scoreOf(ANA)}`;
    assert.equal(await ana.text('[data-testid="header-score"]'), score);
    await ana.reload();
    await ana.waitFor(`document.querySelector('[data-testid="question"]')?.dataset.questionId === ${JSON.stringify(questionId)}
      && !document.querySelector('[data-testid="year-input"]').disabled`, { timeoutMs: 15_000, what: "Ana's open question back after the reload" });
    assert.equal(await ana.text('[data-testid="header-score"]'), score, 'the score survives the reload');
    assert.equal(await ana.text('[data-testid="header-nickname"]'), ANA);

    const plan = [[ANA, correct + 1], [BETO, correct], [HOSTILE, correct]];
    for (const [nickname, value] of plan) {
      await answerYear(pages.get(nickname), value);
      answered.year.set(nickname, { text: String(value), right: value === correct });
    }
    for (const [nickname, page] of pages) {
      const shown = await page.waitFor(`document.querySelector('[data-testid="own-answer"]')?.textContent.trim()`, { what: `${nickname}'s year acknowledged` });
      assert.equal(shown, answered.year.get(nickname).text);
    }
    await answeredCount(3);

    await app.click(byId('live-reveal'));
    const shown = await bars();
    assert.equal(shown.reduce((sum, bar) => sum + bar.count, 0), 3, `the counts add up to three: ${JSON.stringify(shown)}`);
    assert.deepEqual(shown.filter((bar) => bar.right), [{ label: String(correct), count: 2, right: true }]);
    assert.deepEqual(shown.filter((bar) => !bar.right), [{ label: String(correct + 1), count: 1, right: false }]);
    await checkResults('year', String(correct));

    assert.equal(await app.text(await app.waitFor(byId('live-next'))), 'Ver el podio');
    await app.click(byId('live-next'));
    await app.waitFor(byId('live-podium'), { timeoutMs: 20_000 });
    assert.equal((await app.findAll(byId('live-end'))).length, 0, 'nothing left to end');
    const final = await app.execute(`return [...document.querySelectorAll('[data-testid="live-final"] [data-testid="live-leader"]')].map((li) => ({
      rank: li.querySelector('.live-rank').textContent.trim(), nickname: li.querySelector('.live-nickname').textContent, score: li.querySelector('.live-score').textContent.trim() }));`);
    assert.deepEqual(final[0], { rank: '1.', nickname: HOSTILE, score: `${2 * POINTS} pts` }, 'the markup nickname wins, as text');
    assert.deepEqual(final.map((e) => e.nickname).sort(), [...NICKNAMES].sort());
    for (const entry of final) assert.equal(entry.score, `${scoreOf(entry.nickname)} pts`);
    assert.equal(await app.execute(`return document.querySelectorAll('[data-testid="live-podium"] img, [data-testid="live-podium"] svg').length;`), 0);

    for (const [nickname, page] of pages) {
      await page.waitFor(`document.querySelector('[data-testid="podium"]') !== null`, { timeoutMs: 15_000, what: `the podium on ${nickname}'s phone` });
      const names = await page.eval(`[...document.querySelectorAll('[data-testid="podium-name"]')].map((e) => e.textContent)`);
      assert.deepEqual([...names].sort(), [...NICKNAMES].sort());
      assert.equal(await page.eval(`document.querySelectorAll('main img, main svg').length`), 0, `text only on ${nickname}'s podium`);
      assert.deepEqual(page.dialogs, [], `no dialog on ${nickname}'s phone`);
      assert.deepEqual(page.exceptions, [], `no uncaught error on ${nickname}'s phone`);
      assert.deepEqual(page.policyViolations, [], `nothing blocked by the CSP on ${nickname}'s phone`);
    }
    assert.equal(await pages.get(HOSTILE).text('[data-testid="podium-yours"]'), `Terminaste en el lugar 1 con ${2 * POINTS} puntos.`);
  }));

test('closing the game stops the server and opens its results: every answer, and the same CSV as the backend', () =>
  step('results', async () => {
    assert.equal(answered.year.size, 3, 'the game was played');
    const hosted = await invoke(app, 'hosted_live_game');
    assert.ok(hosted?.gameId, 'the game is still hosted before closing');

    await app.click(byId('live-stop'));
    await app.waitUntil(async () => (await app.execute('return location.hash;')) === `#/teacher/games/${hosted.gameId}`, {
      timeoutMs: 20_000, what: `the results of game ${hosted.gameId}`,
    });
    await app.waitFor(byId('live-game-title'), { timeoutMs: 20_000, predicate: (t) => t === QUIZ_TITLE });
    assert.equal(await invoke(app, 'hosted_live_game'), null, 'nothing hosted any more');

    // The server is gone: the join address refuses connections.
    const refused = await fetch(join.url, { signal: AbortSignal.timeout(5_000) }).then(
      (response) => `answered ${response.status}`,
      (error) => error.cause?.code ?? String(error),
    );
    assert.equal(refused, 'ECONNREFUSED', `the join address after closing: ${refused}`);

    const standings = await app.execute(`return [...document.querySelectorAll('[data-testid="live-standings"] [data-testid="live-standing"]')]
      .map((tr) => [...tr.cells].map((td) => td.textContent));`);
    assert.equal(standings.length, 3);
    assert.deepEqual(standings.map((row) => row[1]).sort(), [...NICKNAMES].sort(), 'the standings name the players as text');
    for (const [, nickname, score] of standings) assert.equal(Number(score), scoreOf(nickname), `${nickname}'s total`);

    const expected = [];
    for (const [which, question] of [['choice', quiz.choice], ['year', quiz.year]]) {
      for (const nickname of NICKNAMES) {
        const mine = answered[which].get(nickname);
        expected.push([nickname, question.prompt, mine.text, mine.right ? 'yes' : 'no', String(mine.right ? POINTS : 0)]);
      }
    }
    const sorted = (rows) => rows.map((row) => JSON.stringify(row)).sort();

    const rows = await app.execute(`return [...document.querySelectorAll('[data-testid="live-rows"] [data-testid="live-row"]')]
      .map((tr) => [...tr.cells].map((td) => td.textContent));`);
    assert.equal(rows.length, NICKNAMES.length * 2, 'a row per player × question asked');
    assert.deepEqual(
      sorted(rows.map(([nickname, question, answer, right, points, seconds]) => {
        assert.match(seconds, /^\d+\.\d$/, `${nickname} answered in time`);
        return [nickname, question, answer, right === 'Sí' ? 'yes' : right === 'No' ? 'no' : right, points];
      })),
      sorted(expected),
    );
    assert.equal(await app.execute(`return document.querySelectorAll('.results-table img, .results-table svg').length;`), 0, 'the tables hold text only');

    // The export: the app saves the CSV in the Downloads folder and says where.
    await app.click(byId('live-export-csv'));
    const saved = await app.waitFor(byId('live-saved'), { predicate: (t) => t.startsWith('Guardado en ') });
    const savedPath = (await app.text(saved)).slice('Guardado en '.length).trim();
    assert.equal(path.dirname(savedPath), path.join(home.home, 'Downloads'), 'the CSV is saved in Downloads');
    assert.match(path.basename(savedPath), /^En vivo.*el golpe de 1973 \d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync(savedPath, 'utf8');
    assert.equal(csv, await invoke(app, 'live_game_csv', { id: hosted.gameId }), 'the file is the backend CSV');

    const lines = parseCsv(csv);
    assert.deepEqual(lines[0], CSV_HEADER);
    assert.equal(lines.length - 1, NICKNAMES.length * 2, 'a line per player × question asked');
    assert.ok(csv.includes(HOSTILE), 'the markup nickname is written literally');
    for (const line of lines.slice(1)) assert.match(line[5], /^\d+$/, `${line[0]}'s time to answer`);
    assert.deepEqual(sorted(lines.slice(1).map((line) => line.slice(0, 5))), sorted(expected));
  }));
