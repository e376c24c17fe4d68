import { beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import type { EventDetail, FigureDetail, Perspective, Source, Term } from '../lib/backend';
import { answerCommands } from '../test/backendMock';
import { events, figures } from '../test/fixtures';
import { setSettings } from '../lib/app/appState.svelte';
import EventScreen from './EventScreen.svelte';
import FigureScreen from './FigureScreen.svelte';
import TermScreen from './TermScreen.svelte';
import PerspectiveScreen from './PerspectiveScreen.svelte';

vi.mock('@tauri-apps/api/core', () => ({ invoke: vi.fn() }));

const source: Source = {
  id: 'memoria-chilena', title: 'El golpe de Estado de 1973', publisher: 'Memoria Chilena', author: null, date: null,
  accessed: '2026-11-21', url: 'https://www.memoriachilena.gob.cl/', citation: null, kind: 'reference', language: 'es',
};

const event: EventDetail = {
  ...events[0]!,
  summary: 'Allende obtiene la primera mayoría relativa.',
  eraTitle: 'Unidad Popular',
  places: ['Santiago'],
  tags: [],
  sources: [source],
  chapters: [{ id: 'unidad-popular', title: 'La Unidad Popular' }],
  perspectives: [],
};

const figure: FigureDetail = {
  ...figures[0]!, bio: 'Médico y político.\n\nFundador del Partido Socialista.',
  roles: [{ title: 'Presidente de la República', start: { iso: '1970-11-03', precision: 'day' }, end: { iso: '1973-09-11', precision: 'day' }, headline: true }],
  events: [events[0]!], chapters: [], sources: [source],
};

const term: Term = { id: 'binominal', name: 'Sistema binominal', definition: 'Sistema electoral…', sources: [source] };

const perspective: Perspective = {
  id: 'causas-del-golpe', title: 'Las causas del golpe', question: '¿Por qué ocurrió el golpe?',
  views: [
    { holder: 'Historiadores de izquierda', text: 'Según ellos…', sources: [source] },
    { holder: 'Historiadores de derecha', text: 'Según otros…', sources: [] },
  ],
  chapters: [{ id: 'unidad-popular', title: 'La Unidad Popular' }],
  events: [{ id: 'golpe-1973', title: 'Golpe de Estado' }],
};

beforeEach(() => {
  setSettings({ language: 'es', theme: 'light', textSize: 'medium' });
  answerCommands({
    get_event: () => event,
    list_elections: () => [],
    get_figure: () => figure,
    get_term: () => term,
    get_perspective: () => perspective,
  });
});

describe('detail screens', () => {
  it('event: title, date, figures, chapters and sources', async () => {
    render(EventScreen, { id: 'eleccion-1970' });
    expect((await screen.findByTestId('event-title')).textContent).toBe('Elección presidencial');
    expect(document.body.textContent).toContain('4 de septiembre de 1970');
    expect(screen.getByRole('link', { name: 'Salvador Allende' }).getAttribute('href')).toBe('#/figures/salvador-allende');
    expect(screen.getByRole('link', { name: 'La Unidad Popular' }).getAttribute('href')).toBe('#/chapters/unidad-popular');
    expect(screen.getByTestId('event-sources').textContent).toContain('consultado el 21 de noviembre de 2026');
    expect(document.title).toBe('Elección presidencial — Crónica');
    expect(screen.getByTestId('event-era').textContent).toBe('Unidad Popular');
    expect(screen.getByTestId('event-era').getAttribute('href')).toBe('#/timeline?era=unidad-popular');
  });

  it('figure: name, life dates, bio paragraphs, roles and events', async () => {
    render(FigureScreen, { id: 'salvador-allende' });
    expect((await screen.findByTestId('figure-name')).textContent).toBe('Salvador Allende');
    expect(screen.getByTestId('figure-full-name').textContent).toBe('Nombre completo: Salvador Allende Gossens');
    expect(document.title).toBe('Salvador Allende — Crónica');
    expect(document.body.textContent).toContain('1908–1973 · Presidente de la República (1970–1973)');
    expect(screen.getByText('Fundador del Partido Socialista.').tagName).toBe('P');
    expect(screen.getByTestId('figure-roles').textContent).toContain('3 de noviembre de 1970 – 11 de septiembre de 1973');
    expect(screen.getByTestId('figure-events').querySelector('a')?.getAttribute('href')).toBe('#/events/eleccion-1970');
  });

  it('term: name and definition', async () => {
    render(TermScreen, { id: 'binominal' });
    expect((await screen.findByTestId('term-name')).textContent).toBe('Sistema binominal');
    expect(document.body.textContent).toContain('Sistema electoral…');
  });

  it('perspective: question, attributed views and related items', async () => {
    render(PerspectiveScreen, { id: 'causas-del-golpe' });
    expect((await screen.findByTestId('perspective-title')).textContent).toBe('Las causas del golpe');
    expect(screen.getByRole('heading', { name: 'Historiadores de izquierda' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Historiadores de derecha' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Golpe de Estado' }).getAttribute('href')).toBe('#/events/golpe-1973');
  });
});
