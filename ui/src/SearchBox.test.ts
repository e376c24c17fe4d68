// The header's search box in the whole app: the shortcuts that reach it, searching as you type
// (one history entry, the newest answer wins), and the keyboard between the box and the results.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import type { Lang, SearchResults, Settings } from './lib/backend';
import { answerCommands, callsOf, type Handler } from './test/backendMock';
import { chapterSummaries, home } from './test/fixtures';
import { copper, nothingButSuggestions, single } from './test/searchFixtures';
import { followHash } from './lib/app/currentRoute.svelte';
import './test/preloadScreens';
import App from './App.svelte';

vi.mock('@tauri-apps/api/core', () => ({ invoke: vi.fn() }));

const settings: Settings = { language: 'es', theme: 'light', textSize: 'medium' };

function backendWith(search: Handler) {
  return answerCommands({
    get_settings: () => settings,
    startup_notices: () => [],
    user_data_status: () => 'saved',
    home: (args) => home(args.lang as Lang),
    list_chapters: () => chapterSummaries,
    search,
  });
}

async function showApp(search: Handler = () => copper): Promise<HTMLInputElement> {
  backendWith(search);
  render(App);
  await screen.findByTestId('home-title');
  return screen.getByRole('searchbox', { name: 'Buscar en Crónica' }) as HTMLInputElement;
}

/** Types `text` into the box as the input event of one key would leave it. */
async function typeInto(box: HTMLInputElement, text: string): Promise<void> {
  box.focus();
  await fireEvent.input(box, { target: { value: text } });
}

let extra: HTMLElement | null = null;

beforeEach(() => {
  window.location.hash = '#/';
  // The route is module state: read the new address now, not the last test's.
  followHash()();
});

afterEach(() => {
  extra?.remove();
  extra = null;
});

describe('the search box', () => {
  it('is in the header, labelled, with its shortcuts announced', async () => {
    const box = await showApp();
    expect(box.closest('header')).toBeTruthy();
    expect(box.closest('[role="search"]')).toBeTruthy();
    expect(box.getAttribute('aria-keyshortcuts')).toBe('/ Control+K Meta+K');
    expect(box.placeholder).toBe('Buscar…');
  });

  it('"/" puts focus in the box from anywhere but a field being typed in', async () => {
    const box = await showApp();
    await fireEvent.keyDown(document.body, { key: '/' });
    expect(document.activeElement).toBe(box);

    for (const html of ['<input type="text">', '<textarea></textarea>', '<div contenteditable="true" tabindex="0"></div>']) {
      extra?.remove();
      extra = document.createElement('div');
      extra.innerHTML = html;
      document.body.append(extra);
      const field = extra.firstElementChild as HTMLElement;
      field.focus();
      const event = new KeyboardEvent('keydown', { key: '/', bubbles: true, cancelable: true });
      field.dispatchEvent(event);
      expect(document.activeElement, html).toBe(field);
      expect(event.defaultPrevented, html).toBe(false);
    }
  });

  it('"/" from a link or button still opens the box, and is not typed into it', async () => {
    const box = await showApp();
    const link = screen.getByTestId('nav-chapters');
    link.focus();
    const event = new KeyboardEvent('keydown', { key: '/', bubbles: true, cancelable: true });
    link.dispatchEvent(event);
    expect(document.activeElement).toBe(box);
    expect(event.defaultPrevented).toBe(true);
  });

  it('Ctrl+K and Cmd+K put focus in the box, even from another field', async () => {
    const box = await showApp();
    extra = document.createElement('input');
    document.body.append(extra);
    extra.focus();
    await fireEvent.keyDown(extra, { key: 'k', ctrlKey: true });
    expect(document.activeElement).toBe(box);
    extra.focus();
    await fireEvent.keyDown(extra, { key: 'K', metaKey: true });
    expect(document.activeElement).toBe(box);
    // Other keys and combinations are left alone.
    extra.focus();
    await fireEvent.keyDown(extra, { key: 'k' });
    await fireEvent.keyDown(document.body, { key: 'k', ctrlKey: true, altKey: true });
    expect(document.activeElement).toBe(extra);
  });

  it('searches as you type: one history entry, and the box keeps focus', async () => {
    const box = await showApp();
    const before = history.length;
    await typeInto(box, 'nacio');
    await waitFor(() => expect(window.location.hash).toBe('#/search?q=nacio'));
    expect(history.length).toBe(before + 1);
    expect(await screen.findByTestId('search-group-event')).toBeTruthy();
    expect(document.activeElement).toBe(box);

    await typeInto(box, 'nacionalizacion del');
    await typeInto(box, 'nacionalizacion del cobre');
    await waitFor(() => expect(window.location.hash).toBe('#/search?q=nacionalizacion+del+cobre'));
    expect(history.length).toBe(before + 1);
    expect(document.activeElement).toBe(box);
    // Keys typed within the pause make one search.
    expect(callsOf('search').map((c) => c.query)).toEqual(['nacio', 'nacionalizacion del cobre']);
    expect(document.title).toBe('Búsqueda: nacionalizacion del cobre — Crónica');
  });

  it('shows only the answer to the newest search when an older one is slower', async () => {
    const answers = new Map<string, (results: SearchResults) => void>();
    const box = await showApp((args) => new Promise((resolve) => answers.set(args.query as string, resolve)));
    await typeInto(box, 'pin');
    await waitFor(() => expect(answers.has('pin')).toBe(true));
    await typeInto(box, 'pinochet');
    await waitFor(() => expect(answers.has('pinochet')).toBe(true));

    answers.get('pinochet')!(single('figure', 'Augusto Pinochet Ugarte', 'augusto-pinochet'));
    await waitFor(() => expect(screen.getByTestId('search-status').textContent).toBe('1 resultado para «pinochet»'));
    answers.get('pin')!(single('event', 'Pinochet asume', 'pinochet-asume'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(screen.getByTestId('search-status').textContent).toBe('1 resultado para «pinochet»');
    expect(screen.queryByText('Pinochet asume')).toBeNull();
  });

  it('ArrowDown goes from the box to the first result, ArrowUp back, Enter follows the link', async () => {
    const box = await showApp();
    await typeInto(box, 'cobre');
    const events = await screen.findByTestId('search-group-event');
    await waitFor(() => expect(screen.getByTestId('search-results').getAttribute('aria-busy')).toBe('false'));
    await fireEvent.keyDown(box, { key: 'ArrowDown' });
    const first = events.querySelector('a')!;
    expect(document.activeElement).toBe(first);
    await fireEvent.keyDown(first, { key: 'ArrowDown' });
    expect(document.activeElement?.getAttribute('href')).toBe('#/events/chilenizacion-del-cobre');
    await fireEvent.keyDown(document.activeElement!, { key: 'ArrowUp' });
    await fireEvent.keyDown(document.activeElement!, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(box);
    // Results are plain links: Enter on one is a click, and Tab reaches them in order.
    expect(first.tagName).toBe('A');
    expect(first.getAttribute('tabindex')).toBeNull();
  });

  it('ArrowDown pressed before the results arrive moves to them when they do', async () => {
    let release: (results: SearchResults) => void = () => {};
    const box = await showApp((args) => (args.query === 'cobre' ? new Promise((resolve) => (release = resolve)) : copper));
    await typeInto(box, 'cobre');
    await fireEvent.keyDown(box, { key: 'ArrowDown' });
    await waitFor(() => expect(callsOf('search')).toHaveLength(1));
    expect(document.activeElement).toBe(box);
    release(copper);
    await waitFor(() => expect(document.activeElement?.getAttribute('href')).toBe('#/events/nacionalizacion-del-cobre'));
  });

  it('reaches the suggestions with ArrowDown when nothing was found', async () => {
    const box = await showApp(() => nothingButSuggestions);
    await typeInto(box, 'pinoshet');
    await waitFor(() => expect(screen.getByTestId('search-status').textContent).toBe('No se encontró nada para «pinoshet».'));
    await fireEvent.keyDown(box, { key: 'ArrowDown' });
    expect(document.activeElement?.textContent).toBe('Augusto Pinochet Ugarte');
  });

  it('Escape clears the box, then gives focus back', async () => {
    const box = await showApp();
    const link = screen.getByTestId('nav-chapters');
    link.focus();
    await fireEvent.keyDown(link, { key: 'k', ctrlKey: true });
    expect(document.activeElement).toBe(box);
    await typeInto(box, 'cobre');
    await waitFor(() => expect(window.location.hash).toBe('#/search?q=cobre'));
    await fireEvent.keyDown(box, { key: 'Escape' });
    expect(box.value).toBe('');
    expect(window.location.hash).toBe('#/search');
    expect(document.activeElement).toBe(box);
    await fireEvent.keyDown(box, { key: 'Escape' });
    expect(document.activeElement).toBe(link);
  });

  it('Escape before the pause is over drops the search', async () => {
    const box = await showApp();
    await typeInto(box, 'cob');
    await fireEvent.keyDown(box, { key: 'Escape' });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(window.location.hash).toBe('#/');
    expect(callsOf('search')).toEqual([]);
  });

  it('Enter searches at once', async () => {
    const box = await showApp();
    await typeInto(box, 'cobre');
    await fireEvent.submit(box.form!);
    expect(window.location.hash).toBe('#/search?q=cobre');
  });

  it('refills the box from the address and empties it on other screens', async () => {
    window.location.hash = '#/search?q=allende';
    const box = await (async () => {
      backendWith(() => copper);
      render(App);
      return (await screen.findByRole('searchbox')) as HTMLInputElement;
    })();
    await screen.findByTestId('search-group-event');
    expect(box.value).toBe('allende');
    expect(callsOf('search')).toEqual([{ lang: 'es', query: 'allende' }]);
    window.location.hash = '#/chapters';
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await waitFor(() => expect(box.value).toBe(''));
    window.location.hash = '#/search?q=cobre';
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await waitFor(() => expect(box.value).toBe('cobre'));
  });

  it('puts a pasted page in the address only as far as the backend reads', async () => {
    const box = await showApp();
    await typeInto(box, 'golpe '.repeat(100));
    await waitFor(() => expect(callsOf('search')).toHaveLength(1));
    expect(Array.from(callsOf('search')[0]!.query as string)).toHaveLength(200);
  });

  it('is not shown in presenter mode, and its shortcuts do nothing there', async () => {
    window.location.hash = '#/teacher/quiz/q1/present';
    answerCommands({
      get_settings: () => settings,
      startup_notices: () => [],
      user_data_status: () => 'saved',
    });
    render(App);
    await waitFor(() => expect(screen.queryByTestId('presenter')).toBeTruthy());
    expect(screen.queryByRole('searchbox')).toBeNull();
  });
});
