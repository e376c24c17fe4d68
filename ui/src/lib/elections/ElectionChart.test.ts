import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';
import { setSettings } from '../app/appState.svelte';
import { plebiscite1988, plebiscite2020 } from '../../test/historyFixtures';
import ElectionChart from './ElectionChart.svelte';
import { formatShare, formatVotes } from './format';

vi.mock('@tauri-apps/api/core', () => ({ invoke: vi.fn() }));

beforeEach(() => {
  setSettings({ language: 'es', theme: 'light', textSize: 'medium' });
});

describe('ElectionChart', () => {
  it('draws one bar per option, the chart named by its full result', () => {
    render(ElectionChart, { election: plebiscite1988 });
    const chart = screen.getByRole('img');
    expect(chart.getAttribute('aria-label')).toBe('¿Augusto Pinochet debe seguir en el poder hasta 1997? — No: 55,99 %; Sí: 44,01 %');
    expect(chart.querySelectorAll('rect')).toHaveLength(2);
    expect(chart.textContent).toContain('55,99 %');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Plebiscito nacional de 1988');
    expect(screen.getByRole('link', { name: 'Ver el acontecimiento: Plebiscito nacional de 1988' }).getAttribute('href')).toBe('#/events/plebiscito-1988');
  });

  it('shows the same figures as a table on demand', async () => {
    render(ElectionChart, { election: plebiscite1988 });
    expect(screen.queryByRole('table')).toBeNull();
    const toggle = screen.getByRole('button', { name: 'Ver como tabla' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    await fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(toggle.textContent).toBe('Ocultar la tabla');
    const table = screen.getByRole('table');
    expect(table.querySelector('caption')?.textContent).toBe('Plebiscito nacional de 1988: ¿Augusto Pinochet debe seguir en el poder hasta 1997?');
    const rows = [...table.querySelectorAll('tbody tr')].map((r) => [...r.children].map((c) => c.textContent));
    expect(rows).toEqual([
      ['No', '55,99 %', '3.967.569'],
      ['Sí', '44,01 %', '3.119.110'],
    ]);
    await fireEvent.click(toggle);
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('gives each ballot its chart and table, and says when votes are not given', async () => {
    render(ElectionChart, { election: plebiscite2020 });
    expect(screen.getAllByRole('img')).toHaveLength(2);
    await fireEvent.click(screen.getByRole('button', { name: 'Ver como tabla' }));
    const tables = screen.getAllByRole('table');
    expect(tables).toHaveLength(2);
    expect(tables[1]!.textContent).toContain('Convención Constitucional79,00 %sin dato');
  });

  it('reads in English with English numbers', async () => {
    setSettings({ language: 'en', theme: 'light', textSize: 'medium' });
    render(ElectionChart, { election: plebiscite1988 });
    await fireEvent.click(screen.getByRole('button', { name: 'Show as table' }));
    expect(screen.getByRole('table').textContent).toContain('No55.99%3,967,569');
  });

  it('keeps the sources behind a disclosure, and leaves them out when compact', () => {
    const { unmount } = render(ElectionChart, { election: plebiscite1988 });
    expect(screen.getByText('Fuentes de los resultados')).toBeTruthy();
    expect(document.querySelector('[data-source-id="eswiki-plebiscito-1988"]')).not.toBeNull();
    unmount();
    render(ElectionChart, { election: plebiscite1988, compact: true });
    expect(document.querySelector('[data-source-id]')).toBeNull();
  });
});

describe('formatting', () => {
  it('writes shares and votes the way each language does', () => {
    expect(formatShare(36.61, 'es')).toBe('36,61 %');
    expect(formatShare(29.4, 'en')).toBe('29.40%');
    expect(formatVotes(1070334, 'es')).toBe('1.070.334');
    expect(formatVotes(1070334, 'en')).toBe('1,070,334');
  });
});
