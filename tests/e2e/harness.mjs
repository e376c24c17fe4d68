// Starts tauri-driver with a private HOME and data folder, and opens the real app through it.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { APP_BINARY, ROOT } from '../helpers/paths.mjs';
import { Session } from './webdriver.mjs';

const IDENTIFIER = 'cl.cronica.desktop';

/** The CSS selector of a `data-testid`. */
export const byId = (id) => `[data-testid="${id}"]`;

/** Answers whatever question is on screen, as a learner would (not necessarily correctly): the
 * first option, "true", 1973, a name typed, the order shown, each figure's first role. */
export async function answerCurrentQuestion(app) {
  if ((await app.findAll(byId('option-0'))).length) return app.click(byId('option-0'));
  if ((await app.findAll(byId('option-true'))).length) return app.click(byId('option-true'));
  if ((await app.findAll(byId('year-input'))).length) {
    await app.type(byId('year-input'), '1973');
    return app.click(byId('submit-answer'));
  }
  if ((await app.findAll(byId('typed-answer'))).length) {
    await app.type(byId('typed-answer'), 'Allende');
    return app.click(byId('submit-answer'));
  }
  for (const select of await app.findAll('[data-testid^="match-"]')) {
    const options = await app.request('POST', `/element/${select}/elements`, { using: 'css selector', value: 'option:not([value=""])' });
    const first = options[0]['element-6066-11e4-a52e-4f735466cecf'];
    await app.request('POST', `/element/${first}/click`, {});
  }
  return app.click(byId('submit-answer'));
}

/** Calls the app's backend from the page, as the UI does; a refusal fails with its kind and message. */
export async function invokeBackend(app, command, args = {}) {
  const script = `const done = arguments[arguments.length - 1];
    window.__TAURI_INTERNALS__.invoke(arguments[0], arguments[1])
      .then((value) => done({ value: value === undefined ? null : value }), (e) => done({ failed: e ?? 'refused' }));`;
  const result = await app.request('POST', '/execute/async', { script, args: [command, args] });
  if (!result || 'failed' in result) throw new Error(`${command}: ${JSON.stringify(result?.failed)}`);
  return result.value;
}

/** A fresh home for one test run, so tests never touch real user data. */
export function makeHome() {
  const home = mkdtempSync(path.join(tmpdir(), 'cronica-e2e-'));
  const dataHome = path.join(home, '.local', 'share');
  mkdirSync(dataHome, { recursive: true });
  return { home, dataHome, appData: path.join(dataHome, IDENTIFIER) };
}

export class Driver {
  constructor(home, port) {
    this.home = home;
    this.port = port;
    this.log = [];
  }

  /**
   * `env`: extra variables for the app (and the drivers), e.g. where a live game listens.
   * `prefix`: a command the driver runs under, e.g. `setpriv …` to take a privilege from the app.
   */
  static async start(home, port = 4444, env = {}, { prefix = [] } = {}) {
    if (!existsSync(APP_BINARY)) throw new Error(`${APP_BINARY} is missing: build the release app first`);
    const driver = new Driver(home, port);
    const environment = {
      ...process.env,
      ...env,
      HOME: home.home,
      XDG_DATA_HOME: home.dataHome,
      XDG_CONFIG_HOME: path.join(home.home, '.config'),
      XDG_CACHE_HOME: path.join(home.home, '.cache'),
    };
    // Its own process group, so stopping it also ends WebKitWebDriver and any app it left running.
    const command = [...prefix, 'tauri-driver', '--port', String(port), '--native-port', String(port + 1), '--native-driver', '/usr/bin/WebKitWebDriver'];
    driver.process = spawn(command[0], command.slice(1), {
      env: environment,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    driver.process.stdout.on('data', (d) => driver.log.push(String(d)));
    driver.process.stderr.on('data', (d) => driver.log.push(String(d)));
    return driver;
  }

  /** Launches the app, or another copy of its binary (a new session starts a new app process). */
  launch(application = APP_BINARY) {
    return Session.start(`http://127.0.0.1:${this.port}`, { browserName: 'wry', 'tauri:options': { application } });
  }

  /** Stops tauri-driver and everything it started; never waits on an 'exit' that already happened. */
  async stop() {
    const running = this.process.exitCode === null && this.process.signalCode === null;
    const exited = running ? new Promise((resolve) => this.process.once('exit', resolve)) : Promise.resolve();
    try {
      process.kill(-this.process.pid, 'SIGTERM');
    } catch {
      // The whole group is already gone.
    }
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
    this.process.stdout?.destroy();
    this.process.stderr?.destroy();
  }
}

/** Saves a screenshot next to the test output when a test fails, for a person to look at. */
export async function keepScreenshot(session, name) {
  try {
    const dir = path.join(ROOT, 'tests', 'e2e', 'artifacts');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, `${name}.png`), await session.screenshot());
  } catch {
    // A screenshot is a courtesy; the failure itself is what matters.
  }
}

/** Runs one step of a test; if it fails, keeps a screenshot of the current session, then fails. */
export async function withScreenshot(session, name, body) {
  try {
    await body();
  } catch (error) {
    await keepScreenshot(session(), name);
    throw error;
  }
}
