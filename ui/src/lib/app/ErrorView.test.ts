import { cleanup, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import ErrorView from './ErrorView.svelte';
import { setSettings } from './appState.svelte';
import { errorExplanationKey } from './errorText';
import { dictionaries } from '../i18n/i18n';
import type { ErrorKind } from '../backend';

vi.mock('@tauri-apps/api/core', () => ({ invoke: vi.fn() }));

afterEach(() => {
  cleanup();
  setSettings({ language: 'es', theme: 'light', textSize: 'medium' });
});

const { es, en } = dictionaries;

const KINDS: ErrorKind[] = ['invalidContent', 'io', 'database', 'notFound', 'invalidInput', 'corrupt', 'settings', 'hosting', 'browser', 'print', 'internal'];

describe('ErrorView', () => {
  it('explains an argument error in Spanish and keeps the English details out of the lead text', () => {
    render(ErrorView, { error: { kind: 'invalidInput', message: 'invalid arguments: missing field `id`' }, onretry: () => {} });
    expect(screen.getByTestId('error-explanation').textContent).toBe('La aplicación recibió datos que no son válidos.');
    expect(screen.getByText('Detalles técnicos')).toBeTruthy();
    expect(screen.getByTestId('error-view').textContent).toContain('missing field `id`');
    // Trying the same malformed request again cannot help.
    expect(screen.queryByRole('button', { name: 'Reintentar' })).toBeNull();
  });

  it('speaks English when the learner reads in English', () => {
    setSettings({ language: 'en', theme: 'light', textSize: 'medium' });
    render(ErrorView, { error: { kind: 'database', message: 'database is locked' }, onretry: () => {} });
    expect(screen.getByTestId('error-explanation').textContent).toBe(
      'The database answered with an error. Try again; if it keeps failing, restart Crónica.',
    );
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
  });

  it('shows a missing item as not found with a way home', () => {
    render(ErrorView, { error: { kind: 'notFound', message: "no event 'x'" } });
    expect(screen.getByRole('heading', { level: 1 }).textContent?.trim()).toBe('No encontrado');
    expect(screen.getByRole('link', { name: 'Volver al inicio' }).getAttribute('href')).toBe('#/');
  });

  it('quotes at most a short prefix of a huge message', () => {
    render(ErrorView, { error: { kind: 'internal', message: 'x'.repeat(100_000) } });
    expect(screen.getByTestId('error-view').textContent!.length).toBeLessThan(1_000);
  });

  it('treats anything thrown that is not a backend error as internal', () => {
    render(ErrorView, { error: new Error('boom') });
    expect(screen.getByTestId('error-view').dataset.kind).toBe('internal');
    expect(screen.getByTestId('error-view').textContent).toContain('boom');
  });

  it('has a text for every error kind in both languages', () => {
    for (const kind of KINDS) {
      const key = errorExplanationKey(kind);
      expect(es[key].length).toBeGreaterThan(20);
      expect(en[key].length).toBeGreaterThan(20);
      expect(en[key]).not.toBe(es[key]);
    }
  });
});
