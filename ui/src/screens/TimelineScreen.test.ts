import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import type { EventFilter } from '../lib/backend';
import { answerCommands, callsOf } from '../test/backendMock';
import { eras, events, figures } from '../test/fixtures';
import { setSettings } from '../lib/app/appState.svelte';
import TimelineScreen from './TimelineScreen.svelte';

vi.mock('@tauri-apps/api/core', () => ({ invoke: vi.fn() }));

beforeEach(() => {
  setSettings({ language: 'es', theme: 'light', textSize: 'medium' });
  answerCommands({
    list_eras: () => eras,
    list_figures: () => figures,
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
