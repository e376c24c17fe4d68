// axe-core injected through WebDriver into the real window (it runs under the app's CSP), shared by
// the accessibility checks of every screen.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * The serious and critical violations axe finds on the page `app` shows now, one line each. With
 * `enhancedContrast`, text must also reach WCAG AAA contrast (7:1, 4.5:1 for large text), a rule axe
 * leaves off by default; presenter mode is read from the back of a classroom. `alsoRules` names
 * rules of lesser impact that must not fire either (e.g. `region`: all content inside landmarks);
 * `allImpacts` reports every violation, minor and moderate ones too.
 */
export async function axeViolations(app, { enhancedContrast = false, alsoRules = [], allImpacts = false } = {}) {
  await app.execute(`${AXE}; return true;`);
  const script = `const done = arguments[arguments.length - 1];
    const options = { resultTypes: ['violations'], rules: { 'color-contrast-enhanced': { enabled: arguments[0] } } };
    axe.run(document, options)
      .then((r) => done(r.violations.filter((v) => arguments[2] || v.impact === 'serious' || v.impact === 'critical' || v.id === 'color-contrast-enhanced' || arguments[1].includes(v.id))
        .map((v) => v.id + ' @ ' + v.nodes.map((n) => n.target.join(' ')).join(', '))), (e) => done(['axe failed: ' + e]));`;
  return app.request('POST', '/execute/async', { script, args: [enhancedContrast, alsoRules, allImpacts] });
}

/**
 * The serious and critical violations in the light and in the dark theme, each line prefixed with
 * its theme; the page's own theme is put back afterwards.
 */
export async function axeViolationsInBothThemes(app) {
  const chosen = await app.execute('return document.documentElement.dataset.theme ?? null;');
  const found = [];
  for (const theme of ['light', 'dark']) {
    await app.execute(`document.documentElement.dataset.theme = arguments[0]`, [theme]);
    for (const violation of await axeViolations(app)) found.push(`${theme}: ${violation}`);
  }
  await app.execute(`if (arguments[0] === null) delete document.documentElement.dataset.theme; else document.documentElement.dataset.theme = arguments[0];`, [chosen]);
  return found;
}
