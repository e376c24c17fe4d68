// Alphabetical lists (figures by surname, glossary terms): Spanish order and letter headings.
// Spanish collation files "Álvaro" with A and puts "Ñ" after "N"; English lists use English
// order, where Ñ is an N.
import type { Lang } from '../backend';

const collators = new Map<Lang, Intl.Collator>();

/** The collator for a language's alphabetical order (accents and case only break ties). */
export function collator(lang: Lang): Intl.Collator {
  let c = collators.get(lang);
  if (!c) {
    c = new Intl.Collator(lang === 'es' ? 'es' : 'en', { usage: 'sort', numeric: true });
    collators.set(lang, c);
  }
  return c;
}

/** The letters of the index, in order: A–Z, with Ñ after N in Spanish. */
export function alphabet(lang: Lang): string[] {
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('');
  if (lang === 'es') letters.splice(letters.indexOf('N') + 1, 0, 'Ñ');
  return letters;
}

/** Where entries that start with no letter (a digit, a quote) are filed. */
export const OTHER = '#';

/** The letter a text is filed under: its first letter without accent, in capitals ("Álvaro" → A). */
export function initialOf(text: string, lang: Lang): string {
  const first = [...text].find((ch) => /[\p{L}\p{N}]/u.test(ch));
  if (first === undefined || !/\p{L}/u.test(first)) return OTHER;
  const upper = first.toLocaleUpperCase(lang);
  if (lang === 'es' && upper === 'Ñ') return 'Ñ';
  const base = upper.normalize('NFD').replace(/\p{M}/gu, '');
  return alphabet(lang).includes(base) ? base : OTHER;
}

export type LetterGroup<T> = { letter: string; items: T[] };

/** Sorts `items` by `key` in the language's order and groups them under their letters. */
export function groupByLetter<T>(items: readonly T[], key: (item: T) => string, lang: Lang): LetterGroup<T>[] {
  const order = collator(lang);
  const sorted = [...items].sort((a, b) => order.compare(key(a), key(b)));
  const groups: LetterGroup<T>[] = [];
  for (const item of sorted) {
    const letter = initialOf(key(item), lang);
    const last = groups[groups.length - 1];
    if (last && last.letter === letter) last.items.push(item);
    else groups.push({ letter, items: [item] });
  }
  // A group for entries with no letter is listed last.
  const other = groups.findIndex((g) => g.letter === OTHER);
  if (other !== -1) groups.push(...groups.splice(other, 1));
  return groups;
}

/** The id of a list's heading for a letter (unique per list). */
export function letterHeadingId(list: string, letter: string): string {
  return `${list}-letter-${letter === OTHER ? 'other' : letter === 'Ñ' ? 'enye' : letter}`;
}
