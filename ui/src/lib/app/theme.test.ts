// The theme from the first frame: the app mirrors the chosen theme into local storage, and the
// page's blocking hint script (public/theme-hint.js, run here as the page runs it) reads it back.
import { afterEach, describe, expect, it, vi } from 'vitest';
import hintScript from '../../../public/theme-hint.js?raw';
import { applySettings, THEME_HINT_KEY } from './appState.svelte';

/** A matchMedia answering the dark-scheme query with `dark`, and a way to change the answer later. */
function systemPrefers(dark: boolean): (dark: boolean) => void {
  const listeners = new Set<() => void>();
  const query = {
    matches: dark,
    addEventListener: (_: string, listener: () => void) => listeners.add(listener),
    removeEventListener: (_: string, listener: () => void) => listeners.delete(listener),
  };
  vi.stubGlobal('matchMedia', () => query);
  return (now) => {
    query.matches = now;
    for (const listener of listeners) listener();
  };
}

function runHint(): string | undefined {
  delete document.documentElement.dataset.theme;
  new Function(hintScript)();
  return document.documentElement.dataset.theme;
}

afterEach(() => {
  vi.unstubAllGlobals();
  localStorage.clear();
});

describe('the theme', () => {
  it('is mirrored for the next launch and read back before the first paint', () => {
    systemPrefers(false);
    expect(runHint()).toBe('light');
    applySettings({ language: 'es', theme: 'dark', textSize: 'medium' });
    expect(localStorage.getItem(THEME_HINT_KEY)).toBe('dark');
    expect(runHint()).toBe('dark');
    applySettings({ language: 'es', theme: 'light', textSize: 'medium' });
    expect(runHint()).toBe('light');
  });

  it('follows the system when asked, also while the app runs', () => {
    const change = systemPrefers(true);
    applySettings({ language: 'es', theme: 'system', textSize: 'medium' });
    expect(document.documentElement.dataset.theme).toBe('dark');
    change(false);
    expect(document.documentElement.dataset.theme).toBe('light');
    expect(runHint()).toBe('light');
    change(true);
    expect(runHint()).toBe('dark');
    // A fixed choice stops following the system.
    applySettings({ language: 'es', theme: 'light', textSize: 'medium' });
    change(true);
    expect(document.documentElement.dataset.theme).toBe('light');
  });

  it('starts light when nothing is stored or storage holds something else', () => {
    systemPrefers(true);
    expect(runHint()).toBe('light');
    localStorage.setItem(THEME_HINT_KEY, 'neon');
    expect(runHint()).toBe('light');
  });

  it("takes the shell's saved theme on a first launch, before anything is stored", () => {
    systemPrefers(false);
    vi.stubGlobal('__CRONICA_SETTINGS__', { language: 'es', theme: 'dark', textSize: 'medium' });
    expect(runHint()).toBe('dark');
    // What the app stored since is newer than the copy the shell made at start-up (a reload).
    localStorage.setItem(THEME_HINT_KEY, 'light');
    expect(runHint()).toBe('light');
  });
});
