// Historical dates are shown exactly as precise as the sources allow: a year-only date must never be
// padded into "1 January". The formatting is done by hand rather than with Intl so that it reads
// the same in every webview (and in tests) regardless of the ICU data a platform ships.
import type { HistDate, Lang, Precision } from '../backend';
import { monthNames, translate } from './i18n';

interface DateParts {
  year: number;
  month: number | null;
  day: number | null;
}

const ISO_FORM = /^(-?\d{1,4})(?:-(\d{2})(?:-(\d{2}))?)?/;

/** Splits "YYYY", "YYYY-MM" or "YYYY-MM-DD" (anything after the date, like a time, is ignored). */
export function parseIsoDate(iso: string): DateParts | null {
  const match = ISO_FORM.exec(iso.trim());
  if (!match) return null;
  const year = Number(match[1]);
  const month = match[2] ? Number(match[2]) : null;
  const day = match[3] ? Number(match[3]) : null;
  if (month !== null && (month < 1 || month > 12)) return null;
  if (day !== null && (day < 1 || day > 31)) return null;
  return { year, month, day };
}

/** The precision a date string carries by its form. */
export function precisionOf(iso: string): Precision {
  const parts = parseIsoDate(iso);
  if (!parts || parts.month === null) return 'year';
  return parts.day === null ? 'month' : 'day';
}

/** "1973", "septiembre de 1973" / "September 1973", "11 de septiembre de 1973" / "11 September 1973". */
export function formatHistDate(date: HistDate, lang: Lang): string {
  const parts = parseIsoDate(date.iso);
  // Unknown shapes are shown verbatim rather than hidden: a wrong-looking date is better than none.
  if (!parts) return date.iso;
  const year = String(parts.year);
  if (date.precision === 'year' || parts.month === null) return year;
  const month = monthNames[lang][parts.month - 1] ?? String(parts.month);
  if (date.precision === 'month' || parts.day === null) {
    return lang === 'es' ? `${month} de ${year}` : `${month} ${year}`;
  }
  return lang === 'es' ? `${parts.day} de ${month} de ${year}` : `${parts.day} ${month} ${year}`;
}

/** Formats a plain date string (e.g. an era boundary or the "as of" date) at the precision of its form. */
export function formatIsoDate(iso: string, lang: Lang): string {
  const datePart = iso.slice(0, 10);
  return formatHistDate({ iso: datePart, precision: precisionOf(datePart) }, lang);
}

/** "start – end"; a missing end means a single date. */
export function formatDateRange(start: HistDate, end: HistDate | null, lang: Lang): string {
  const from = formatHistDate(start, lang);
  return end ? `${from} – ${formatHistDate(end, lang)}` : from;
}

/** Era boundaries are plain strings; an open era runs until the present. */
export function formatEraRange(start: string, end: string | null, lang: Lang): string {
  const to = end ? formatIsoDate(end, lang) : translate(lang, 'era.present');
  return `${formatIsoDate(start, lang)} – ${to}`;
}

/** Life dates by year only ("1908–1973"); a living person shows "nació en 1949" / "born 1949". */
export function formatLifeDates(born: HistDate | null, died: HistDate | null, lang: Lang): string {
  const year = (d: HistDate) => String(parseIsoDate(d.iso)?.year ?? d.iso);
  if (born && died) return `${year(born)}–${year(died)}`;
  if (born) return translate(lang, 'figure.born', { date: year(born) });
  if (died) return `?–${year(died)}`;
  return '';
}

/** A role's span, each end at its own precision; an open-ended role shows only its start. */
export function formatRoleSpan(start: HistDate | null, end: HistDate | null, lang: Lang): string {
  if (start && end) return formatDateRange(start, end, lang);
  if (start) return `${formatHistDate(start, lang)} –`;
  if (end) return `– ${formatHistDate(end, lang)}`;
  return '';
}


/** Abbreviated month names for dates of the learner's own calendar ("4 dic 2026", "4 Dec 2026"). */
const shortMonthNames: Record<Lang, readonly string[]> = {
  es: ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sept', 'oct', 'nov', 'dic'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
};

/** The day number of a moment in the local calendar (days since 1970-01-01 there). */
function localDay(moment: Date): number {
  return Math.round(Date.UTC(moment.getFullYear(), moment.getMonth(), moment.getDate()) / 86_400_000);
}

/**
 * When something is due, in words and as a date of the local calendar: "mañana, 4 dic 2026",
 * "en 5 días, 8 dic 2026" / "tomorrow, 4 Dec 2026". A moment already past reads as today.
 */
export function formatDueDate(timestamp: string, lang: Lang, now: Date = new Date()): string {
  const due = new Date(timestamp);
  if (Number.isNaN(due.getTime())) return timestamp;
  const days = localDay(due) - localDay(now);
  const relative =
    days <= 0 ? translate(lang, 'date.today') : days === 1 ? translate(lang, 'date.tomorrow') : translate(lang, 'date.inDays', { n: days });
  const date = `${due.getDate()} ${shortMonthNames[lang][due.getMonth()]} ${due.getFullYear()}`;
  return translate(lang, 'date.relative', { relative, date });
}

/** How far this computer's clock is ahead of UTC, in minutes (the backend ends "today" at local midnight). */
export function utcOffsetMinutes(now: Date = new Date()): number {
  return -now.getTimezoneOffset();
}
