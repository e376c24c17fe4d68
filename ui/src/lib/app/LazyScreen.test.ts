import { cleanup, render, screen } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Component } from 'svelte';
import LazyScreen from './LazyScreen.svelte';
import NotFoundScreen from '../../screens/NotFoundScreen.svelte';
import { setSettings } from './appState.svelte';
import { loadsPending } from './load.svelte';

vi.mock('@tauri-apps/api/core', () => ({ invoke: vi.fn() }));

type Module = { default: Component<{ path: string }> };
/** LazyScreen for a screen taking `path` (render() cannot infer the component's generic). */
const Lazy = LazyScreen as unknown as Component<{ load: () => Promise<Module>; props: { path: string } }>;

beforeEach(() => setSettings({ language: 'es', theme: 'light', textSize: 'medium' }));
afterEach(() => cleanup());

describe('LazyScreen', () => {
  it('says it is loading, counts as a load on its way, then shows the screen with its props', async () => {
    let arrive: (module: Module) => void = () => {};
    const code = new Promise<Module>((resolve) => (arrive = resolve));
    render(Lazy, { props: { load: () => code, props: { path: '/ninguna-parte' } } });
    expect(screen.getByRole('status').textContent).toBe('Cargando…');
    expect(loadsPending()).toBe(1);

    arrive({ default: NotFoundScreen });
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe('Página no encontrada');
    expect(screen.getByText(/ninguna-parte/)).toBeTruthy();
    expect(loadsPending()).toBe(0);
  });

  it('shows an error instead of a blank screen when the code cannot be loaded', async () => {
    render(Lazy, { props: { load: (): Promise<Module> => Promise.reject(new Error('chunk missing')), props: { path: '/x' } } });
    expect((await screen.findByTestId('error-view')).textContent).toContain('chunk missing');
    expect(loadsPending()).toBe(0);
  });
});
