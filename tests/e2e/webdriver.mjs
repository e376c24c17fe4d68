// A small W3C WebDriver client over fetch: just what the end-to-end tests need, no dependencies.

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export class WebDriverError extends Error {}

export class Session {
  constructor(baseUrl, id) {
    this.baseUrl = baseUrl;
    this.id = id;
  }

  /** Opens a session, retrying while the driver is still starting up. */
  static async start(baseUrl, capabilities, { timeoutMs = 60_000 } = {}) {
    const deadline = Date.now() + timeoutMs;
    let lastError;
    while (Date.now() < deadline) {
      try {
        const value = await call(baseUrl, 'POST', '/session', { capabilities: { alwaysMatch: capabilities } });
        return new Session(baseUrl, value.sessionId);
      } catch (error) {
        lastError = error;
        await sleep(250);
      }
    }
    throw new WebDriverError(`no WebDriver session within ${timeoutMs} ms: ${lastError}`);
  }

  request(method, path, body) {
    return call(this.baseUrl, method, `/session/${this.id}${path}`, body);
  }

  async quit() {
    await this.request('DELETE', '');
  }

  async findAll(css) {
    const found = await this.request('POST', '/elements', { using: 'css selector', value: css });
    return found.map((e) => e[ELEMENT]);
  }

  /** Waits until `css` matches a displayed element (and `predicate(text)` holds, if given). */
  async waitFor(css, { timeoutMs = 15_000, predicate } = {}) {
    const deadline = Date.now() + timeoutMs;
    let seen = '(nothing)';
    while (Date.now() < deadline) {
      for (const element of await this.findAll(css)) {
        try {
          if (!(await this.request('GET', `/element/${element}/displayed`))) continue;
          const text = await this.text(element);
          seen = JSON.stringify(text);
          if (!predicate || predicate(text)) return element;
        } catch {
          // The element went away while we looked at it; look again.
        }
      }
      await sleep(100);
    }
    throw new WebDriverError(`timed out waiting for ${css}; last text seen: ${seen}`);
  }

  async waitUntil(condition, { timeoutMs = 15_000, what = 'condition' } = {}) {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (await condition()) return;
      await sleep(100);
    }
    throw new WebDriverError(`timed out waiting for ${what}`);
  }

  text(element) {
    return this.request('GET', `/element/${element}/text`);
  }

  attribute(element, name) {
    return this.request('GET', `/element/${element}/attribute/${name}`);
  }

  property(element, name) {
    return this.request('GET', `/element/${element}/property/${name}`);
  }

  async click(css) {
    const element = await this.waitFor(css);
    await this.request('POST', `/element/${element}/click`, {});
    return element;
  }

  async type(css, text) {
    const element = await this.waitFor(css);
    await this.request('POST', `/element/${element}/clear`, {});
    await this.request('POST', `/element/${element}/value`, { text });
  }

  /** Chooses `value` in a <select> the way a user does: by clicking its option. */
  async select(css, value) {
    await this.waitFor(css);
    await this.click(`${css} option[value="${value}"]`);
  }

  /** Presses one key (a WebDriver key code such as '\uE004' for Tab) on the focused element. */
  async press(key) {
    const actions = [{ type: 'keyDown', value: key }, { type: 'keyUp', value: key }];
    await this.request('POST', '/actions', { actions: [{ type: 'key', id: 'keyboard', actions }] });
  }

  /** The data-testid (or tag name) of the focused element. */
  focused() {
    return this.execute('const e = document.activeElement; return e ? (e.dataset.testid || e.tagName.toLowerCase()) : null;');
  }

  execute(script, args = []) {
    return this.request('POST', '/execute/sync', { script, args });
  }

  async screenshot() {
    return Buffer.from(await this.request('GET', '/screenshot'), 'base64');
  }
}

async function call(baseUrl, method, path, body) {
  // No WebDriver command takes minutes; a driver that stops answering fails the test instead of hanging it.
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(120_000),
  });
  const json = await response.json().catch(() => ({}));
  if (!response.ok) {
    const detail = json.value ? `${json.value.error}: ${json.value.message}` : response.statusText;
    throw new WebDriverError(`${method} ${path} → ${response.status} ${detail}`);
  }
  return json.value;
}
