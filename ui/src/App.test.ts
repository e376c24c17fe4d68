import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import type { Lang, Settings } from './lib/backend';
import { answerCommands, callsOf, type Handler } from './test/backendMock';
import { chapterSummaries, home } from './test/fixtures';
import './test/preloadScreens';
import App from './App.svelte';

vi.mock('@tauri-apps/api/core', () => ({ invoke: vi.fn() }));

let stored: Settings;
function backendWith(extra: Record<string, Handler> = {}) {
  return answerCommands({
    get_settings: () => stored,
    save_settings: (args) => (stored = args.settings as Settings),
    startup_notices: () => [],
    home: (args) => home(args.lang as Lang),
    list_chapters: () => chapterSummaries,
    ...extra,
  });
}

beforeEach(() => {
  stored = { language: 'es', theme: 'dark', textSize: 'large' };
  window.location.hash = '';
});

describe('App', () => {
  it('applies saved settings before showing content', async () => {
    backendWith();
    render(App);
    expect((await screen.findByTestId('home-title')).textContent).toBe('Crónica de Chile');
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(document.documentElement.lang).toBe('es');
    expect(screen.getByTestId('home-as-of').textContent).toContain('21 de noviembre de 2026');
    expect(screen.getByTestId('nav-chapters').textContent).toBe('Capítulos');
    expect(screen.getByTestId('nav-home').getAttribute('aria-current')).toBe('page');
    expect(document.title).toBe('Inicio — Crónica');
  });

  it("starts from the settings the shell put on the page, without waiting for the backend's", async () => {
    vi.stubGlobal('__CRONICA_SETTINGS__', { language: 'en', theme: 'dark', textSize: 'small' });
    try {
      backendWith({ get_settings: () => new Promise<Settings>(() => {}) });
      render(App);
      expect((await screen.findByTestId('nav-chapters')).textContent).toBe('Chapters');
      expect(document.documentElement.lang).toBe('en');
      expect(document.documentElement.dataset.textSize).toBe('small');
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it("takes the backend's settings when they differ from the shell's copy (after a reload)", async () => {
    vi.stubGlobal('__CRONICA_SETTINGS__', { language: 'en', theme: 'light', textSize: 'small' });
    try {
      backendWith();
      render(App);
      await waitFor(() => expect(screen.getByTestId('nav-chapters').textContent).toBe('Capítulos'));
      expect(document.documentElement.dataset.theme).toBe('dark');
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('loads the first screen once when the shell and the backend agree', async () => {
    vi.stubGlobal('__CRONICA_SETTINGS__', { ...stored });
    try {
      backendWith();
      render(App);
      await screen.findByTestId('home-title');
      await waitFor(() => expect(callsOf('get_settings')).toHaveLength(1));
      expect(callsOf('home')).toEqual([{ lang: 'es' }]);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('offers the first chapter when there is no progress, and continuing when there is', async () => {
    backendWith();
    const first = render(App);
    const start = await screen.findByTestId('start-reading');
    expect(start.getAttribute('href')).toBe('#/chapters/unidad-popular');
    expect(screen.queryByTestId('home-last-quiz')).toBeNull();
    first.unmount();

    backendWith({ home: (args) => home(args.lang as Lang, true) });
    render(App);
    const resume = await screen.findByTestId('continue-reading');
    expect(resume.getAttribute('href')).toBe('#/chapters/unidad-popular?section=reformas');
    expect(screen.getByTestId('home-last-quiz').textContent).toContain('7 / 10');
  });

  it('shows the error view when the backend rejects', async () => {
    backendWith({
      home: () => {
        throw { kind: 'database', message: 'La base de contenidos no se pudo abrir' };
      },
    });
    render(App);
    expect((await screen.findByTestId('error-view')).textContent).toContain('La base de contenidos no se pudo abrir');
  });

  it('shows startup notices once, dismissibly', async () => {
    backendWith({ startup_notices: () => [{ kind: 'userDataRecovered', path: '/datos/progreso.json.roto' }] });
    render(App);
    const notice = await screen.findByTestId('notice');
    expect(notice.textContent).toContain('Tus datos de estudio no se pudieron leer');
    expect(notice.textContent).toContain('/datos/progreso.json.roto');
    await fireEvent.click(screen.getByRole('button', { name: 'Cerrar aviso' }));
    expect(screen.queryByTestId('notice')).toBeNull();
    expect(callsOf('startup_notices')).toHaveLength(1);
  });

  it('gives each notice kind its own text', async () => {
    backendWith({
      startup_notices: () => [
        { kind: 'userDataUnavailable', path: '/datos/user.db' },
        { kind: 'settingsRecovered', path: '/datos/settings.json.unreadable' },
      ],
    });
    render(App);
    await screen.findAllByTestId('notice');
    const [unavailable, settings] = screen.getAllByTestId('notice');
    expect(unavailable!.dataset.noticeKind).toBe('userDataUnavailable');
    expect(unavailable!.textContent).toContain('nada de lo que hagas en esta sesión se guardará');
    expect(unavailable!.textContent).not.toContain('ajustes');
    expect(settings!.textContent).toContain('Tus ajustes no se pudieron leer');
  });

  it('reloads content in the new language after a language change', async () => {
    backendWith();
    render(App);
    await screen.findByTestId('home-title');
    window.location.hash = '#/settings';
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await fireEvent.change(await screen.findByTestId('setting-language'), { target: { value: 'en' } });
    window.location.hash = '#/';
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await waitFor(() => expect(screen.getByTestId('home-title').textContent).toBe('Chronicle of Chile'));
    expect(screen.getByTestId('nav-chapters').textContent).toBe('Chapters');
    expect(callsOf('home').at(-1)).toEqual({ lang: 'en' });
  });

  it('shows a not-found view for unknown routes', async () => {
    backendWith();
    window.location.hash = '#/nowhere';
    render(App);
    expect(await screen.findByText('Página no encontrada')).toBeTruthy();
  });
});
