// Shared by live.test.mjs and screenshots.mjs: a teacher quiz made for a live game (a multiple
// choice question, then a year question, from the golpe-1973 bank), hosted from the teacher area
// on loopback, and students who join it from headless Chromium (tests/classroom/cdp.mjs).
import { byId, invokeBackend as invoke } from './harness.mjs';

export { invoke };

/** The app's environment for a live game: the classroom server on loopback, any free port. */
export const LIVE_ENV = { CRONICA_CLASSROOM_BIND: '127.0.0.1:0' };

/** Calls the app's backend from the page, as the UI does; a refusal fails with its message. */
/**
 * Saves a two-question quiz (multiple choice, then year) with `seconds` per question and 1000
 * points each; returns its id and the two bank questions (with their answers).
 */
export async function seedLiveQuiz(app, title, seconds = 120) {
  const bank = await invoke(app, 'browse_bank', { lang: 'es', filter: { chapter: 'golpe-1973' } });
  const choice = bank.find((q) => q.kind === 'multipleChoice' && q.body.options.length >= 3);
  const year = bank.find((q) => q.kind === 'year');
  if (!choice || !year) throw new Error('golpe-1973 has no multiple choice question with 3 options or no year question');
  const items = [choice, year].map((q) => ({ origin: 'bank', questionId: q.id, timeLimitS: seconds, points: 1000 }));
  const saved = await invoke(app, 'save_teacher_quiz', { id: null, draft: { title, description: '', items } });
  return { id: saved.id, choice, year };
}

/** From the teacher area: the quiz's "Juego en vivo", the speed bonus set, the game opened; its PIN and join address. */
export async function hostQuiz(app, quizId, { speedBonus = false } = {}) {
  await app.execute(`location.hash = '#/teacher'`);
  await app.waitFor(byId('teacher-title'), { timeoutMs: 20_000 });
  const link = await app.waitFor(`${byId(`teacher-quiz-${quizId}`)} ${byId('host-quiz')}`);
  const href = await app.attribute(link, 'href');
  if (!href.endsWith(`#/teacher/quiz/${quizId}/live`)) throw new Error(`the quiz's live link is ${href}`);
  await app.request('POST', `/element/${link}/click`, {});
  const checkbox = await app.waitFor(byId('live-speed-bonus'), { timeoutMs: 20_000 });
  if ((await app.property(checkbox, 'checked')) !== speedBonus) await app.request('POST', `/element/${checkbox}/click`, {});
  await app.waitUntil(async () => (await app.property(checkbox, 'checked')) === speedBonus, { what: `the speed bonus ${speedBonus ? 'on' : 'off'}` });
  await app.click(byId('live-open'));
  const pin = await app.text(await app.waitFor(byId('live-pin'), { timeoutMs: 20_000, predicate: (t) => /^\d{6}$/.test(t) }));
  const urls = [];
  for (const element of await app.findAll(byId('live-url'))) urls.push(await app.text(element));
  return { pin, urls };
}

/** A new phone (its own browser context) on the join page; `nickname` typed and sent with the PIN. */
export async function joinStudent(browser, url, pin, nickname) {
  const page = await browser.newPage();
  await page.send('Log.enable');
  await page.goto(url);
  await page.waitFor(`document.querySelector('[data-testid="join-form"]') !== null`, { what: 'the join form' });
  await page.type('[data-testid="join-pin"]', pin);
  await page.type('[data-testid="join-nickname"]', nickname);
  await page.click('[data-testid="join-submit"]');
  return page;
}

/** Taps the option with `optionId` on the student's open question. */
export async function answerChoice(page, optionId) {
  await page.click(`[data-testid="question"] [data-testid="option"][data-option-id="${optionId}"]`);
}

/** Types and sends `year` on the student's open question. */
export async function answerYear(page, year) {
  await page.type('[data-testid="year-input"]', String(year));
  await page.click('[data-testid="year-submit"]');
}
