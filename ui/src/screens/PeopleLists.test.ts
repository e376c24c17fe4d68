import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import type { FigureSummary, PerspectiveSummary, Term } from '../lib/backend';
import { answerCommands } from '../test/backendMock';
import { chapterSummaries, eras, home } from '../test/fixtures';
import { setSettings } from '../lib/app/appState.svelte';
import FiguresScreen from './FiguresScreen.svelte';
import GlossaryScreen from './GlossaryScreen.svelte';
import PerspectivesScreen from './PerspectivesScreen.svelte';
import HomeScreen from './HomeScreen.svelte';

vi.mock('@tauri-apps/api/core', () => ({ invoke: vi.fn() }));

const day = (iso: string) => ({ iso, precision: 'day' as const });

function person(id: string, displayName: string, name: string, sortKey: string, extra: Partial<FigureSummary>): FigureSummary {
  return { id, displayName, name, sortKey, born: null, died: null, headline: null, offices: [], eras: [], ...extra };
}

// As the backend sends them (already by surname), but the screen must not rely on it: shuffled.
const people: FigureSummary[] = [
  person('sebastian-pinera', 'Sebastián Piñera', 'Miguel Juan Sebastián Piñera Echenique', 'Piñera Echenique, Sebastián', {
    headline: { title: 'Presidente de la República', spans: [{ start: day('2010-03-11'), end: day('2014-03-11') }, { start: day('2018-03-11'), end: day('2022-03-11') }] },
    offices: ['president', 'senator'], eras: ['dictadura'],
  }),
  person('ana-alvarez', 'Ana Álvarez', 'Ana Álvarez Soto', 'Álvarez Soto, Ana', { offices: ['deputy'], eras: ['dictadura'] }),
  person('augusto-pinochet', 'Augusto Pinochet', 'Augusto Pinochet Ugarte', 'Pinochet Ugarte, Augusto', {
    offices: ['commander', 'president'], eras: ['unidad-popular', 'dictadura'],
  }),
  person('michelle-bachelet', 'Michelle Bachelet', 'Verónica Michelle Bachelet Jeria', 'Bachelet Jeria, Michelle', {
    headline: { title: 'Presidenta de la República', spans: [{ start: day('2006-03-11'), end: day('2010-03-11') }, { start: day('2014-03-11'), end: day('2018-03-11') }] },
    offices: ['minister', 'president'], eras: ['dictadura'],
  }),
  person('claudio-alvarado', 'Claudio Alvarado', 'Claudio Alvarado Andrade', 'Alvarado Andrade, Claudio', { offices: ['deputy'], eras: ['dictadura'] }),
  person('salvador-allende', 'Salvador Allende', 'Salvador Allende Gossens', 'Allende Gossens, Salvador', {
    headline: { title: 'Presidente de la República', spans: [{ start: day('1970-11-03'), end: day('1973-09-11') }] },
    offices: ['deputy', 'president'], eras: ['unidad-popular'],
  }),
  person('paulina-nunez', 'Paulina Núñez', 'Paulina Andrea Núñez Urrutia', 'Núñez Urrutia, Paulina', { offices: ['senator'], eras: ['dictadura'] }),
];

const terms: Term[] = [
  { id: 'nuble', name: 'Ñuble', definition: 'Región.', sources: [] },
  { id: 'afp', name: 'AFP', definition: 'Administradoras.', sources: [] },
  { id: 'estado-de-sitio', name: 'Estado de sitio', definition: 'Estado de excepción.', sources: [] },
  { id: 'acusacion', name: 'Acusación constitucional', definition: 'Juicio político.', sources: [] },
  { id: 'nacionalizacion', name: 'Nacionalización del cobre', definition: 'Cobre.', sources: [] },
];

const perspectives: PerspectiveSummary[] = [
  {
    id: 'causas-del-golpe', title: 'Las causas del golpe', question: '¿Por qué ocurrió el golpe?',
    chapters: [{ id: 'unidad-popular', title: 'La Unidad Popular' }, { id: 'golpe-1973', title: 'El golpe' }],
  },
  { id: 'papel-de-estados-unidos', title: 'El papel de Estados Unidos', question: '¿Cuánto influyó?', chapters: [] },
];

const names = (group: HTMLElement) => [...group.querySelectorAll('.figure-card-name')].map((a) => a.textContent);

beforeEach(() => {
  setSettings({ language: 'es', theme: 'light', textSize: 'medium' });
  answerCommands({
    list_figures: () => people,
    list_eras: () => eras,
    list_terms: () => terms,
    list_perspectives: () => perspectives,
    home: () => home('es'),
    list_chapters: () => chapterSummaries,
  });
});

describe('FiguresScreen', () => {
  it('lists the names people use under the letter of their surname, in Spanish order', async () => {
    render(FiguresScreen);
    const p = await screen.findByTestId('figures-group-P');
    expect(names(p)).toEqual(['Augusto Pinochet', 'Sebastián Piñera']);
    expect(names(screen.getByTestId('figures-group-B'))).toEqual(['Michelle Bachelet']);
    expect(names(screen.getByTestId('figures-group-A'))).toEqual(['Salvador Allende', 'Claudio Alvarado', 'Ana Álvarez']);
    expect(names(screen.getByTestId('figures-group-N'))).toEqual(['Paulina Núñez']);
    const headings = [...document.querySelectorAll('.letter-heading')].map((h) => h.textContent);
    expect(headings).toEqual(['A', 'B', 'N', 'P']);
    expect(within(p).getByText('Sebastián Piñera').getAttribute('href')).toBe('#/figures/sebastian-pinera');
    expect(screen.getByTestId('figure-item-michelle-bachelet').textContent).toContain('Presidenta de la República (2006–2010, 2014–2018)');
    expect(document.body.textContent).not.toContain('Verónica Michelle');
  });

  it('has a letter index: letters with figures jump to their heading, the others are disabled', async () => {
    render(FiguresScreen);
    const p = await screen.findByTestId('figures-letter-P');
    expect(p.tagName).toBe('A');
    expect(screen.getByTestId('figures-letter-Q').tagName).toBe('SPAN');
    expect(screen.getByTestId('figures-letter-Q').getAttribute('aria-disabled')).toBe('true');
    expect(screen.getByTestId('figures-letter-Ñ').tagName).toBe('SPAN');
    Element.prototype.scrollIntoView = vi.fn();
    await fireEvent.click(p);
    expect(document.activeElement?.textContent).toBe('P');
    expect(document.activeElement?.tagName).toBe('H2');
  });

  it('filters by period and by office', async () => {
    render(FiguresScreen);
    const era = (await screen.findByTestId('figures-era')) as HTMLSelectElement;
    expect(screen.getByTestId('figures-count').textContent).toBe('7 personajes');
    await fireEvent.change(era, { target: { value: 'unidad-popular' } });
    await waitFor(() => expect(screen.getByTestId('figures-count').textContent).toBe('2 personajes'));
    expect(names(screen.getByTestId('figures-group-A'))).toEqual(['Salvador Allende']);
    expect(names(screen.getByTestId('figures-group-P'))).toEqual(['Augusto Pinochet']);
    expect(screen.getByTestId('figures-letter-B').tagName).toBe('SPAN');

    const office = screen.getByTestId('figures-office') as HTMLSelectElement;
    expect([...office.options].map((o) => o.textContent)).toEqual([
      'Todos los cargos', 'Presidencia de la República', 'Ministerio', 'Senado', 'Cámara de Diputados', 'Comandancia en jefe',
    ]);
    await fireEvent.change(office, { target: { value: 'commander' } });
    await waitFor(() => expect(screen.getByTestId('figures-count').textContent).toBe('1 personaje'));
    await fireEvent.change(office, { target: { value: 'senator' } });
    await waitFor(() => expect(screen.getByText('Ningún personaje coincide con estos filtros.')).toBeTruthy());
    await fireEvent.click(screen.getByTestId('figures-clear'));
    await waitFor(() => expect(screen.getByTestId('figures-count').textContent).toBe('7 personajes'));
  });
});

describe('GlossaryScreen', () => {
  it('groups terms under letters in Spanish order, with an A–Z index', async () => {
    render(GlossaryScreen);
    const a = await screen.findByTestId('glossary-group-A');
    expect([...a.querySelectorAll('dt')].map((d) => d.textContent)).toEqual(['Acusación constitucional', 'AFP']);
    const headings = [...document.querySelectorAll('.letter-heading')].map((h) => h.textContent);
    expect(headings).toEqual(['A', 'E', 'N', 'Ñ']);
    expect(screen.getByTestId('glossary-letter-Ñ').tagName).toBe('A');
    expect(screen.getByTestId('glossary-letter-B').tagName).toBe('SPAN');
    Element.prototype.scrollIntoView = vi.fn();
    await fireEvent.click(screen.getByTestId('glossary-letter-E'));
    expect(document.activeElement?.id).toBe('glossary-letter-E');
  });
});

describe('PerspectivesScreen', () => {
  it('lists every perspective with its question and the chapters that take it up', async () => {
    render(PerspectivesScreen);
    const item = await screen.findByTestId('perspective-item-causas-del-golpe');
    expect(within(item).getByRole('heading', { name: 'Las causas del golpe' })).toBeTruthy();
    expect(within(item).getByRole('link', { name: 'Las causas del golpe' }).getAttribute('href')).toBe('#/perspectives/causas-del-golpe');
    expect(item.textContent).toContain('¿Por qué ocurrió el golpe?');
    expect(within(item).getByRole('link', { name: 'El golpe' }).getAttribute('href')).toBe('#/chapters/golpe-1973');
    expect(screen.getByTestId('perspective-item-papel-de-estados-unidos').textContent).not.toContain('En los capítulos');
    expect(document.title).toBe('Perspectivas en debate — Crónica');
  });
});

describe('HomeScreen counts', () => {
  it('open their lists: chapters, timeline, figures, glossary and perspectives', async () => {
    render(HomeScreen);
    const link = async (field: string) => (await screen.findByTestId(`home-count-${field}`)).getAttribute('href');
    expect(await link('chapters')).toBe('#/chapters');
    expect(await link('events')).toBe('#/timeline');
    expect(await link('figures')).toBe('#/figures');
    expect(await link('terms')).toBe('#/glossary');
    expect(await link('perspectives')).toBe('#/perspectives');
    expect(screen.getByTestId('home-count-perspectives').textContent).toBe('Perspectivas en debate');
    expect(screen.queryByTestId('home-count-questions')).toBeNull();
  });
});
