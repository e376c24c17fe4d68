// The essentials of a figure, event or glossary term, as a chapter's preview shows them: what it
// is called, when (life dates and headline, the event's dates and era), a short summary, and the
// page that tells the rest. Fetched with the same backend calls as the full pages.
import { backend, type EventDetail, type FigureDetail, type Lang, type Term } from '../backend';
import { formatDateRange, formatLifeDates } from '../i18n/dates';
import type { Route } from '../app/router';
import type { PreviewKind } from './linkKinds';
import { formatHeadline } from '../alphabet/headline';

export interface PreviewItem {
  kind: PreviewKind;
  id: string;
  title: string;
  /** Dates and role, or era: one line under the title; null when there is nothing to say. */
  meta: string | null;
  summary: string;
  route: Route;
}

/** The first paragraph of a plain-text bio (blank lines separate paragraphs). */
export function firstParagraph(text: string): string {
  return text.split(/\n\s*\n/).map((p) => p.trim()).find((p) => p !== '') ?? '';
}

export function figurePreview(figure: FigureDetail, lang: Lang): PreviewItem {
  const parts = [formatLifeDates(figure.born, figure.died, lang), figure.headline ? formatHeadline(figure.headline) : ''].filter((part) => part !== '');
  return {
    kind: 'figure',
    id: figure.id,
    title: figure.displayName,
    meta: parts.length > 0 ? parts.join(' · ') : null,
    summary: firstParagraph(figure.bio),
    route: { name: 'figure', id: figure.id },
  };
}

export function eventPreview(event: EventDetail, lang: Lang): PreviewItem {
  return {
    kind: 'event',
    id: event.id,
    title: event.title,
    meta: `${formatDateRange(event.date, event.end, lang)} · ${event.eraTitle}`,
    summary: event.summary,
    route: { name: 'event', id: event.id },
  };
}

export function termPreview(term: Term): PreviewItem {
  return { kind: 'term', id: term.id, title: term.name, meta: null, summary: term.definition, route: { name: 'term', id: term.id } };
}

export async function fetchPreview(kind: PreviewKind, id: string, lang: Lang): Promise<PreviewItem> {
  switch (kind) {
    case 'figure':
      return figurePreview(await backend.getFigure(lang, id), lang);
    case 'event':
      return eventPreview(await backend.getEvent(lang, id), lang);
    case 'term':
      return termPreview(await backend.getTerm(lang, id));
  }
}
