import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { waitFor } from '@testing-library/svelte';
import { currentRoute, followHash, navigate, replaceRoute } from './currentRoute.svelte';
import { entryStamp, goBack, historyPlace, restoreScroll, takeReturnOffset } from './history.svelte';
import { historyKeyAction, historyMouseAction } from './historyInput';

/** jsdom has no layout: the scroll offset and the page height are set by hand. */
function scrollTo(offset: number): void {
  Object.defineProperty(window, 'scrollY', { value: offset, configurable: true, writable: true });
}
function pageHeight(height: number): void {
  Object.defineProperty(document.documentElement, 'scrollHeight', { value: height, configurable: true });
}

let stop = (): void => {};
beforeEach(() => {
  window.location.hash = '#/';
  stop = followHash();
  takeReturnOffset();
  scrollTo(0);
});
afterEach(() => {
  stop();
  vi.restoreAllMocks();
});

describe('history places', () => {
  it('stamps each new entry, keeps the offset left behind and gives it back on Back and Forward', async () => {
    navigate({ name: 'chapter', id: 'golpe-1973', section: null });
    const chapterAt = historyPlace.index;
    expect(entryStamp()).toBe(chapterAt);
    expect(historyPlace.canGoBack).toBe(true);
    expect(takeReturnOffset()).toBeNull();

    scrollTo(6_420);
    navigate({ name: 'figure', id: 'salvador-allende' });
    expect(historyPlace.index).toBe(chapterAt + 1);
    expect(historyPlace.canGoForward).toBe(false);
    expect(takeReturnOffset()).toBeNull();

    scrollTo(300);
    history.back();
    await waitFor(() => expect(currentRoute.route.name).toBe('chapter'));
    expect(historyPlace.index).toBe(chapterAt);
    expect(historyPlace.canGoForward).toBe(true);
    expect(takeReturnOffset()).toBe(6_420);
    expect(takeReturnOffset()).toBeNull();

    history.forward();
    await waitFor(() => expect(currentRoute.route.name).toBe('figure'));
    expect(takeReturnOffset()).toBe(300);
  });

  it('keeps the offset left as it was at popstate, before the webview scrolls on its own', async () => {
    navigate({ name: 'chapter', id: 'golpe-1973', section: null });
    navigate({ name: 'figure', id: 'augusto-pinochet' });
    history.back();
    await waitFor(() => expect(currentRoute.route.name).toBe('chapter'));
    takeReturnOffset();
    // WebKitGTK moves the page between popstate and hashchange; here, a listener after ours does.
    scrollTo(8_000);
    const webviewScrolls = (): void => scrollTo(0);
    window.addEventListener('popstate', webviewScrolls);
    history.forward();
    await waitFor(() => expect(currentRoute.route.name).toBe('figure'));
    window.removeEventListener('popstate', webviewScrolls);
    takeReturnOffset();
    history.back();
    await waitFor(() => expect(currentRoute.route.name).toBe('chapter'));
    expect(takeReturnOffset()).toBe(8_000);
  });

  it('forgets the forward entries when a new page is opened from an earlier one', async () => {
    navigate({ name: 'glossary' });
    const start = historyPlace.index;
    navigate({ name: 'term', id: 'estado-de-sitio' });
    history.back();
    await waitFor(() => expect(currentRoute.route.name).toBe('glossary'));
    expect(historyPlace.canGoForward).toBe(true);
    takeReturnOffset();
    navigate({ name: 'figures' });
    expect(historyPlace.index).toBe(start + 1);
    expect(historyPlace.canGoForward).toBe(false);
  });

  it('treats a replaced address (search as you type) as the same entry', () => {
    navigate({ name: 'search', query: 'a' });
    const at = historyPlace.index;
    replaceRoute({ name: 'search', query: 'al' });
    expect(historyPlace.index).toBe(at);
    expect(entryStamp()).toBe(at);
  });

  it('does not leave the app: Back at the first entry does nothing', () => {
    const back = vi.spyOn(history, 'back');
    // A fresh session: the current entry is the first one.
    history.replaceState(null, '');
    stop();
    stop = followHash();
    expect(historyPlace.canGoBack).toBe(false);
    goBack();
    expect(back).not.toHaveBeenCalled();
  });
});

describe('restoring the scroll offset', () => {
  it('waits until the page is tall enough, then scrolls there at once', async () => {
    const scrolled: ScrollToOptions[] = [];
    vi.spyOn(window, 'scrollTo').mockImplementation(((options: ScrollToOptions) => scrolled.push(options)) as typeof window.scrollTo);
    pageHeight(500);
    restoreScroll(4_000);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(scrolled).toEqual([]);
    pageHeight(18_000);
    await waitFor(() => expect(scrolled).toEqual([{ top: 4_000, behavior: 'instant' }]));
  });

  it('can be cancelled (another navigation came first)', async () => {
    const scroll = vi.spyOn(window, 'scrollTo').mockImplementation(() => {});
    pageHeight(18_000);
    restoreScroll(4_000)();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(scroll).not.toHaveBeenCalled();
  });
});

describe('history keys and mouse buttons', () => {
  const key = (init: KeyboardEventInit, target: EventTarget = document.body): KeyboardEvent => {
    const event = new KeyboardEvent('keydown', init);
    Object.defineProperty(event, 'target', { value: target });
    return event;
  };

  it('maps Alt+arrows and Backspace outside text fields', () => {
    expect(historyKeyAction(key({ key: 'ArrowLeft', altKey: true }))).toBe('back');
    expect(historyKeyAction(key({ key: 'ArrowRight', altKey: true }))).toBe('forward');
    expect(historyKeyAction(key({ key: 'Backspace' }))).toBe('back');
    expect(historyKeyAction(key({ key: 'Backspace', shiftKey: true }))).toBe('forward');
    expect(historyKeyAction(key({ key: 'ArrowLeft' }))).toBeNull();
    expect(historyKeyAction(key({ key: 'ArrowLeft', altKey: true, ctrlKey: true }))).toBeNull();
  });

  it('leaves Backspace to text fields', () => {
    const input = document.createElement('input');
    const textarea = document.createElement('textarea');
    const checkbox = Object.assign(document.createElement('input'), { type: 'checkbox' });
    expect(historyKeyAction(key({ key: 'Backspace' }, input))).toBeNull();
    expect(historyKeyAction(key({ key: 'Backspace' }, textarea))).toBeNull();
    expect(historyKeyAction(key({ key: 'Backspace' }, checkbox))).toBe('back');
    // Alt+← still goes back from the search box, as in a browser.
    expect(historyKeyAction(key({ key: 'ArrowLeft', altKey: true }, input))).toBe('back');
  });

  it('maps the mouse back and forward buttons', () => {
    expect(historyMouseAction(new MouseEvent('mouseup', { button: 3 }))).toBe('back');
    expect(historyMouseAction(new MouseEvent('mouseup', { button: 4 }))).toBe('forward');
    expect(historyMouseAction(new MouseEvent('mouseup', { button: 0 }))).toBeNull();
    expect(historyMouseAction(new MouseEvent('mouseup', { button: 1 }))).toBeNull();
  });
});
