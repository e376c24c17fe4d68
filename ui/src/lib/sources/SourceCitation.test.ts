import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';
import { answerCommands, callsOf } from '../../test/backendMock';
import type { Source } from '../backend';
import { setSettings } from '../app/appState.svelte';
import SourceCitation from './SourceCitation.svelte';

vi.mock('@tauri-apps/api/core', () => ({ invoke: vi.fn() }));

const base: Source = {
  id: 's', title: 'Un libro', publisher: 'Editorial', author: null, date: { iso: '2013', precision: 'year' },
  accessed: null, url: null, citation: null, kind: 'book', language: 'es',
};

describe('SourceCitation', () => {
  it('shows the citation of a source without an address', () => {
    setSettings({ language: 'es', theme: 'light', textSize: 'medium' });
    const { container } = render(SourceCitation, { source: { ...base, citation: 'Santiago: Editorial, 2013, p. 12.' } });
    expect(container.textContent).toContain('Santiago: Editorial, 2013, p. 12.');
  });

  it('shows the address, not the editor note, of a web source', () => {
    setSettings({ language: 'es', theme: 'light', textSize: 'medium' });
    const source = { ...base, url: 'https://example.org/a', citation: 'Headline reconstructed from the page address.' };
    const { container } = render(SourceCitation, { source });
    expect(container.textContent).toContain('https://example.org/a');
    expect(container.textContent).not.toContain('Headline reconstructed');
  });
});

describe('SourceCitation: opening the page', () => {
  it('asks the backend to open the source by id and says it was opened', async () => {
    setSettings({ language: 'es', theme: 'light', textSize: 'medium' });
    answerCommands({ open_source: ({ id }) => ({ id, url: 'https://example.org/a' }) });
    render(SourceCitation, { source: { ...base, publisher: 'La Tercera', url: 'https://example.org/a' } });
    const button = screen.getByRole('button', { name: 'Abrir en el navegador: la página de La Tercera' });
    await fireEvent.click(button);
    expect(await screen.findByText('Abierta en tu navegador.')).toBeTruthy();
    expect(callsOf('open_source')).toEqual([{ id: 's' }]);
  });

  it('explains in words when the browser cannot be opened', async () => {
    setSettings({ language: 'en', theme: 'light', textSize: 'medium' });
    answerCommands({
      open_source: () => {
        throw { kind: 'browser', message: 'the browser could not open https://example.org/a: xdg-open not found' };
      },
    });
    render(SourceCitation, { source: { ...base, url: 'https://example.org/a' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Open in browser: the Editorial page' }));
    expect(await screen.findByText('The system browser could not be opened. Copy the address and open it in your browser.')).toBeTruthy();
    setSettings({ language: 'es', theme: 'light', textSize: 'medium' });
  });

  it('offers no button for a source without an address', () => {
    render(SourceCitation, { source: { ...base, citation: 'Santiago: Editorial, 2013.' } });
    expect(screen.queryByTestId('open-source')).toBeNull();
  });
});
