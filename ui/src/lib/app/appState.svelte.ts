// Settings shared by every screen. Screens read `lang()` inside their loaders, so switching
// language re-runs those loaders and the whole UI re-renders in the new language without a restart.
import type { Lang, Settings, TextSize } from '../backend';
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

/**
 * Puts settings into effect on the document. Uses attributes and CSSOM only (no style attribute in
 * markup) so it works under the app's strict Content-Security-Policy.
 */
export function applySettings(settings: Settings, root: HTMLElement = document.documentElement): void {
  root.lang = settings.language;
  root.dataset.theme = settings.theme;
  root.dataset.textSize = settings.textSize;
  root.style.setProperty('--root-font-size', ROOT_FONT_SIZE[settings.textSize]);
}

/** Records and applies new settings in one step. */
export function setSettings(settings: Settings): void {
  state.settings = settings;
  applySettings(settings);
}
