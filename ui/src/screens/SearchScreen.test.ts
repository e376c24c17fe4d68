import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import type { SearchResults } from '../lib/backend';
import { answerCommands, callsOf } from '../test/backendMock';
import { copper, nothing, nothingButSuggestions, single } from '../test/searchFixtures';
import { setSettings } from '../lib/app/appState.svelte';
import SearchScreen from './SearchScreen.svelte';

vi.mock('@tauri-apps/api/core', () => ({ invoke: vi.fn() }));

beforeEach(() => {
  setSettings({ language: 'es', theme: 'light', textSize: 'medium' });
});

/** Answers each search with `answer(query)`. */
function searchAnswers(answer: (query: string) => SearchResults | Promise<SearchResults>) {
  answerCommands({ search: (args) => answer(args.query as string) });
}

/** A search answer the test releases when it chooses. */
function deferred() {
  let resolve!: (results: SearchResults) => void;
  const promise = new Promise<SearchResults>((r) => (resolve = r));
  return { promise, resolve };
}

describe('SearchScreen', () => {
  it('shows the results grouped by kind, best group first, with the matches marked', async () => {
    searchAnswers(() => copper);
    render(SearchScreen, { query: 'nacionalizacion del cobre' });

    const events = await screen.findByTestId('search-group-event');
    const groups = [...document.querySelectorAll('[data-testid^="search-group-"]')].map((g) => g.querySelector('h2')?.textContent);
    expect(groups).toEqual(['Acontecimientos', 'Capítulos', 'Preguntas']);
    expect(callsOf('search')).toEqual([{ lang: 'es', query: 'nacionalizacion del cobre' }]);

    const first = events.querySelector('a')!;
    expect(first.getAttribute('href')).toBe('#/events/nacionalizacion-del-cobre');
    expect(first.textContent).toBe('Nacionalización de la gran minería del cobre');
    expect([...first.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['Nacionalización', 'del', 'cobre']);
    expect(events.textContent).toContain('11 de julio de 1971');
    expect(events.querySelector('time')?.getAttribute('datetime')).toBe('1971-07-11');
    expect(events.textContent).toContain('1966');
    const snippet = events.querySelector('.search-hit-snippet')!;
    expect(snippet.textContent).toBe('El Congreso Pleno aprobó la reforma que permitió nacionalizar la gran minería del cobre …');
    expect([...snippet.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['del', 'cobre']);
    // The snippet and date describe the link, so a screen reader hears them after the title.
    const described = first.getAttribute('aria-describedby')!.split(' ').map((id) => document.getElementById(id)?.textContent);
    expect(described).toEqual(['11 de julio de 1971', snippet.textContent]);

    const chapter = screen.getByTestId('search-group-chapter');
    expect(chapter.querySelector('a')?.getAttribute('href')).toBe('#/chapters/unidad-popular?section=cobre');
    expect(chapter.querySelector('.search-hit-about')?.textContent).toBe('La Unidad Popular');
    const question = screen.getByTestId('search-group-question');
    expect(question.querySelector('a')?.getAttribute('href')).toBe('#/chapters/unidad-popular/quiz');
    expect(screen.getByTestId('search-more-question').textContent).toContain('precisa la búsqueda');
    expect(screen.queryByTestId('search-more-event')).toBeNull();

    expect(screen.getByRole('status').textContent).toBe('Más de 4 resultados para «nacionalizacion del cobre»');
    expect(document.title).toBe('Búsqueda: nacionalizacion del cobre — Crónica');
  });

  it('counts one result or several', async () => {
    searchAnswers((query) => (query === 'uno' ? single('figure', 'Salvador Allende', 'salvador-allende') : { ...copper, groups: copper.groups.slice(0, 2) }));
    const view = render(SearchScreen, { query: 'uno' });
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('1 resultado para «uno»'));
    expect(screen.getByRole('heading', { name: 'Personajes' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Salvador Allende' }).getAttribute('href')).toBe('#/figures/salvador-allende');
    await view.rerender({ query: 'varios' });
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('3 resultados para «varios»'));
  });

  it('says when nothing was found and offers the closest titles', async () => {
    searchAnswers(() => nothingButSuggestions);
    render(SearchScreen, { query: 'pinoshet' });
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('No se encontró nada para «pinoshet».'));
    expect(screen.getByRole('heading', { name: '¿Quisiste decir…?' })).toBeTruthy();
    const suggestions = screen.getAllByTestId('search-suggestion');
    expect(suggestions.map((s) => s.textContent)).toEqual(['Augusto Pinochet Ugarte', 'Miguel Enríquez Espinosa']);
    expect(suggestions[0]!.getAttribute('href')).toBe('#/figures/augusto-pinochet');
    expect(screen.getByTestId('search-suggestions').textContent).toContain('Comandante en Jefe del Ejército');
  });

  it('says so plainly when nothing was found and nothing is close', async () => {
    searchAnswers(() => nothing);
    render(SearchScreen, { query: 'zzqx' });
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('No se encontró nada para «zzqx».'));
    expect(screen.getByTestId('search-nothing').textContent).toContain('prueba con otras palabras');
    expect(screen.queryByTestId('search-suggestions')).toBeNull();
  });

  it('drops an answer that arrives after a newer search began', async () => {
    const slow = deferred();
    const fast = deferred();
    searchAnswers((query) => (query === 'pin' ? slow.promise : fast.promise));
    const view = render(SearchScreen, { query: 'pin' });
    await view.rerender({ query: 'pinochet' });
    expect(callsOf('search').map((c) => c.query)).toEqual(['pin', 'pinochet']);

    fast.resolve(single('figure', 'Augusto Pinochet Ugarte', 'augusto-pinochet'));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('1 resultado para «pinochet»'));
    slow.resolve(single('event', 'Pinochet asume', 'pinochet-asume'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(screen.getByRole('status').textContent).toBe('1 resultado para «pinochet»');
    expect(screen.queryByText('Pinochet asume')).toBeNull();
    expect(screen.getByRole('link', { name: 'Augusto Pinochet Ugarte' })).toBeTruthy();
  });

  it('keeps the previous results on screen, marked busy, while the next search runs', async () => {
    const next = deferred();
    searchAnswers((query) => (query === 'cobre' ? copper : next.promise));
    const view = render(SearchScreen, { query: 'cobre' });
    await screen.findByTestId('search-group-event');
    expect(screen.getByTestId('search-results').getAttribute('aria-busy')).toBe('false');
    await view.rerender({ query: 'cobre chu' });
    expect(screen.getByTestId('search-group-event')).toBeTruthy();
    expect(screen.getByTestId('search-results').getAttribute('aria-busy')).toBe('true');
    next.resolve(nothing);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('No se encontró nada para «cobre chu».'));
    expect(screen.getByTestId('search-results').getAttribute('aria-busy')).toBe('false');
  });

  it('shows what was typed, and every result, as text', async () => {
    const attack = '<img src=x onerror=alert(1)>';
    searchAnswers(() => ({
      groups: [
        {
          kind: 'term',
          more: false,
          hits: [
            {
              kind: 'term', id: 't', section: null, context: '<b>negrita</b>', date: null,
              title: [{ text: '<script>alert(1)</script>', highlighted: true }],
              snippet: [{ text: '<img src=y onerror=alert(2)>', highlighted: false }],
              opens: { screen: 'term', id: 't', section: null },
            },
          ],
        },
      ],
      suggestions: [],
    }));
    render(SearchScreen, { query: attack });
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe(`1 resultado para «${attack}»`));
    expect(document.querySelector('main img, img, script, b')).toBeNull();
    expect(screen.getByRole('link', { name: '<script>alert(1)</script>' }).querySelector('mark')?.textContent).toBe('<script>alert(1)</script>');
    expect(screen.getByText('<img src=y onerror=alert(2)>')).toBeTruthy();
    expect(screen.getByText('<b>negrita</b>')).toBeTruthy();
    expect(document.title).toBe(`Búsqueda: ${attack} — Crónica`);
  });

  it('invites a search when the query is empty, without asking the backend', async () => {
    searchAnswers(() => copper);
    render(SearchScreen, { query: '  ' });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Búsqueda');
    expect(document.body.textContent).toContain('Escribe en el cuadro de búsqueda');
    expect(document.body.textContent).toContain('Ctrl+K');
    expect(screen.getByRole('status').textContent).toBe('');
    expect(callsOf('search')).toEqual([]);
    expect(document.title).toBe('Búsqueda — Crónica');
  });

  it('moves between the result links with the arrow keys', async () => {
    searchAnswers(() => copper);
    render(SearchScreen, { query: 'cobre' });
    await screen.findByTestId('search-group-event');
    const links = [...document.querySelectorAll<HTMLElement>('[data-search-result]')];
    expect(links).toHaveLength(4);
    links[0]!.focus();
    await fireEvent.keyDown(links[0]!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(links[1]);
    await fireEvent.keyDown(links[1]!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(links[2]);
    await fireEvent.keyDown(links[2]!, { key: 'End' });
    expect(document.activeElement).toBe(links[3]);
    await fireEvent.keyDown(links[3]!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(links[3]);
    await fireEvent.keyDown(links[3]!, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(links[2]);
    await fireEvent.keyDown(links[2]!, { key: 'Home' });
    expect(document.activeElement).toBe(links[0]);
  });

  it('reports a failed search with a way to try again', async () => {
    let fail = true;
    answerCommands({
      search: () => {
        if (fail) throw { kind: 'database', message: 'La base de contenidos no responde' };
        return copper;
      },
    });
    render(SearchScreen, { query: 'cobre' });
    expect((await screen.findByTestId('error-view')).textContent).toContain('La base de contenidos no responde');
    fail = false;
    await fireEvent.click(screen.getByRole('button', { name: 'Reintentar' }));
    expect(await screen.findByTestId('search-group-event')).toBeTruthy();
  });

  it('searches again in the other language', async () => {
    searchAnswers(() => copper);
    render(SearchScreen, { query: 'copper' });
    await screen.findByTestId('search-group-event');
    setSettings({ language: 'en', theme: 'light', textSize: 'medium' });
    await waitFor(() => expect(screen.getByRole('heading', { level: 2, name: 'Events' })).toBeTruthy());
    expect(callsOf('search').at(-1)).toEqual({ lang: 'en', query: 'copper' });
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('More than 4 results for “copper”'));
  });
});
