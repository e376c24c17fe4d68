// Figures, events and terms open from a chapter as a preview: the essentials and a link to the
// page, the chapter (and the address) left as they were; Escape closes it and focus returns to the
// link. Other kinds, and clicks with a modifier key, still follow the link.
import { beforeEach, describe, expect, it } from 'vitest';
import { vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import type { Chapter, EventDetail, FigureDetail, Term } from '../backend';
import { answerCommands, callsOf } from '../../test/backendMock';
import { chapter } from '../../test/fixtures';
import { setSettings } from '../app/appState.svelte';
import { eventPreview, figurePreview, firstParagraph, termPreview } from './previewItem';
import ChapterScreen from '../../screens/ChapterScreen.svelte';

vi.mock('@tauri-apps/api/core', () => ({ invoke: vi.fn() }));

const allende: FigureDetail = {
  id: 'salvador-allende',
  displayName: 'Salvador Allende',
  name: 'Salvador Allende Gossens',
  sortKey: 'Allende Gossens, Salvador',
  born: { iso: '1908-06-26', precision: 'day' },
  died: { iso: '1973-09-11', precision: 'day' },
  headline: {
    title: 'Presidente de la República',
    spans: [{ start: { iso: '1970-11-03', precision: 'day' }, end: { iso: '1973-09-11', precision: 'day' } }],
  },
  offices: ['president'],
  eras: ['unidad-popular'],
  bio: 'Médico y político socialista.\n\nFue senador durante décadas.',
  roles: [],
  events: [],
  chapters: [],
  sources: [],
};

const golpe: EventDetail = {
  id: 'golpe-1973',
  date: { iso: '1973-09-11', precision: 'day' },
  end: null,
  era: 'dictadura',
  eraTitle: 'Dictadura militar',
  title: 'Golpe de Estado',
  summary: 'Las Fuerzas Armadas derrocan al gobierno.',
  figures: [],
  places: [],
  tags: [],
  sources: [],
  chapters: [],
  perspectives: [],
};

const cobre: Term = { id: 'nacionalizacion-cobre', name: 'Nacionalización del cobre', definition: 'El paso de la gran minería al Estado.', sources: [] };

const linked: Chapter = {
  ...chapter,
  sections: [
    {
      id: 'eleccion',
      title: 'La elección de 1970',
      paragraphs: [
        {
          inlines: [
            { kind: 'text', text: 'Ganó ' },
            { kind: 'link', text: 'Salvador Allende', target: { kind: 'figure', id: 'salvador-allende' } },
            { kind: 'text', text: ' antes del ' },
            { kind: 'link', text: 'golpe', target: { kind: 'event', id: 'golpe-1973' } },
            { kind: 'text', text: ' y de la ' },
            { kind: 'link', text: 'nacionalización', target: { kind: 'term', id: 'nacionalizacion-cobre' } },
            { kind: 'text', text: '; ver ' },
            { kind: 'link', text: 'el debate', target: { kind: 'perspective', id: 'causas-del-golpe' } },
            { kind: 'text', text: '.' },
          ],
        },
      ],
      sources: [],
    },
  ],
};

beforeEach(() => {
  setSettings({ language: 'es', theme: 'light', textSize: 'medium' });
  window.location.hash = '#/chapters/unidad-popular';
  answerCommands({
    get_chapter: () => linked,
    get_figure: () => allende,
    get_event: () => golpe,
    list_elections: () => [],
    get_term: () => cobre,
    mark_section_read: () => chapter.progress,
  });
});

function link(kind: string): HTMLAnchorElement {
  return document.querySelector<HTMLAnchorElement>(`[data-link-kind="${kind}"]`)!;
}

describe('previews from a chapter', () => {
  it('shows a figure\'s essentials and its page, and Escape gives focus back to the link', async () => {
    render(ChapterScreen, { id: 'unidad-popular' });
    await screen.findByTestId('chapter-title');
    const figure = link('figure');
    expect(figure.getAttribute('aria-haspopup')).toBe('dialog');
    figure.focus();
    await fireEvent.click(figure);

    const dialog = await screen.findByRole('dialog', { name: 'Salvador Allende' });
    expect(dialog.hasAttribute('open')).toBe(true);
    expect(screen.getByTestId('preview-meta').textContent).toBe('1908–1973 · Presidente de la República (1970–1973)');
    expect(screen.getByTestId('preview-summary').textContent).toBe('Médico y político socialista.');
    const open = screen.getByRole('link', { name: 'Abrir página: Salvador Allende' });
    expect(open.getAttribute('href')).toBe('#/figures/salvador-allende');
    expect(open.textContent).toBe('Abrir página');
    // The chapter stays: same address, same paragraph.
    expect(window.location.hash).toBe('#/chapters/unidad-popular');
    expect(dialog.contains(document.activeElement)).toBe(true);

    await fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByTestId('link-preview')).toBeNull());
    expect(document.activeElement).toBe(figure);
    expect(callsOf('get_figure')).toEqual([{ lang: 'es', id: 'salvador-allende' }]);
  });

  it('shows an event with its date and era, and a term with its definition; the close button closes', async () => {
    render(ChapterScreen, { id: 'unidad-popular' });
    await screen.findByTestId('chapter-title');
    await fireEvent.click(link('event'));
    await screen.findByRole('dialog', { name: 'Golpe de Estado' });
    expect(screen.getByTestId('preview-meta').textContent).toBe('11 de septiembre de 1973 · Dictadura militar');
    expect(screen.getByTestId('preview-summary').textContent).toBe('Las Fuerzas Armadas derrocan al gobierno.');
    expect(screen.getByTestId('link-preview').textContent).toContain('Acontecimiento');
    await fireEvent.click(screen.getByRole('button', { name: 'Cerrar vista previa' }));
    await waitFor(() => expect(screen.queryByTestId('link-preview')).toBeNull());
    expect(document.activeElement).toBe(link('event'));

    await fireEvent.click(link('term'));
    await screen.findByRole('dialog', { name: 'Nacionalización del cobre' });
    expect(screen.getByTestId('preview-summary').textContent).toBe('El paso de la gran minería al Estado.');
    expect(screen.queryByTestId('preview-meta')).toBeNull();
    expect(screen.getByTestId('preview-open').getAttribute('href')).toBe('#/terms/nacionalizacion-cobre');
  });

  it('lets perspectives, and clicks with a modifier key, follow the link', async () => {
    render(ChapterScreen, { id: 'unidad-popular' });
    await screen.findByTestId('chapter-title');
    expect(link('perspective').getAttribute('aria-haspopup')).toBeNull();
    // fireEvent reports whether the default action (following the link) was left alone.
    expect(await fireEvent.click(link('perspective'))).toBe(true);
    expect(await fireEvent.click(link('figure'), { ctrlKey: true })).toBe(true);
    expect(screen.queryByTestId('link-preview')).toBeNull();
    expect(await fireEvent.click(link('figure'))).toBe(false);
    await screen.findByTestId('link-preview');
  });

  it('says when the item cannot be loaded, in the dialog', async () => {
    answerCommands({
      get_chapter: () => linked,
      list_elections: () => [],
      get_figure: () => {
        throw { kind: 'notFound', message: 'figure salvador-allende' };
      },
    });
    render(ChapterScreen, { id: 'unidad-popular' });
    await screen.findByTestId('chapter-title');
    await fireEvent.click(link('figure'));
    const dialog = await screen.findByTestId('link-preview');
    await waitFor(() => expect(dialog.querySelector('[data-testid="error-view"]')).toBeTruthy());
  });
});

describe('preview contents', () => {
  it('keeps to the first paragraph of a bio and leaves out empty facts', () => {
    expect(firstParagraph('\n\nUno.\n\nDos.')).toBe('Uno.');
    expect(figurePreview({ ...allende, born: null, died: null, headline: null }, 'en').meta).toBeNull();
    expect(eventPreview(golpe, 'en').meta).toBe('11 September 1973 · Dictadura militar');
    expect(termPreview(cobre).route).toEqual({ name: 'term', id: 'nacionalizacion-cobre' });
  });
});
