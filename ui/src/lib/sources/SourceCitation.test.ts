import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/svelte';
import type { Source } from '../backend';
import { setSettings } from '../app/appState.svelte';
import SourceCitation from './SourceCitation.svelte';

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
