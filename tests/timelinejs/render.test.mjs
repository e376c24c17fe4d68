// Renders `cronica export timeline` output with the real TimelineJS3 library in headless
// Chromium: one slide per event plus the title slide, every era drawn, and no script errors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CHROMIUM, CRONICA_CLI, ROOT } from '../helpers/paths.mjs';

const TIMELINE_DIST = path.join(ROOT, 'tests', 'node_modules', '@knight-lab', 'timelinejs', 'dist');

function pageFor(data) {
  // `<` is escaped so the JSON cannot close the script element.
  const json = JSON.stringify(data).replace(/</g, '\\u003c');
  return `<!doctype html><html><head><meta charset="utf-8">
<link rel="stylesheet" href="file://${TIMELINE_DIST}/css/timeline.css">
<script src="file://${TIMELINE_DIST}/js/timeline.js"></script></head>
<body><div id="timeline" style="width:1200px;height:700px"></div><pre id="result">pending</pre>
<script>
  const errors = [];
  window.addEventListener('error', (e) => errors.push(String(e.message)));
  const originalError = console.error;
  console.error = (...args) => { errors.push(args.map(String).join(' ')); originalError(...args); };
  const report = () => {
    document.getElementById('result').textContent = JSON.stringify({
      errors,
      slides: document.querySelectorAll('.tl-slide').length,
      markers: document.querySelectorAll('.tl-timemarker').length,
      eras: document.querySelectorAll('.tl-timeera').length,
      headlines: [...document.querySelectorAll('.tl-slide .tl-headline')].slice(0, 3).map((h) => h.textContent),
    });
  };
  try {
    const timeline = new TL.Timeline('timeline', ${json});
    timeline.on('loaded', () => setTimeout(report, 500));
  } catch (e) {
    errors.push(String(e));
    report();
  }
</script></body></html>`;
}

function render(data) {
  const dir = mkdtempSync(path.join(tmpdir(), 'cronica-tljs-'));
  const page = path.join(dir, 'page.html');
  writeFileSync(page, pageFor(data));
  const dom = execFileSync(CHROMIUM, [
    '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run', `--user-data-dir=${path.join(dir, 'profile')}`, '--allow-file-access-from-files',
    '--virtual-time-budget=20000', '--dump-dom', `file://${page}`,
  ], { encoding: 'utf8', timeout: 120_000, stdio: ['ignore', 'pipe', 'ignore'] });
  const match = dom.match(/<pre id="result">([\s\S]*?)<\/pre>/);
  assert.ok(match, 'the page reported a result');
  const text = match[1].replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  assert.notEqual(text, 'pending', 'TimelineJS finished loading');
  return JSON.parse(text);
}

for (const lang of ['es', 'en']) {
  test(`the ${lang} timeline export renders in TimelineJS3`, () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cronica-export-'));
    const out = path.join(dir, `timeline-${lang}.json`);
    execFileSync(CRONICA_CLI, ['--data', path.join(ROOT, 'data'), 'export', 'timeline', '--lang', lang, '--out', out], { stdio: 'pipe' });
    const data = JSON.parse(readFileSync(out, 'utf8'));
    assert.ok(data.events.length >= 25, `at least 25 events, found ${data.events.length}`);

    const result = render(data);
    assert.deepEqual(result.errors, [], 'no script errors');
    assert.equal(result.slides, data.events.length + 1, 'one slide per event plus the title slide');
    assert.equal(result.markers, data.events.length, 'one time marker per event');
    assert.equal(result.eras, data.eras.length, 'every era is drawn');
  });
}
