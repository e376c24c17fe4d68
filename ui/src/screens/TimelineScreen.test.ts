import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import type { EventFilter } from '../lib/backend';
import { answerCommands, callsOf } from '../test/backendMock';
import { eras, events, figures } from '../test/fixtures';
import { presidencies } from '../test/historyFixtures';
import { setSettings } from '../lib/app/appState.svelte';
import TimelineScreen from './TimelineScreen.svelte';

vi.mock('@tauri-apps/api/core', () => ({ invoke: vi.fn() }));

beforeEach(() => {
  setSettings({ language: 'es', theme: 'light', textSize: 'medium' });
  answerCommands({
    list_eras: () => eras,
    list_figures: () => figures,
    list_presidencies: () => presidencies,
    list_events: (args) => {
      const filter = args.filter as EventFilter;
      return events.filter(
        (e) => (!filter.era || e.era === filter.era) && (!filter.figure || e.figures.some((f) => f.id === filter.figure)),
      );
    },
  });
});

describe('TimelineScreen', () => {
  it('groups events by era with formatted dates', async () => {
    render(TimelineScreen, {});
    const up = await screen.findByTestId('era-group-unidad-popular');
    expect(up.querySelector('h2')?.textContent).toContain('4 de septiembre de 1970 – 10 de septiembre de 1973');
    const item = screen.getByTestId('event-item-paro-1972');
    expect(item.querySelector('time')?.textContent).toBe('octubre de 1972 – noviembre de 1972');
    expect(item.querySelector('a')?.getAttribute('href')).toBe('#/events/paro-1972');
    expect(screen.getByTestId('event-item-golpe-1973').textContent).toContain('11 de septiembre de 1973');
    const groups = [...document.querySelectorAll('[data-testid^="era-group-"]')].map((g) => g.getAttribute('data-testid'));
    expect(groups).toEqual(['era-group-unidad-popular', 'era-group-dictadura']);
  });

  it('offers every era and figure as a filter, with "" for all', async () => {
    render(TimelineScreen, {});
    const eraSelect = (await screen.findByTestId('filter-era')) as HTMLSelectElement;
    expect([...eraSelect.options].map((o) => o.value)).toEqual(['', 'unidad-popular', 'dictadura']);
    const figureSelect = screen.getByTestId('filter-figure') as HTMLSelectElement;
    expect([...figureSelect.options].map((o) => o.value)).toEqual(['', 'salvador-allende', 'augusto-pinochet']);
  });

  it('puts filter changes in the hash', async () => {
    window.location.hash = '#/timeline';
    render(TimelineScreen, {});
    await fireEvent.change(await screen.findByTestId('filter-figure'), { target: { value: 'salvador-allende' } });
    expect(window.location.hash).toBe('#/timeline?figure=salvador-allende');
  });

  it('asks the backend for the filtered events', async () => {
    render(TimelineScreen, { era: 'dictadura', figure: null });
    await screen.findByTestId('era-group-dictadura');
    expect(screen.queryByTestId('era-group-unidad-popular')).toBeNull();
    expect(callsOf('list_events')[0]).toEqual({ lang: 'es', filter: { era: 'dictadura', figure: null } });
    await waitFor(() => expect((screen.getByTestId('filter-era') as HTMLSelectElement).value).toBe('dictadura'));
  });
});

describe('TimelineScreen, chart view', () => {
  beforeEach(() => {
    localStorage.clear();
    window.location.hash = '#/timeline';
  });

  async function showChart(): Promise<HTMLElement> {
    render(TimelineScreen, {});
    await fireEvent.click(await screen.findByTestId('timeline-view-visual'));
    return screen.findByTestId('vt-plot');
  }

  it('switches between list and chart, and remembers the choice', async () => {
    const first = render(TimelineScreen, {});
    expect(await screen.findByTestId('era-group-unidad-popular')).toBeTruthy();
    expect(screen.getByTestId('timeline-view-list').getAttribute('aria-pressed')).toBe('true');
    await fireEvent.click(screen.getByTestId('timeline-view-visual'));
    await screen.findByTestId('vt-plot');
    expect(screen.queryByTestId('era-group-unidad-popular')).toBeNull();
    expect(screen.getByTestId('timeline-view-visual').getAttribute('aria-pressed')).toBe('true');
    first.unmount();
    render(TimelineScreen, {});
    expect(await screen.findByTestId('vt-plot')).toBeTruthy();
    await fireEvent.click(screen.getByTestId('timeline-view-list'));
    expect(localStorage.getItem('cronica.timelineView')).toBe('list');
  });

  it('names every mark by date and title and links it to its event', async () => {
    await showChart();
    const golpe = screen.getByTestId('vt-mark-golpe-1973');
    expect(golpe.getAttribute('aria-label')).toBe('11 de septiembre de 1973: Golpe de Estado');
    expect(golpe.getAttribute('href')).toBe('#/events/golpe-1973');
    expect(screen.getByTestId('vt-mark-paro-1972').getAttribute('aria-label')).toBe('octubre de 1972 – noviembre de 1972: Paro de octubre');
  });

  it('draws eras and who governed as labelled bands', async () => {
    await showChart();
    const allende = screen.getByTestId('vt-presidency-salvador-allende');
    expect(allende.getAttribute('aria-label')).toBe('Salvador Allende, 3 de noviembre de 1970 – 11 de septiembre de 1973');
    expect(screen.getByRole('list', { name: 'Presidencias' })).toBeTruthy();
    const eras = screen.getByRole('list', { name: 'Períodos' });
    expect([...eras.querySelectorAll('[role="listitem"]')].map((e) => e.getAttribute('aria-label'))).toEqual([
      'Unidad Popular, 4 de septiembre de 1970 – 10 de septiembre de 1973',
      'Dictadura militar, 11 de septiembre de 1973 – 10 de marzo de 1990',
    ]);
  });

  it('zooms and pans by keyboard, and Enter on a mark opens its event', async () => {
    const plot = await showChart();
    const span = (): number => Date.parse(plot.dataset.end!) - Date.parse(plot.dataset.start!);
    const whole = span();
    await fireEvent.keyDown(plot, { key: '+' });
    expect(span()).toBeLessThan(whole * 0.51);
    const start = plot.dataset.start!;
    await fireEvent.keyDown(plot, { key: 'ArrowRight' });
    expect(Date.parse(plot.dataset.start!)).toBeGreaterThan(Date.parse(start));
    await fireEvent.keyDown(plot, { key: 'Home' });
    expect(plot.dataset.start).toBe('1970-09-04');
    await fireEvent.keyDown(plot, { key: '-' });
    expect(span()).toBe(whole);
    expect(screen.getByTestId('vt-showing').textContent).toMatch(/^Se muestra del 4 de septiembre de 1970 al \d+ de \w+ de 1990$/);
    const mark = screen.getByTestId('vt-mark-golpe-1973');
    await fireEvent.keyDown(mark, { key: 'Enter' });
    expect(window.location.hash).toBe('#/events/golpe-1973');
  });

  it('frames the filtered era', async () => {
    render(TimelineScreen, { era: 'dictadura', figure: null });
    await fireEvent.click(await screen.findByTestId('timeline-view-visual'));
    const plot = await screen.findByTestId('vt-plot');
    expect(Date.parse(plot.dataset.start!)).toBeLessThan(Date.parse('1973-09-11'));
    expect(Date.parse(plot.dataset.start!)).toBeGreaterThan(Date.parse('1972-01-01'));
    expect(screen.queryByTestId('vt-mark-eleccion-1970')).toBeNull();
  });

  it('links to the elections', async () => {
    render(TimelineScreen, {});
    expect((await screen.findByTestId('timeline-elections')).getAttribute('href')).toBe('#/elections');
  });
});
