// Launch benchmark (not a test): time from asking WebDriver to start the app until the home
// page's first content is on screen, and the resident memory of the running app. Run under Xvfb:
//   xvfb-run -a node tests/e2e/bench-launch.mjs [runs]
// The time includes WebKitWebDriver's own session set-up, so it is an upper bound.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { APP_BINARY } from '../helpers/paths.mjs';
import { Driver, makeHome } from './harness.mjs';

const runs = Number(process.argv[2] ?? 5);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function rssKiB(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(status.match(/VmRSS:\s+(\d+)/)?.[1] ?? 0);
}

function descendants(pid) {
  let out = [];
  try {
    const children = execFileSync('pgrep', ['-P', String(pid)], { encoding: 'utf8' }).split('\n').filter(Boolean).map(Number);
    for (const child of children) out = out.concat(child, descendants(child));
  } catch {
    // pgrep exits 1 when there are no children.
  }
  return out;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const firstContent = [];
const appRss = [];
const totalRss = [];

for (let i = 0; i < runs; i += 1) {
  const driver = await Driver.start(makeHome(), 4474);
  await sleep(500); // let tauri-driver listen, so its start-up is not counted
  const t0 = performance.now();
  const app = await driver.launch();
  await app.waitFor('[data-testid="home-title"]', { timeoutMs: 30_000, predicate: (t) => t.length > 0 });
  firstContent.push(performance.now() - t0);
  await sleep(3000); // steady state after the first screen
  const pid = Number(execFileSync('pgrep', ['-n', '-f', APP_BINARY], { encoding: 'utf8' }).trim());
  const own = rssKiB(pid);
  const all = own + descendants(pid).reduce((sum, child) => sum + rssKiB(child), 0);
  appRss.push(own);
  totalRss.push(all);
  await app.quit();
  await driver.stop();
}

const fmt = (xs, unit, scale = 1) => `median ${(median(xs) / scale).toFixed(1)} ${unit} (min ${(Math.min(...xs) / scale).toFixed(1)}, max ${(Math.max(...xs) / scale).toFixed(1)})`;
console.log(`runs: ${runs}`);
console.log(`first content on screen: ${fmt(firstContent, 'ms')}`);
console.log(`resident memory, app process: ${fmt(appRss, 'MiB', 1024)}`);
console.log(`resident memory, app + WebKit processes: ${fmt(totalRss, 'MiB', 1024)}`);
