// What each kind of link inside prose does when followed from a chapter, and how it is named.
import type { ItemKind } from '../backend';
import type { MessageKey } from '../i18n/i18n';

/** The kinds a chapter previews in place (the reader keeps the paragraph) before opening their page. */
export type PreviewKind = 'figure' | 'event' | 'term';

/** A preview asked for from a link. */
export interface PreviewTarget {
  kind: PreviewKind;
  id: string;
  /** The link that opened the preview; focus returns to it when it closes. */
  opener: HTMLElement;
}

/** The kinds of link prose can hold that lead to a screen of their own. */
export type PageKind = PreviewKind | 'perspective' | 'chapter';

export function isPreviewKind(kind: ItemKind): kind is PreviewKind {
  return kind === 'figure' || kind === 'event' || kind === 'term';
}

export function isPageKind(kind: ItemKind): kind is PageKind {
  return isPreviewKind(kind) || kind === 'perspective' || kind === 'chapter';
}

/** The words naming a kind inside a link's accessible name ("Salvador Allende (personaje)"). */
export const LINK_KIND_NAME: Record<PageKind, MessageKey> = {
  figure: 'link.kind.figure',
  event: 'link.kind.event',
  term: 'link.kind.term',
  perspective: 'link.kind.perspective',
  chapter: 'link.kind.chapter',
};

/**
 * Whether a click should open the preview rather than follow the link: a plain primary click
 * only; a click with a modifier or another button keeps the browser's meaning.
 */
export function opensPreview(event: MouseEvent): boolean {
  return event.button === 0 && !event.altKey && !event.ctrlKey && !event.metaKey && !event.shiftKey;
}
