import { describe, expect, it } from 'vitest';
import { applySettings, lang, setSettings, t } from './appState.svelte';

describe('applySettings', () => {
  it('sets theme, language and root font size on <html>', () => {
    const root = document.documentElement;
    applySettings({ language: 'en', theme: 'dark', textSize: 'large' });
    expect(root.dataset.theme).toBe('dark');
    expect(root.lang).toBe('en');
    expect(root.style.getPropertyValue('--root-font-size')).toBe('131.25%');

    applySettings({ language: 'es', theme: 'light', textSize: 'small' });
    expect(root.dataset.theme).toBe('light');
    expect(root.lang).toBe('es');
    expect(root.style.getPropertyValue('--root-font-size')).toBe('100%');
  });

  it('makes t() follow the current language', () => {
    setSettings({ language: 'en', theme: 'light', textSize: 'medium' });
    expect(lang()).toBe('en');
    expect(t('nav.chapters')).toBe('Chapters');
    setSettings({ language: 'es', theme: 'light', textSize: 'medium' });
    expect(t('nav.chapters')).toBe('Capítulos');
  });
});
