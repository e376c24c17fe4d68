// axe-core injected through WebDriver into the real window (it runs under the app's CSP), shared by
// the accessibility checks of every screen.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The serious and critical violations axe finds on the page `app` shows now, one line each. */
export async function axeViolations(app) {
  await app.execute(`${AXE}; return true;`);
  const script = `const done = arguments[arguments.length - 1];
    axe.run(document, { resultTypes: ['violations'] })
      .then((r) => done(r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => v.id + ' @ ' + v.nodes.map((n) => n.target.join(' ')).join(', '))), (e) => done(['axe failed: ' + e]));`;
  return app.request('POST', '/execute/async', { script, args: [] });
}
