// What the header's search box and the results screen share: the keys that open the box, the
// order of the result links for the arrow keys, and how much of the text a search reads.

/** The id of the header's search box (its label points at it; the results screen returns to it). */
export const SEARCH_BOX_ID = 'site-search-input';

/** Marks each link the arrow keys move through on the results screen (results and suggestions; written as is in SearchScreen). */
export const RESULT_ATTRIBUTE = 'data-search-result';

/** How long the box waits after a key before searching, so a word typed quickly is one search. */
export const SEARCH_DEBOUNCE_MS = 120;

/**
 * The backend reads only the first 200 characters of a search (`MAX_QUERY_CHARS`); the rest is
 * not sent, which keeps a pasted page out of the address too.
 */
export const MAX_QUERY_CHARS = 200;

/** The first MAX_QUERY_CHARS characters (code points, as the backend counts them). */
export function clipQuery(text: string): string {
  const chars = Array.from(text);
  return chars.length > MAX_QUERY_CHARS ? chars.slice(0, MAX_QUERY_CHARS).join('') : text;
}

/** What is shown of a query inside a sentence: a pasted paragraph is shortened with an ellipsis. */
export function shownQuery(text: string, max = 80): string {
  const chars = Array.from(text.trim());
  return chars.length > max ? `${chars.slice(0, max).join('').trimEnd()}…` : chars.join('');
}

const NOT_TYPED_IN = new Set(['button', 'checkbox', 'color', 'file', 'image', 'radio', 'range', 'reset', 'submit']);

/** Whether keys pressed on `target` are text being written (so "/" is a character, not a shortcut). */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) return !NOT_TYPED_IN.has(target.type);
  return target.closest('[contenteditable]:not([contenteditable="false"])') !== null;
}

/**
 * Whether a key press anywhere in the window asks for the search box: Ctrl+K or Cmd+K always,
 * "/" unless it is being typed into a field. (On some layouts "/" takes Shift or AltGr; those
 * still count.)
 */
export function opensSearch(event: KeyboardEvent): boolean {
  if (event.defaultPrevented || event.isComposing) return false;
  const key = event.key.toLowerCase();
  if (key === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey) return true;
  if (event.key !== '/' || event.metaKey || (event.ctrlKey && !event.altKey)) return false;
  return !isTypingTarget(event.target);
}

/** The shortcut as the learner's keyboard names it. */
export function commandKeyName(): string {
  const platform = typeof navigator === 'undefined' ? '' : navigator.platform;
  return /Mac|iPhone|iPad/.test(platform) ? '⌘K' : 'Ctrl+K';
}

export function searchBox(): HTMLInputElement | null {
  const box = document.getElementById(SEARCH_BOX_ID);
  return box instanceof HTMLInputElement ? box : null;
}

/** Puts focus in the search box with its text selected (so typing replaces it); false if there is none. */
export function focusSearchBox(): boolean {
  const box = searchBox();
  if (!box) return false;
  box.focus();
  box.select();
  return true;
}

/** The result links on screen, in reading order. */
export function resultLinks(): HTMLElement[] {
  return Array.from(document.querySelectorAll<HTMLElement>(`[${RESULT_ATTRIBUTE}]`));
}

// Set when ArrowDown is pressed in the box before the results for its text have arrived: the
// results screen then moves focus to the first result as soon as it shows them.
let focusWhenShown = false;

export function focusFirstResultWhenShown(wanted = true): void {
  focusWhenShown = wanted;
}

/** Whether a focus request is waiting (and, from now on, no longer is). */
export function takeFocusRequest(): boolean {
  const wanted = focusWhenShown;
  focusWhenShown = false;
  return wanted;
}

/** The id of the results area; it is aria-busy while a newer search than the one shown is running. */
export const RESULTS_ID = 'search-results';

/** Whether the results on screen are about to be replaced by those of a newer search. */
export function resultsBusy(): boolean {
  return document.getElementById(RESULTS_ID)?.getAttribute('aria-busy') === 'true';
}
