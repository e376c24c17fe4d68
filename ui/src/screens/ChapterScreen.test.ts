import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { answerCommands, callsOf } from '../test/backendMock';
import { chapter } from '../test/fixtures';
import { setSettings } from '../lib/app/appState.svelte';
import ChapterScreen from './ChapterScreen.svelte';

vi.mock('@tauri-apps/api/core', () => ({ invoke: vi.fn() }));

let read = 1;
let readIds: string[] = [];
beforeEach(() => {
  read = 1;
  readIds = ['eleccion'];
  setSettings({ language: 'es', theme: 'light', textSize: 'medium' });
  answerCommands({
    get_chapter: () => chapter,
    list_elections: () => [],
    mark_section_read: (args) => {
      if (!readIds.includes(String(args.sectionId))) readIds.push(String(args.sectionId));
      return { sectionsRead: ++read, sectionsTotal: 3, lastSectionId: args.sectionId, readSectionIds: [...readIds] };
    },
  });
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('ChapterScreen', () => {
  it('renders the chapter, its sections, sources and links', async () => {
    render(ChapterScreen, { id: 'unidad-popular' });
    expect((await screen.findByTestId('chapter-title')).textContent).toBe('La Unidad Popular');
    expect(document.title).toBe('La Unidad Popular — Crónica');
    for (const id of ['eleccion', 'reformas', 'crisis']) expect(screen.getByTestId(`section-${id}`)).toBeTruthy();
    const toc = screen.getByRole('navigation', { name: 'Contenido del capítulo' });
    expect(toc.querySelector('a')?.getAttribute('href')).toBe('#/chapters/unidad-popular?section=eleccion');
    const term = screen.getByTestId('section-reformas').querySelector('a[data-link-kind="term"]');
    expect(term?.getAttribute('href')).toBe('#/terms/nacionalizacion-cobre');
    expect(screen.getByTestId('section-reformas').textContent).toContain('https://www.bcn.cl/leychile');
    expect(screen.getByRole('link', { name: 'Las causas del golpe' }).getAttribute('href')).toBe('#/perspectives/causas-del-golpe');
    expect(screen.getByTestId('start-quiz').getAttribute('href')).toBe('#/chapters/unidad-popular/quiz');
    expect(document.body.textContent).toContain('1 de 3 secciones leídas');
    expect(screen.getByTestId('toc-read-eleccion').textContent).toContain('leída');
    expect(screen.queryByTestId('toc-read-reformas')).toBeNull();
  });

  it('marks a section read and moves on with "next section"', async () => {
    render(ChapterScreen, { id: 'unidad-popular' });
    await screen.findByTestId('chapter-title');
    await fireEvent.click(screen.getByRole('button', { name: /Siguiente sección: Reformas/ }));
    expect(callsOf('mark_section_read')).toEqual([{ chapterId: 'unidad-popular', sectionId: 'eleccion' }]);
    expect(window.location.hash).toBe('#/chapters/unidad-popular?section=reformas');
    await waitFor(() => expect(document.body.textContent).toContain('2 de 3 secciones leídas'));
  });

  it('marks sections whose end becomes visible', async () => {
    const observed: Element[] = [];
    let report: (entries: Partial<IntersectionObserverEntry>[]) => void = () => {};
    vi.stubGlobal(
      'IntersectionObserver',
      class {
        constructor(callback: (entries: Partial<IntersectionObserverEntry>[]) => void) {
          report = callback;
        }
        observe(el: Element) {
          observed.push(el);
        }
        unobserve() {}
        disconnect() {}
      },
    );
    render(ChapterScreen, { id: 'unidad-popular' });
    await screen.findByTestId('chapter-title');
    await waitFor(() => expect(observed).toHaveLength(3));
    report([{ target: observed[2]!, isIntersecting: true }, { target: observed[1]!, isIntersecting: false }]);
    await waitFor(() => expect(callsOf('mark_section_read')).toEqual([{ chapterId: 'unidad-popular', sectionId: 'crisis' }]));
  });

  it('scrolls to the requested section', async () => {
    const scrolled: string[] = [];
    Element.prototype.scrollIntoView = function (this: Element) {
      scrolled.push(this.id);
    };
    render(ChapterScreen, { id: 'unidad-popular', section: 'crisis' });
    await screen.findByTestId('chapter-title');
    await waitFor(() => expect(scrolled).toEqual(['sec-crisis']));
    expect(document.activeElement?.textContent).toBe('La crisis');
  });
});
