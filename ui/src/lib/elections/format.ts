// How election figures read in each language: "55,99 %" and "3.967.569" in Spanish, "55.99%" and
// "3,967,569" in English.
import type { Ballot, Lang } from '../backend';

const LOCALES: Record<Lang, string> = { es: 'es-CL', en: 'en-GB' };

export function formatShare(share: number, lang: Lang): string {
  const number = new Intl.NumberFormat(LOCALES[lang], { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(share);
  return lang === 'es' ? `${number} %` : `${number}%`;
}

export function formatVotes(votes: number, lang: Lang): string {
  return new Intl.NumberFormat(LOCALES[lang], { useGrouping: true }).format(votes);
}

/** A ballot's result in one line, for the chart's accessible name: "No: 55,99 %; Sí: 44,01 %". */
export function ballotSummary(ballot: Ballot, lang: Lang): string {
  return ballot.options.map((o) => `${o.label}: ${formatShare(o.share, lang)}`).join('; ');
}
