// A worksheet as a teacher prints it: `cronica export worksheet` writes the page, headless Chromium
// prints it to PDF (A4 and Letter), and the PDF's text (pdftotext) shows the questions on the first
// pages, the answer key starting a page of its own after them, and no question cut at a page edge.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CHROMIUM, CRONICA_CLI } from '../helpers/paths.mjs';

const ENTITIES = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
const unescape = (html) => html.replace(/&(amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e]);
const words = (text) => text.replace(/\s+/g, ' ').trim();

/** The worksheet's HTML and the text of each page of its PDF on `paper`. */
function printed(args, paper) {
  const dir = mkdtempSync(path.join(tmpdir(), 'cronica-worksheet-'));
  const html = path.join(dir, 'hoja.html');
  execFileSync(CRONICA_CLI, ['export', 'worksheet', ...args, '--out', html], { stdio: ['ignore', 'ignore', 'pipe'] });
  // The page's own @page rule leaves the paper to the printer; the test picks one.
  const page = path.join(dir, `hoja-${paper}.html`);
  writeFileSync(page, readFileSync(html, 'utf8').replace('<style>', `<style>@page { size: ${paper}; }`));
  const pdf = path.join(dir, 'hoja.pdf');
  execFileSync(CHROMIUM, [
    '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run', `--user-data-dir=${path.join(dir, 'profile')}`, '--no-pdf-header-footer',
    `--print-to-pdf=${pdf}`, `file://${page}`,
  ], { timeout: 120_000, stdio: ['ignore', 'ignore', 'ignore'] });
  const pages = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).split('\f').filter((p) => p.trim() !== '');
  return { html: readFileSync(html, 'utf8'), pages };
}

for (const [lang, keyHeading, paper] of [['es', 'Pauta de respuestas', 'A4'], ['en', 'Answer key', 'letter']]) {
  test(`a chapter's worksheet prints with its key after a page break (${lang}, ${paper})`, () => {
    const { html, pages } = printed(['--chapter', 'golpe-1973', '--lang', lang], paper);
    const prompts = [...html.matchAll(/<p class="prompt">(.*?)<\/p>/g)].map((m) => words(unescape(m[1])));
    assert.ok(prompts.length >= 20, `the chapter's questions: ${prompts.length}`);
    assert.ok(pages.length >= 3, `several pages: ${pages.length}`);

    const keyPage = pages.findIndex((p) => p.includes(keyHeading));
    assert.ok(keyPage > 0, 'the key comes after the questions');
    assert.ok(words(pages[keyPage]).startsWith(keyHeading), 'the key starts its own page');
    const questionPages = pages.slice(0, keyPage).map(words);
    for (const prompt of prompts) {
      // Whole on one page: a prompt cut at a page edge would be found on none.
      assert.ok(questionPages.some((p) => p.includes(prompt)), `on one page before the key: ${prompt}`);
      assert.ok(!pages.slice(keyPage).some((p) => words(p).includes(prompt)), `not among the key's pages: ${prompt}`);
    }
    const key = words(pages.slice(keyPage).join(' '));
    assert.ok(key.includes(`${prompts.length}.`), 'the key has a line per question');
  });
}

test('each version of a worksheet has its own option order and its own key', () => {
  const first = printed(['--chapter', 'golpe-1973', '--variant', '1'], 'A4').html;
  const second = printed(['--chapter', 'golpe-1973', '--variant', '2'], 'A4').html;
  assert.notEqual(first, second);
  assert.match(first, /Versión 1/);
  assert.match(second, /Versión 2/);
});
