// The student page's language: Spanish unless the student picked English on this device.
import type { Lang } from '../lib/backend';
import { translate, type MessageKey, type MessageParams } from '../lib/i18n/i18n';

const LANG_KEY = 'cronica.classroom.lang';

const current = $state<{ lang: Lang }>({ lang: 'es' });

export function lang(): Lang {
  return current.lang;
}

/** A message in the current language (re-renders the views that read it when the language changes). */
export function t(key: MessageKey, params?: MessageParams): string {
  return translate(current.lang, key, params);
}

export function setLang(next: Lang, storage: Pick<Storage, 'setItem'> | null = safeStorage()): void {
  current.lang = next;
  document.documentElement.lang = next;
  document.title = translate(next, 'student.title');
  try {
    storage?.setItem(LANG_KEY, next);
  } catch {
    // Not remembered; Spanish again next time.
  }
}

/** The language saved on this device, or Spanish. */
export function savedLang(storage: Pick<Storage, 'getItem'> | null = safeStorage()): Lang {
  try {
    return storage?.getItem(LANG_KEY) === 'en' ? 'en' : 'es';
  } catch {
    return 'es';
  }
}

/** localStorage, or null when the browser refuses it (private modes, disabled storage). */
export function safeStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
