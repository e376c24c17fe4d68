import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';
import type { Settings } from '../lib/backend';
import { answerCommands, callsOf } from '../test/backendMock';
import { appState, setSettings } from '../lib/app/appState.svelte';
import SettingsScreen from './SettingsScreen.svelte';

vi.mock('@tauri-apps/api/core', () => ({ invoke: vi.fn() }));

beforeEach(() => {
  setSettings({ language: 'es', theme: 'light', textSize: 'medium' });
  answerCommands({
    save_settings: (args) => args.settings as Settings,
    about: () => ({ appVersion: '1.2.3', contentVersion: '1.2.3', contentAsOf: '2026-11-30' }),
  });
});

describe('SettingsScreen', () => {
  it('shows the current settings as select values', () => {
    render(SettingsScreen);
    expect((screen.getByTestId('setting-language') as HTMLSelectElement).value).toBe('es');
    expect((screen.getByTestId('setting-theme') as HTMLSelectElement).value).toBe('light');
    expect((screen.getByTestId('setting-text-size') as HTMLSelectElement).value).toBe('medium');
    expect(document.title).toBe('Ajustes — Crónica');
  });

  it('states the release and the date of its content', async () => {
    render(SettingsScreen);
    const about = await screen.findByTestId('about');
    expect(about.querySelector('h2')?.textContent).toBe('Acerca de Crónica');
    expect(about.textContent).toContain('Versión 1.2.3');
    expect(about.textContent).toContain('Contenido actualizado al 30 de noviembre de 2026');
  });

  it('saves and applies the theme and text size at once', async () => {
    render(SettingsScreen);
    await fireEvent.change(screen.getByTestId('setting-theme'), { target: { value: 'dark' } });
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(callsOf('save_settings').at(-1)).toEqual({ settings: { language: 'es', theme: 'dark', textSize: 'medium' } });

    await fireEvent.change(screen.getByTestId('setting-text-size'), { target: { value: 'large' } });
    expect(document.documentElement.style.getPropertyValue('--root-font-size')).toBe('131.25%');
    expect(callsOf('save_settings').at(-1)).toEqual({ settings: { language: 'es', theme: 'dark', textSize: 'large' } });
    expect(await screen.findByText('Ajustes guardados.')).toBeTruthy();
  });

  it('offers to follow the system\'s theme, and draws the one the system asks for', async () => {
    vi.stubGlobal('matchMedia', () => ({ matches: true, addEventListener: () => {}, removeEventListener: () => {} }));
    render(SettingsScreen);
    const options = [...(screen.getByTestId('setting-theme') as HTMLSelectElement).options].map((o) => [o.value, o.textContent]);
    expect(options).toEqual([['light', 'Claro'], ['dark', 'Oscuro'], ['system', 'Seguir al sistema']]);
    await fireEvent.change(screen.getByTestId('setting-theme'), { target: { value: 'system' } });
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(callsOf('save_settings').at(-1)).toEqual({ settings: { language: 'es', theme: 'system', textSize: 'medium' } });
    vi.unstubAllGlobals();
  });

  it('switches the interface language immediately', async () => {
    render(SettingsScreen);
    await fireEvent.change(screen.getByTestId('setting-language'), { target: { value: 'en' } });
    expect(document.documentElement.lang).toBe('en');
    expect(appState.settings?.language).toBe('en');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Settings');
    expect(screen.getByLabelText('Theme')).toBeTruthy();
    expect(document.title).toBe('Settings — Crónica');
  });

  it('reports a failed save without undoing the change on screen', async () => {
    answerCommands({
      save_settings: () => {
        throw { kind: 'io', message: 'disco lleno' };
      },
    });
    render(SettingsScreen);
    await fireEvent.change(screen.getByTestId('setting-theme'), { target: { value: 'dark' } });
    expect(
      await screen.findByText(
        'No se pudieron guardar los ajustes: No se pudo leer o escribir un archivo. Revisa que quede espacio libre en el disco y que tengas permiso de escritura en la carpeta de datos de Crónica. (disco lleno)',
      ),
    ).toBeTruthy();
    expect(document.documentElement.dataset.theme).toBe('dark');
  });
});
