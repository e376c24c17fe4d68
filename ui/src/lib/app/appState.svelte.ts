// Settings shared by every screen. Screens read `lang()` inside their loaders, so switching
// language re-runs those loaders and the whole UI re-renders in the new language without a restart.
import type { Lang, Settings, TextSize, Theme } from '../backend';
import { translate, translateCount, type MessageKey, type MessageParams } from '../i18n/i18n';

export const DEFAULT_SETTINGS: Settings = { language: 'es', theme: 'light', textSize: 'medium' };

const state = $state<{ settings: Settings | null }>({ settings: null });

export const appState = {
  /** null until getSettings has answered; content is not rendered before that. */
  get settings(): Settings | null {
    return state.settings;
  },
};

export function lang(): Lang {
  return state.settings?.language ?? DEFAULT_SETTINGS.language;
}

export function t(key: MessageKey, params?: MessageParams): string {
  return translate(lang(), key, params);
}

export function tCount(base: Parameters<typeof translateCount>[1], n: number): string {
  return translateCount(lang(), base, n);
}

/** Root font sizes per setting; rem-based CSS scales from here. */
export const ROOT_FONT_SIZE: Record<TextSize, string> = {
  small: '100%',
  medium: '112.5%',
  large: '131.25%',
};

/** Where the chosen theme is mirrored for public/theme-hint.js, which applies it before the first paint. */
export const THEME_HINT_KEY = 'cronica.theme';

const DARK_QUERY = '(prefers-color-scheme: dark)';

/** The theme drawn: the one chosen, or for "system" the one the operating system asks for now. */
export function resolveTheme(theme: Theme): 'light' | 'dark' {
  if (theme !== 'system') return theme;
  return typeof window.matchMedia === 'function' && window.matchMedia(DARK_QUERY).matches ? 'dark' : 'light';
}

/** Stops following the system's theme (set while the "system" theme is chosen). */
let stopFollowingSystem = (): void => {};

/**
 * Puts settings into effect on the document. Uses attributes and CSSOM only (no style attribute in
 * markup) so it works under the app's strict Content-Security-Policy. The theme is also kept in
 * local storage, a hint for the next launch's first frame (the settings themselves come from the
 * backend, too late for it).
 */
export function applySettings(settings: Settings, root: HTMLElement = document.documentElement): void {
  root.lang = settings.language;
  root.dataset.theme = resolveTheme(settings.theme);
  root.dataset.textSize = settings.textSize;
  root.style.setProperty('--root-font-size', ROOT_FONT_SIZE[settings.textSize]);
  stopFollowingSystem();
  stopFollowingSystem = () => {};
  if (settings.theme === 'system' && typeof window.matchMedia === 'function') {
    const query = window.matchMedia(DARK_QUERY);
    const follow = (): void => {
      root.dataset.theme = resolveTheme('system');
    };
    query.addEventListener('change', follow);
    stopFollowingSystem = () => query.removeEventListener('change', follow);
  }
  try {
    // Written only when it changes, so switching the language leaves the webview's storage alone.
    if (localStorage.getItem(THEME_HINT_KEY) !== settings.theme) localStorage.setItem(THEME_HINT_KEY, settings.theme);
  } catch {
    // Storage refused (private mode, full disk): the next launch starts in the default theme.
  }
}

/** Records and applies new settings in one step. */
export function setSettings(settings: Settings): void {
  state.settings = settings;
  applySettings(settings);
}
