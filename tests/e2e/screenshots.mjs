// Screenshots of the teacher area for the README: `xvfb-run -a node tests/e2e/screenshots.mjs`
// after building the release app (and the student page). Seeds a quiz through the app's own calls,
// then captures the quiz builder and presenter mode, a live game's lobby and reveal (students
// joined from headless Chromium, the game on loopback), search results and the figures list, at 1280×800 into docs/.
// Name `teacher`, `live`, `search`, `figures`, `quiz-score` or `timeline` to capture only those;
// `figures-before`, `quiz-score-before` and `timeline-before` capture the figures list, a quiz's score
// screen and the timeline's list as docs/*-before.png, for a run with CRONICA_APP set to an earlier
// build. CRONICA_SHOT_PORT moves the driver's port (when 4504 is taken).
// Not a test: the runner ignores it.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { CHROMIUM, ROOT } from '../helpers/paths.mjs';
import { Browser } from '../classroom/cdp.mjs';
import { answerCurrentQuestion, byId, Driver, makeHome } from './harness.mjs';
import { answerChoice, hostQuiz, invoke, joinStudent, LIVE_ENV, seedLiveQuiz } from './live-game.mjs';

const wanted = process.argv.slice(2);
const capture = (group) => wanted.length === 0 || wanted.includes(group);

const driver = await Driver.start(makeHome(), Number(process.env.CRONICA_SHOT_PORT ?? 4504), LIVE_ENV);
const app = await driver.launch();
let browser;
try {
  await app.request('POST', '/window/rect', { width: 1280, height: 800 });
  await app.waitFor(byId('home-title'), { timeoutMs: 30_000, predicate: (t) => t.length > 0 });
  const shot = async (name) => writeFileSync(path.join(ROOT, 'docs', name), await app.screenshot());
  if (capture('teacher')) await teacherShots(shot);
  if (capture('live')) await liveShots(shot);
  if (capture('search')) await searchShots(shot);
  if (capture('figures')) await figuresShots(shot, 'figures.png');
  if (wanted.includes('figures-before')) await figuresShots(shot, 'figures-before.png');
  if (capture('quiz-score')) await quizScoreShot(shot, 'quiz-score.png');
  if (wanted.includes('quiz-score-before')) await quizScoreShot(shot, 'quiz-score-before.png');
  if (capture('timeline')) await timelineShots(shot);
  if (wanted.includes('timeline-before')) await timelineBeforeShot(shot);
} finally {
  if (browser) {
    await invoke(app, 'stop_live_game').catch(() => {});
    await browser.close();
  }
  await app.quit().catch(() => {});
  await driver.stop();
}

async function figuresShots(shot, name) {
  await app.execute(`location.hash = '#/figures'`);
  await app.waitFor('[data-testid^="figure-item-"]', { timeoutMs: 15_000 });
  await new Promise((r) => setTimeout(r, 800));
  await shot(name);
}

/** A chapter's quiz answered through to its score, each question as `answerCurrentQuestion` answers it. */
async function quizScoreShot(shot, name) {
  await app.execute(`location.hash = '#/chapters/golpe-1973/quiz'`);
  for (let n = 0; n < 60; n += 1) {
    await app.waitFor('[data-testid="question-prompt"], [data-testid="quiz-score"]', { timeoutMs: 15_000 });
    if ((await app.findAll(byId('quiz-score'))).length > 0) break;
    await answerCurrentQuestion(app);
    await app.click(byId('next-question'));
  }
  await app.waitFor(byId('quiz-score'));
  await app.execute('document.scrollingElement.scrollTo(0, 0); document.querySelector("main")?.scrollTo?.(0, 0)');
  await new Promise((r) => setTimeout(r, 800));
  await shot(name);
}

async function timelineBeforeShot(shot) {
  await app.execute(`location.hash = '#/timeline'`);
  await app.waitFor('[data-testid^="era-group-"]', { timeoutMs: 15_000 });
  await new Promise((r) => setTimeout(r, 800));
  await shot('timeline-before.png');
}

/** The chart view, zoomed by keyboard onto the dictatorship's first years. */
async function timelineShots(shot) {
  await app.execute(`localStorage.setItem('cronica.timelineView', 'visual'); location.hash = '#/timeline?era=dictadura'`);
  await app.waitFor(byId('vt-plot'), { timeoutMs: 15_000 });
  await app.execute(`location.hash = '#/timeline'`);
  await app.waitFor(byId('vt-mark-golpe-de-estado-1973'), { timeoutMs: 15_000 });
  await app.execute(`document.querySelector('[data-testid="vt-plot"]').focus()`);
  // Two steps in, then a little to the right (\uE014 is the right arrow).
  for (const key of ['+', '+', '+', '\uE014', '\uE014']) await app.press(key);
  await app.execute(`document.querySelector('[data-testid="vt-mark-golpe-de-estado-1973"]')?.dispatchEvent(new MouseEvent('mouseenter'))`);
  await app.execute(`document.querySelector('[data-testid="timeline-view-list"]').scrollIntoView({ block: 'start' })`);
  await new Promise((r) => setTimeout(r, 800));
  await shot('timeline.png');
}

async function searchShots(shot) {
  await app.execute(`location.hash = '#/search?q=' + encodeURIComponent('plebiscito 1988')`);
  await app.waitFor('.search-group', { timeoutMs: 15_000 });
  await new Promise((r) => setTimeout(r, 800));
  await shot('search.png');
}

async function teacherShots(shot) {
  const bank = await app.request('POST', '/execute/async', {
    script: `const done = arguments[arguments.length - 1];
      window.__TAURI_INTERNALS__.invoke('browse_bank', { lang: 'es', filter: { chapter: 'golpe-1973' } }).then(done, (e) => done({ error: e }));`,
    args: [],
  });
  const items = bank.slice(0, 8).map((q) => ({ origin: 'bank', questionId: q.id, timeLimitS: 30, points: 1000 }));
  const saved = await app.request('POST', '/execute/async', {
    script: `const done = arguments[arguments.length - 1];
      window.__TAURI_INTERNALS__.invoke('save_teacher_quiz', { id: null, draft: arguments[0] }).then(done, (e) => done({ error: e }));`,
    args: [{ title: 'El golpe de 1973', description: 'Repaso para el jueves', items }],
  });
  await app.execute(`location.hash = '#/teacher/quiz/${saved.id}'`);
  await app.waitFor(byId('quiz-title'));
  await new Promise((r) => setTimeout(r, 1500));
  await shot('teacher-builder.png');
  await app.execute(`location.hash = '#/teacher/quiz/${saved.id}/present'`);
  await app.waitFor(byId('present-prompt'));
  await new Promise((r) => setTimeout(r, 1500));
  await shot('teacher-presenter.png');
  await app.press('\uE007');
  await app.waitFor(byId('present-answer-text'));
  await new Promise((r) => setTimeout(r, 800));
  await shot('teacher-presenter-revealed.png');
}

async function liveShots(shot) {
  const quiz = await seedLiveQuiz(app, 'El golpe de 1973 en vivo', 60);
  const { pin, urls } = await hostQuiz(app, quiz.id, { speedBonus: true });
  browser = Browser.launch(CHROMIUM);
  const nicknames = ['Ana', 'Beto', 'Camila', 'Diego', 'Fernanda'];
  const pages = [];
  for (const nickname of nicknames) pages.push(await joinStudent(browser, urls[0], pin, nickname));
  await app.waitFor(byId('live-player-count'), { timeoutMs: 15_000, predicate: (t) => t.endsWith(`(${nicknames.length})`) });
  await app.execute(`document.querySelector('[data-testid="live-host"]').scrollTo(0, 0)`);
  await new Promise((r) => setTimeout(r, 1000));
  await shot('live-lobby.png');
  await app.click(byId('live-begin'));
  const { choice } = quiz;
  const others = choice.body.options.filter((o) => o.id !== choice.answer.option.id);
  for (const [i, page] of pages.entries()) {
    await page.waitFor(`document.querySelector('[data-testid="option"]') !== null`, { timeoutMs: 15_000, what: 'the question' });
    await answerChoice(page, String(i % 3 === 2 ? others[i % others.length].id : choice.answer.option.id));
  }
  await app.waitFor(byId('live-answered'), { timeoutMs: 15_000, predicate: (t) => t.startsWith(`Respondieron ${nicknames.length} `) });
  await app.click(byId('live-reveal'));
  await app.waitFor(byId('live-histogram'), { timeoutMs: 15_000 });
  await app.execute(`document.querySelector('[data-testid="live-host"]').scrollTo(0, 0)`);
  await new Promise((r) => setTimeout(r, 1000));
  await shot('live-reveal.png');
}
