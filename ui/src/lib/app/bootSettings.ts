// The saved settings the desktop shell puts on the page before its scripts run
// (src-tauri/src/boot.rs), so the first frame is already in the learner's language, theme and text
// size. Whatever is there is checked like any input; anything else (no shell, an older one, a
// value out of range) counts as nothing and the app asks the backend instead.
import type { Lang, Settings, TextSize, Theme } from '../backend';

export const BOOT_SETTINGS_GLOBAL = '__CRONICA_SETTINGS__';

const LANGS: readonly Lang[] = ['es', 'en'];
const THEMES: readonly Theme[] = ['light', 'dark', 'system'];
const TEXT_SIZES: readonly TextSize[] = ['small', 'medium', 'large'];

function oneOf<T extends string>(allowed: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value);
}

/** The settings found at `value` (by default, the shell's global), or null. */
export function bootSettings(value: unknown = (globalThis as Record<string, unknown>)[BOOT_SETTINGS_GLOBAL]): Settings | null {
  if (typeof value !== 'object' || value === null) return null;
  const { language, theme, textSize } = value as Record<string, unknown>;
  if (!oneOf(LANGS, language) || !oneOf(THEMES, theme) || !oneOf(TEXT_SIZES, textSize)) return null;
  return { language, theme, textSize };
}

/** Whether two settings would draw the same screen. */
export function sameSettings(a: Settings | null, b: Settings | null): boolean {
  return a !== null && b !== null && a.language === b.language && a.theme === b.theme && a.textSize === b.textSize;
}
