// What the real-browser classroom tests share: the built student page, `cronica serve` driven from
// its stdin with its stdout read line by line, and small waiting helpers.
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { CRONICA_CLI, ROOT } from '../helpers/paths.mjs';

const UI = path.join(ROOT, 'ui');
export const STUDENT_PAGE = path.join(UI, 'dist-student');

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** `promise`'s value, or `fallback` after `ms` (the timer does not keep the test process alive). */
export function within(promise, ms, fallback = 'timeout') {
  let timer;
  const late = new Promise((resolve) => (timer = setTimeout(() => resolve(fallback), ms)));
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/** The newest modification time of a file or of anything under a directory. */
function newest(file) {
  const stat = statSync(file);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(file).map((name) => newest(path.join(file, name))));
}

/** Builds the student page unless ui/dist-student is newer than everything it is built from. */
export function ensureStudentPage() {
  const built = path.join(STUDENT_PAGE, 'index.html');
  const sources = ['student.html', 'vite.student.config.ts', 'package.json', 'src/student', 'src/lib/i18n', 'src/lib/live', 'src/app.css'];
  const fresh = existsSync(built) && statSync(built).mtimeMs >= Math.max(...sources.map((s) => newest(path.join(UI, s))));
  if (!fresh) {
    execFileSync('npm', ['--prefix', UI, 'run', 'build:student'], { stdio: 'pipe', timeout: 180_000 });
  }
  assert.ok(existsSync(built), 'the student page is built');
}

/** `cronica serve` playing `source` (['--chapter', id, ...] or ['--quiz', file]), with its stdout collected line by line.
 * The game is saved in a user database beside `resultsFile`, never in the user's own. */
export function serve(resultsFile, source) {
  const userDb = path.join(path.dirname(resultsFile), 'user.db');
  const child = spawn(CRONICA_CLI, [
    '--data', path.join(ROOT, 'data'), '--user-db', userDb, 'serve', ...source, '--bind', '127.0.0.1', '--port', '0',
    '--student-page', STUDENT_PAGE, '--results', resultsFile,
  ], { stdio: ['pipe', 'pipe', 'pipe'] });
  const server = { child, lines: [], stderr: '', exit: null };
  let partial = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk) => {
    partial += chunk;
    const lines = partial.split('\n');
    partial = lines.pop();
    server.lines.push(...lines);
  });
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk) => (server.stderr += chunk));
  server.exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve((server.exit = { code, signal }))));
  server.command = (line) => child.stdin.write(`${line}\n`);
  /** Waits for a stdout line matching `pattern` (after line `from`); returns its match. */
  server.waitForLine = async (pattern, { timeoutMs = 15_000, from = 0 } = {}) => {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      for (const line of server.lines.slice(from)) {
        const match = line.match(pattern);
        if (match) return match;
      }
      if (server.exit) break;
      await sleep(50);
    }
    throw new Error(`no line matching ${pattern} within ${timeoutMs} ms; output:\n${server.lines.join('\n')}\n${server.stderr}`);
  };
  return server;
}

/** A page expression: whether an element with this test id is present. */
export const visible = (testId) => `document.querySelector('[data-testid="${testId}"]') !== null`;
