// Small pure helpers the views share: the join form's checks and how an answer reads.
import type { MessageKey, MessageParams } from '../lib/i18n/i18n';
import type { OpenQuestion } from './connection';
import { answerLine } from '../lib/live/wire';
import { TEXT_LIMIT, YEAR_LIMIT, type AnswerValue } from './protocol';

/** The server's nickname limit, in characters (not bytes). */
export const NICKNAME_MAX = 20;

export interface Invalid {
  key: MessageKey;
  params?: MessageParams;
}

/** The PIN as typed, without spaces (phones' keyboards add them easily). */
export function normalisePin(raw: string): string {
  return raw.replace(/\s+/g, '');
}

export function checkPin(raw: string): Invalid | null {
  return /^[0-9]{6}$/.test(normalisePin(raw)) ? null : { key: 'student.join.pinFormat' };
}

// Control characters, and the direction overrides and isolates the server refuses (U+202A–U+202E, U+2066–U+2069).
const FORBIDDEN = /[\p{Cc}\u202A-\u202E\u2066-\u2069]/u;

/** The same rules the server applies: trimmed, 1–20 characters, no control characters or direction overrides. */
export function checkNickname(raw: string): Invalid | null {
  const nickname = raw.trim();
  const length = [...nickname].length;
  if (length === 0) return { key: 'student.join.nicknameEmpty' };
  if (length > NICKNAME_MAX) return { key: 'student.join.nicknameLong', params: { max: NICKNAME_MAX, n: length } };
  if (FORBIDDEN.test(nickname)) return { key: 'student.join.nicknameChars' };
  return null;
}

/** A typed year, or null when it is not a whole number the server accepts. */
export function parseYear(raw: string): number | null {
  const text = raw.trim().replace(/^\u2212/, '-');
  if (!/^-?[0-9]{1,5}$/.test(text)) return null;
  const year = Number(text);
  return Math.abs(year) <= YEAR_LIMIT ? year : null;
}

/** How an answer reads on one line: the option's text when the question is known, the year, the items in order
 * ("A → B → C"), each left item with its option ("left: option; …"), or the typed text. */
export function answerText(value: AnswerValue, question: OpenQuestion | null): string {
  return answerLine(value, question);
}

/** Whether typed text holds an answer the server would grade: at least one letter or number, within the limit. */
export function checkTyped(raw: string): Invalid | null {
  if (!/[\p{L}\p{N}]/u.test(raw)) return { key: 'student.question.textEmpty' };
  if ([...raw].length > TEXT_LIMIT) return { key: 'student.question.textLimit', params: { max: TEXT_LIMIT } };
  return null;
}

/** Whole seconds left (rounded up), never negative. */
export function secondsLeft(remainingMs: number): number {
  return Math.max(0, Math.ceil(remainingMs / 1000));
}
