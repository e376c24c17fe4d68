// A small Chrome DevTools Protocol client over `--remote-debugging-pipe` (file descriptors 3 and 4), for Debian's
// /usr/bin/chromium: no WebSocket client, no dependencies, no browser download.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export class Browser {
  constructor(child, profile) {
    this.child = child;
    this.profile = profile;
    this.nextId = 1;
    this.pending = new Map();
    this.listeners = new Set();
    this.buffer = '';
    this.exited = false;
    child.stdio[4].setEncoding('utf8');
    child.stdio[4].on('data', (chunk) => this.receive(chunk));
    child.on('exit', () => {
      this.exited = true;
      for (const { reject } of this.pending.values()) reject(new Error('chromium exited'));
      this.pending.clear();
    });
  }

  /** Starts headless Chromium with a throwaway profile. */
  static launch(executable) {
    const profile = mkdtempSync(path.join(tmpdir(), 'cronica-chromium-'));
    const child = spawn(executable, [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--disable-default-apps', '--no-first-run', '--no-default-browser-check',
      '--disable-extensions', '--mute-audio', `--user-data-dir=${profile}`, '--remote-debugging-pipe', 'about:blank',
    ], { stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'] });
    child.stderr.resume();
    return new Browser(child, profile);
  }

  receive(chunk) {
    this.buffer += chunk;
    let end;
    while ((end = this.buffer.indexOf('\0')) >= 0) {
      const message = JSON.parse(this.buffer.slice(0, end));
      this.buffer = this.buffer.slice(end + 1);
      if (message.id !== undefined) {
        const waiter = this.pending.get(message.id);
        this.pending.delete(message.id);
        if (!waiter) continue;
        if (message.error) waiter.reject(new Error(`${waiter.method}: ${message.error.message}`));
        else waiter.resolve(message.result);
      } else {
        for (const listener of this.listeners) listener(message);
      }
    }
  }

  /** Sends one command (to a page when `sessionId` is given) and waits at most `timeoutMs` for its answer. */
  send(method, params = {}, sessionId = undefined, timeoutMs = 15_000) {
    if (this.exited) return Promise.reject(new Error('chromium exited'));
    const id = this.nextId++;
    const message = { id, method, params };
    if (sessionId) message.sessionId = sessionId;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`${method}: no answer within ${timeoutMs} ms`));
      }, timeoutMs);
      this.pending.set(id, {
        method,
        resolve: (value) => { clearTimeout(timer); resolve(value); },
        reject: (error) => { clearTimeout(timer); reject(error); },
      });
      this.child.stdio[3].write(`${JSON.stringify(message)}\0`);
    });
  }

  /** A new tab in its own browser context (its own localStorage, like a separate phone). */
  async newPage() {
    const { browserContextId } = await this.send('Target.createBrowserContext', { disposeOnDetach: true });
    const { targetId } = await this.send('Target.createTarget', { url: 'about:blank', browserContextId });
    const { sessionId } = await this.send('Target.attachToTarget', { targetId, flatten: true });
    const page = new Page(this, sessionId);
    this.listeners.add((message) => {
      if (message.sessionId === sessionId) page.event(message);
    });
    await page.send('Page.enable');
    await page.send('Runtime.enable');
    return page;
  }

  async close() {
    if (!this.exited) {
      const exited = new Promise((resolve) => this.child.once('exit', resolve));
      try {
        await this.send('Browser.close', {}, undefined, 5_000);
      } catch {
        // Already gone.
      }
      let timer;
      await Promise.race([exited, new Promise((resolve) => (timer = setTimeout(resolve, 5_000)))]);
      clearTimeout(timer);
      if (!this.exited) this.child.kill('SIGKILL');
    }
    rmSync(this.profile, { recursive: true, force: true, maxRetries: 3 });
  }
}

export class Page {
  constructor(browser, sessionId) {
    this.browser = browser;
    this.sessionId = sessionId;
    /** Dialogs the page opened (alert, confirm), uncaught exceptions, and anything the CSP blocked: all must stay empty. */
    this.dialogs = [];
    this.exceptions = [];
    this.policyViolations = [];
    /** Every console and log message, for diagnostics. */
    this.log = [];
  }

  send(method, params = {}, timeoutMs = 15_000) {
    return this.browser.send(method, params, this.sessionId, timeoutMs);
  }

  event({ method, params }) {
    if (method === 'Page.javascriptDialogOpening') {
      this.dialogs.push(params.message);
      this.send('Page.handleJavaScriptDialog', { accept: true }).catch(() => {});
    } else if (method === 'Runtime.exceptionThrown') {
      this.exceptions.push(params.exceptionDetails?.exception?.description ?? params.exceptionDetails?.text ?? 'exception');
    } else if (method === 'Runtime.consoleAPICalled') {
      this.log.push(`console.${params.type}: ${params.args.map((a) => a.value ?? a.description ?? '').join(' ')}`);
    } else if (method === 'Log.entryAdded') {
      const text = `${params.entry.level}: ${params.entry.text}`;
      this.log.push(text);
      if (/Content Security Policy/i.test(params.entry.text)) this.policyViolations.push(text);
    }
  }

  /** Loads `url` and waits for the load event. */
  async goto(url, timeoutMs = 15_000) {
    await this.send('Page.navigate', { url }, timeoutMs);
    await this.waitFor('document.readyState === "complete"', { timeoutMs, what: `load ${url}` });
  }

  /** Reloads the page and waits until the new document has loaded. */
  async reload(timeoutMs = 15_000) {
    await this.eval('window.__beforeReload = true');
    await this.send('Page.reload', {}, timeoutMs);
    await this.waitFor('!window.__beforeReload && document.readyState === "complete"', { timeoutMs, what: 'reload' });
  }

  /** Evaluates an expression in the page and returns its (JSON) value. */
  async eval(expression) {
    const { result, exceptionDetails } = await this.send('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true });
    if (exceptionDetails) throw new Error(`${expression}: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    return result.value;
  }

  /** Waits until `expression` is truthy in the page; returns its value. */
  async waitFor(expression, { timeoutMs = 10_000, what = expression } = {}) {
    const deadline = Date.now() + timeoutMs;
    let last;
    while (Date.now() < deadline) {
      try {
        last = await this.eval(expression);
        if (last) return last;
      } catch (error) {
        last = String(error);
      }
      await sleep(50);
    }
    throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}; last value: ${JSON.stringify(last)}`);
  }

  /** The trimmed text of the first element matching `css`, or null. */
  text(css) {
    return this.eval(`document.querySelector(${JSON.stringify(css)})?.textContent.trim() ?? null`);
  }

  /** Waits for `css` to be present, then clicks it like a tap (a real mouse event at its centre). */
  async click(css, timeoutMs = 10_000) {
    const box = await this.waitFor(
      `(() => { const e = document.querySelector(${JSON.stringify(css)}); if (!e || e.disabled) return null;
        e.scrollIntoView({ block: 'center' }); const r = e.getBoundingClientRect();
        return r.width > 0 && r.height > 0 ? { x: r.x + r.width / 2, y: r.y + r.height / 2 } : null; })()`,
      { timeoutMs, what: `clickable ${css}` },
    );
    for (const type of ['mousePressed', 'mouseReleased']) {
      await this.send('Input.dispatchMouseEvent', { type, x: box.x, y: box.y, button: 'left', clickCount: 1 });
    }
  }

  /** Focuses `css`, clears it, and types `text` as keyboard input. */
  async type(css, text, timeoutMs = 10_000) {
    await this.waitFor(`(() => { const e = document.querySelector(${JSON.stringify(css)}); if (!e) return false;
      e.focus(); e.select?.(); return document.activeElement === e; })()`, { timeoutMs, what: `input ${css}` });
    await this.send('Input.dispatchKeyEvent', { type: 'keyDown', key: 'Backspace', code: 'Backspace', windowsVirtualKeyCode: 8 });
    await this.send('Input.dispatchKeyEvent', { type: 'keyUp', key: 'Backspace', code: 'Backspace', windowsVirtualKeyCode: 8 });
    await this.send('Input.insertText', { text });
  }
}
