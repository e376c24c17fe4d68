// Every string the interface shows (content comes from the backend already translated).
// Spanish is the source dictionary; its keys define `MessageKey`, and the English dictionary must
// have exactly the same keys (the type enforces it, a unit test double-checks at runtime).
import type { Lang } from '../backend';

import { esLearner } from './es/learner';
import { esStudent } from './es/student';
import { esTeacher } from './es/teacher';
import { esReview } from './es/review';
import { esNotes } from './es/notes';
import { esHistory } from './es/history';
import { enLearner } from './en/learner';
import { enStudent } from './en/student';
import { enTeacher } from './en/teacher';
import { enReview } from './en/review';
import { enNotes } from './en/notes';
import { enHistory } from './en/history';

const es = { ...esLearner, ...esTeacher, ...esStudent, ...esReview, ...esNotes, ...esHistory };

export type MessageKey = keyof typeof es;
export type Dictionary = Record<MessageKey, string>;

const en: Dictionary = { ...enLearner, ...enTeacher, ...enStudent, ...enReview, ...enNotes, ...enHistory };

export const dictionaries: Record<Lang, Dictionary> = { es, en };

/** Month names as they appear inside a date ("11 de septiembre de 1973", "11 September 1973"). */
export const monthNames: Record<Lang, readonly string[]> = {
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

export type MessageParams = Record<string, string | number>;

/** Looks a message up and fills its `{name}` placeholders; unknown placeholders are left visible. */
export function translate(lang: Lang, key: MessageKey, params?: MessageParams): string {
  const template = dictionaries[lang][key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** Picks the `.one` or `.other` form; both languages only need these two forms for counts. */
export function translateCount(
  lang: Lang,
  base: 'chapters.questions' | 'timeline.count' | 'figures.count',
  n: number,
): string {
  const key: MessageKey = n === 1 ? `${base}.one` : `${base}.other`;
  return translate(lang, key, { n });
}
