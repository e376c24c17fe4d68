// What the note form checks before asking the backend (which checks the same again): a note is
// not empty once trimmed and has at most MAX_NOTE_CHARS characters (counted as the backend counts
// them, by code point).
import type { MessageKey } from '../i18n/i18n';

/** The backend's `notes::MAX_NOTE_CHARS`. */
export const MAX_NOTE_CHARS = 10_000;

export type NoteProblem = { key: MessageKey; params?: Record<string, number> } | null;

export function noteProblem(text: string): NoteProblem {
  const trimmed = text.trim();
  if (trimmed === '') return { key: 'note.empty' };
  const chars = [...trimmed].length;
  if (chars > MAX_NOTE_CHARS) return { key: 'note.tooLong', params: { n: chars, max: MAX_NOTE_CHARS } };
  return null;
}
