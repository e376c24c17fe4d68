import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import { vi } from 'vitest';
import { answerCommands } from '../../test/backendMock';
import { chapter } from '../../test/fixtures';
import { setSettings } from '../app/appState.svelte';
import { readingPlace } from './readingPosition';
import ChapterScreen from '../../screens/ChapterScreen.svelte';

vi.mock('@tauri-apps/api/core', () => ({ invoke: vi.fn() }));

// An 18,000-pixel chapter starting 300 pixels down, its sections at 1,000, 7,000 and 12,000.
const chapterAt = { top: 300, height: 18_000, viewport: 900, sectionTops: [1_000, 7_000, 12_000] };

describe('readingPlace', () => {
  it('tells how far through the chapter the window reaches and which section is read', () => {
    expect(readingPlace({ ...chapterAt, scrollY: 0 })).toEqual({ percent: 3, section: 0 });
    expect(readingPlace({ ...chapterAt, scrollY: 7_000 })).toEqual({ percent: 42, section: 1 });
    // The section counts as read from when its start passes a quarter of the window.
    expect(readingPlace({ ...chapterAt, scrollY: 11_800 }).section).toBe(2);
    expect(readingPlace({ ...chapterAt, scrollY: 11_700 }).section).toBe(1);
    expect(readingPlace({ ...chapterAt, scrollY: 17_400 })).toEqual({ percent: 100, section: 2 });
    expect(readingPlace({ ...chapterAt, scrollY: 50_000 }).percent).toBe(100);
  });

  it('copes with an empty chapter', () => {
    expect(readingPlace({ top: 0, height: 0, viewport: 900, scrollY: 0, sectionTops: [] })).toEqual({ percent: 100, section: 0 });
  });
});

describe('the reading position in a chapter', () => {
  it('is a labelled progress bar with the place in words', async () => {
    setSettings({ language: 'es', theme: 'light', textSize: 'medium' });
    answerCommands({ get_chapter: () => chapter, list_elections: () => [] });
    render(ChapterScreen, { id: 'unidad-popular' });
    const bar = await screen.findByRole('progressbar', { name: 'Posición en el capítulo' });
    expect(bar.getAttribute('max')).toBe('100');
    expect(screen.getByTestId('reading-position-text').textContent).toMatch(/^\d+ % leído · sección [1-3] de 3: .+$/);
    expect(bar.getAttribute('aria-valuetext')).toBe(screen.getByTestId('reading-position-text').textContent);
    // The bar of sections read is still there.
    expect(document.body.textContent).toContain('1 de 3 secciones leídas');
  });
});
