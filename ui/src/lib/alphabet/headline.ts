// How a figure's headline office reads in lists and on its page.
import type { Headline, HistDate } from '../backend';

const year = (d: HistDate | null): string => (d ? d.iso.slice(0, 4) : '');

/** One term by years: "1970–1973", "2026–" while it lasts, "1990" when it began and ended that year. */
function yearSpan(start: HistDate | null, end: HistDate | null): string {
  const [from, to] = [year(start), year(end)];
  if (from && to) return from === to ? from : `${from}–${to}`;
  if (from) return `${from}–`;
  return to ? `–${to}` : '';
}

/** "Presidenta de la República (2006–2010, 2014–2018)"; the title alone when no date is known. */
export function formatHeadline(headline: Headline): string {
  const spans = headline.spans.map((s) => yearSpan(s.start, s.end)).filter((s) => s !== '');
  return spans.length === 0 ? headline.title : `${headline.title} (${spans.join(', ')})`;
}
