// Finding people, terms and perspectives on the real window: the figures list files people by
// surname under the names they go by ("Sebastián Piñera" under P, "Michelle Bachelet" under B),
// reached through the letter index; a period filter narrows it; the glossary's A–Z index jumps to
// a letter (letters with no term are shown disabled); the home screen's perspectives count opens
// the perspectives index, and from there one perspective.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { byId, Driver, makeHome, withScreenshot } from './harness.mjs';

let driver;
let app;

/** Names shown in one letter group of the figures list, in order. */
async function namesUnder(letter) {
  await app.waitFor(byId(`figures-group-${letter}`));
  return app.execute(
    'return [...document.querySelector(arguments[0]).querySelectorAll(".figure-card-name")].map((a) => a.textContent)',
    [byId(`figures-group-${letter}`)],
  );
}

/** Follows a letter of an index and checks that focus and the view moved to that letter's heading. */
async function jumpTo(list, letter) {
  await app.click(byId(`${list}-letter-${letter}`));
  await app.waitUntil(async () => (await app.execute('return document.activeElement?.textContent')) === letter, {
    what: `focus on the heading ${letter}`,
  });
  assert.equal(await app.execute('return document.activeElement.tagName'), 'H2');
  const top = await app.execute('return document.activeElement.getBoundingClientRect().top');
  assert.ok(top >= 0 && top < 200, `the heading ${letter} is scrolled to the top (at ${top}px)`);
}

before(async () => {
  driver = await Driver.start(makeHome(), 4674);
  app = await driver.launch();
  await app.waitFor(byId('home-title'), { timeoutMs: 30_000, predicate: (t) => t.length > 0 });
});

after(async () => {
  await app?.quit().catch(() => {});
  await driver?.stop();
});

test('figures are filed by surname under the names people use, reached by the letter index', () =>
  withScreenshot(() => app, 'people-figures', async () => {
    await app.click(byId('nav-figures'));
    await app.waitFor(byId('figures-letters'));

    await jumpTo('figures', 'P');
    const p = await namesUnder('P');
    assert.ok(p.includes('Sebastián Piñera'), `Sebastián Piñera under P: ${p.join(', ')}`);
    assert.ok(p.indexOf('Augusto Pinochet') < p.indexOf('Sebastián Piñera'), 'Pinochet before Piñera (n before ñ)');
    assert.match(await app.text(await app.waitFor(byId('figure-item-sebastian-pinera'))), /Presidente de la República \(2010–2014, 2018–2022\)/);

    await jumpTo('figures', 'B');
    assert.ok((await namesUnder('B')).includes('Michelle Bachelet'));
    assert.match(await app.text(await app.waitFor(byId('figure-item-michelle-bachelet'))), /Presidenta de la República \(2006–2010, 2014–2018\)/);
    assert.ok((await namesUnder('E')).includes('Álvaro Elizalde'), 'Álvaro Elizalde is filed by surname, under E');
    const whole = await app.text(await app.waitFor('main'));
    assert.ok(!whole.includes('Verónica Michelle Bachelet Jeria'), 'the list shows the names people use, not legal names');
    assert.equal(await app.execute('return document.querySelector(arguments[0]).tagName', [byId('figures-letter-U')]), 'SPAN', 'no figure under U');

    await app.click(`${byId('figure-item-sebastian-pinera')} a`);
    await app.waitFor(byId('figure-name'), { predicate: (t) => t === 'Sebastián Piñera' });
    assert.equal(await app.text(await app.waitFor(byId('figure-full-name'))), 'Nombre completo: Miguel Juan Sebastián Piñera Echenique');
    assert.equal(await app.execute('return document.title'), 'Sebastián Piñera — Crónica');
  }));

test('the figures list filters by period and by office', () =>
  withScreenshot(() => app, 'people-filters', async () => {
    await app.click(byId('nav-figures'));
    const count = async () => app.text(await app.waitFor(byId('figures-count')));
    await app.waitFor(byId('figure-item-michelle-bachelet'));
    const all = Number((await count()).split(' ')[0]);
    assert.ok(all >= 80, `every figure is listed, ${all}`);

    await app.select(byId('figures-era'), 'unidad-popular');
    await app.waitUntil(async () => Number((await count()).split(' ')[0]) < all, { what: 'the filtered list' });
    assert.equal((await app.findAll(byId('figure-item-michelle-bachelet'))).length, 0, 'Bachelet held no office under Popular Unity');
    await app.waitFor(byId('figure-item-salvador-allende'));
    await app.waitFor(byId('figure-item-carlos-prats'));

    await app.select(byId('figures-office'), 'president');
    await app.waitUntil(async () => (await app.findAll(byId('figure-item-carlos-prats'))).length === 0, { what: 'Prats filtered out' });
    await app.waitFor(byId('figure-item-salvador-allende'));
    const shown = Number((await count()).split(' ')[0]);
    assert.ok(shown >= 1 && shown < 10, `a few presidents in that period, ${shown}`);

    await app.click(byId('figures-clear'));
    await app.waitUntil(async () => Number((await count()).split(' ')[0]) === all, { what: 'the whole list again' });
  }));

test('the glossary has an A–Z index that jumps to a letter', () =>
  withScreenshot(() => app, 'people-glossary', async () => {
    await app.click(byId('nav-glossary'));
    await app.waitFor(byId('glossary-letters'));
    assert.equal(await app.execute('return document.querySelector(arguments[0]).tagName', [byId('glossary-letter-K')]), 'SPAN', 'no term under K');
    assert.equal(await app.execute('return document.querySelector(arguments[0]).getAttribute("aria-disabled")', [byId('glossary-letter-K')]), 'true');
    await jumpTo('glossary', 'T');
    const first = await app.execute(`return document.querySelector('${byId('glossary-group-T')} dt').textContent`);
    assert.match(first, /^T/);
    assert.equal(await app.execute('return location.hash'), '#/glossary', 'the jump stays on the glossary');
  }));

test('the home screen opens the perspectives index, and the index a perspective', () =>
  withScreenshot(() => app, 'people-perspectives', async () => {
    await app.click(byId('nav-home'));
    await app.click(byId('home-count-perspectives'));
    await app.waitFor(byId('perspective-list'));
    assert.equal(await app.execute('return location.hash'), '#/perspectives');
    const items = await app.findAll('[data-testid^="perspective-item-"]');
    assert.equal(items.length, 19, 'the 19 perspectives');
    await app.click(`${byId('perspective-item-causas-del-golpe')} h2 a`);
    await app.waitFor(byId('perspective-title'), { predicate: (t) => t.length > 0 });
    assert.equal(await app.execute('return location.hash'), '#/perspectives/causas-del-golpe');
    assert.ok((await app.findAll('.perspective-view')).length >= 2, 'its attributed views');
  }));
