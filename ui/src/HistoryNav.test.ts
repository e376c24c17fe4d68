// Back and Forward in the whole app: the header's buttons (disabled with nowhere to go), Alt+←,
// the mouse's back button and Backspace outside text fields, each returning to the offset the
// learner had scrolled to once the screen has its data again.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import type { Lang, Settings } from './lib/backend';
import { answerCommands } from './test/backendMock';
import { chapter, chapterSummaries, home } from './test/fixtures';
import { followHash } from './lib/app/currentRoute.svelte';
import './test/preloadScreens';
import App from './App.svelte';

vi.mock('@tauri-apps/api/core', () => ({ invoke: vi.fn() }));

const settings: Settings = { language: 'es', theme: 'light', textSize: 'medium' };

/** jsdom has no layout: the offset is kept here and the page made tall enough to reach it. */
let offset = 0;
const scrolls: number[] = [];

beforeEach(() => {
  history.replaceState(null, '', '#/');
  followHash()();
  offset = 0;
  scrolls.length = 0;
  Object.defineProperty(window, 'scrollY', { get: () => offset, configurable: true });
  Object.defineProperty(document.documentElement, 'scrollHeight', { value: 20_000, configurable: true });
  vi.spyOn(window, 'scrollTo').mockImplementation(((options: ScrollToOptions) => {
    offset = options.top ?? 0;
    scrolls.push(offset);
  }) as typeof window.scrollTo);
  answerCommands({
    get_settings: () => settings,
    startup_notices: () => [],
    user_data_status: () => 'saved',
    home: (args) => home(args.lang as Lang),
    list_chapters: () => chapterSummaries,
    get_chapter: () => chapter,
    list_elections: () => [],
    mark_section_read: () => chapter.progress,
  });
});

afterEach(() => {
  vi.restoreAllMocks();
});

async function readChapterThenList(): Promise<void> {
  render(App);
  await screen.findByTestId('home-title');
  expect((screen.getByTestId('history-back') as HTMLButtonElement).disabled).toBe(true);
  expect((screen.getByTestId('history-forward') as HTMLButtonElement).disabled).toBe(true);
  window.location.hash = '#/chapters/unidad-popular';
  await screen.findByTestId('chapter-title');
  offset = 6_400;
  window.location.hash = '#/chapters';
  await screen.findByTestId('chapter-card-unidad-popular');
  await waitFor(() => expect(offset).toBe(0));
}

describe('back and forward', () => {
  it('the header\'s back button returns to the chapter at the offset left', async () => {
    await readChapterThenList();
    const back = screen.getByRole('button', { name: 'Atrás' });
    expect(back.getAttribute('aria-keyshortcuts')).toBe('Alt+ArrowLeft');
    expect((back as HTMLButtonElement).disabled).toBe(false);
    await fireEvent.click(back);
    await screen.findByTestId('chapter-title');
    await waitFor(() => expect(offset).toBe(6_400));
    expect((screen.getByRole('button', { name: 'Adelante' }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('Alt+← goes back and Alt+→ forward', async () => {
    await readChapterThenList();
    await fireEvent.keyDown(document.body, { key: 'ArrowLeft', altKey: true });
    await screen.findByTestId('chapter-title');
    await waitFor(() => expect(offset).toBe(6_400));
    await fireEvent.keyDown(document.body, { key: 'ArrowRight', altKey: true });
    await screen.findByTestId('chapter-card-unidad-popular');
    await waitFor(() => expect(offset).toBe(0));
  });

  it('the mouse\'s back button and Backspace go back; Backspace in a text field does not', async () => {
    await readChapterThenList();
    const box = screen.getByRole('searchbox');
    await fireEvent.keyDown(box, { key: 'Backspace' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(window.location.hash).toBe('#/chapters');

    await fireEvent.mouseDown(document.body, { button: 3 });
    await fireEvent.mouseUp(document.body, { button: 3 });
    await screen.findByTestId('chapter-title');
    await waitFor(() => expect(offset).toBe(6_400));

    await fireEvent.keyDown(document.body, { key: 'Backspace' });
    await screen.findByTestId('home-title');
    expect((screen.getByTestId('history-back') as HTMLButtonElement).disabled).toBe(true);
  });
});
