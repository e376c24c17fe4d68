// A teacher's text is written in Spanish, English or both. These helpers pick the text to show
// and turn form fields into what the backend stores (blank means "not written in that language").
import type { Lang, TeacherText } from '../backend';

export const LANGS: readonly Lang[] = ['es', 'en'];

function written(text: string | null | undefined): string | null {
  const trimmed = text?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

/** The text in `lang` if written, else in the other language (as the backend does). */
export function shownText(text: TeacherText, lang: Lang): string {
  return written(text[lang]) ?? LANGS.map((l) => written(text[l])).find((t) => t !== null) ?? '';
}

/** The languages a text is written in. */
export function writtenLanguages(text: TeacherText): Lang[] {
  return LANGS.filter((l) => written(text[l]) !== null);
}

/** Form fields (plain strings, possibly blank) as stored text. */
export function teacherText(fields: { es: string; en: string }): TeacherText {
  return { es: written(fields.es), en: written(fields.en) };
}

/** Stored text as form fields. */
export function textFields(text: TeacherText): { es: string; en: string } {
  return { es: text.es ?? '', en: text.en ?? '' };
}
