// Screenshots of the teacher area for the README: `xvfb-run -a node tests/e2e/screenshots.mjs`
// after building the release app. Seeds a quiz through the app's own calls, then captures the
// quiz builder and presenter mode at 1280×800 into docs/. Not a test: the runner ignores it.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../helpers/paths.mjs';
import { byId, Driver, makeHome } from './harness.mjs';

const driver = await Driver.start(makeHome(), 4504);
const app = await driver.launch();
try {
  await app.request('POST', '/window/rect', { width: 1280, height: 800 });
  await app.waitFor(byId('home-title'), { timeoutMs: 30_000, predicate: (t) => t.length > 0 });
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
  const shot = async (name) => writeFileSync(path.join(ROOT, 'docs', name), await app.screenshot());
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
} finally {
  await app.quit().catch(() => {});
  await driver.stop();
}
