import { beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import type { SearchResults } from '../lib/backend';
import { answerCommands } from '../test/backendMock';
import { hit, marked } from '../test/searchFixtures';
import { setSettings } from '../lib/app/appState.svelte';
import SearchScreen from './SearchScreen.svelte';

vi.mock('@tauri-apps/api/core', () => ({ invoke: vi.fn() }));

const withNote: SearchResults = {
  groups: [
    { kind: 'event', more: false, hits: [hit('event', 'Golpe de [Estado]', { screen: 'event', id: 'golpe-1973', section: null })] },
    {
      kind: 'note',
      more: false,
      hits: [
        hit('note', 'La Moneda', { screen: 'chapter', id: 'golpe-1973', section: 'la-moneda' }, {
          context: 'El golpe de 1973',
          snippet: marked('Repasar el bombardeo <b>del</b> [Estado]'),
        }),
      ],
    },
  ],
  suggestions: [],
};

beforeEach(() => {
  setSettings({ language: 'es', theme: 'light', textSize: 'medium' });
  answerCommands({ search: () => withNote });
});

describe('SearchScreen with the learner\'s notes', () => {
  it('lists matching notes as "Mis notas", each opening the item it annotates', async () => {
    render(SearchScreen, { query: 'estado' });
    const notes = await screen.findByTestId('search-group-note');
    expect(within(notes).getByRole('heading', { level: 2 }).textContent).toBe('Mis notas');
    const link = within(notes).getByRole('link', { name: 'La Moneda' });
    expect(link.getAttribute('href')).toBe('#/chapters/golpe-1973?section=la-moneda');
    const snippet = notes.querySelector('.search-hit-snippet')!;
    expect(snippet.textContent).toBe('Repasar el bombardeo <b>del</b> Estado');
    expect(snippet.querySelector('b')).toBeNull();
    expect([...snippet.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['Estado']);
  });
});
