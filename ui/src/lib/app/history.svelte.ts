// Where the learner is in the window's history, and how far down each screen they had scrolled.
// The hash router gives Back and Forward for free, but the webview cannot restore a screen's place
// by itself: the screen is drawn anew and fills in only when its data arrives. So each history entry
// is stamped with its position (in `history.state`), the scroll offset of the entry being left is
// kept, and returning to an entry scrolls back there once the screen has rendered its data.
import { loadsPending } from './load.svelte';

const STAMP = 'cronicaEntry';

const place = $state({ index: 0, last: 0 });
/** Scroll offsets by entry position; forgotten for entries a new navigation throws away. */
const offsets = new Map<number, number>();
/** The offset to restore for the entry just returned to, until the shell takes it. */
let pendingOffset: number | null = null;
/** Set when popstate already kept the offset of the entry being left (see `keepLeavingOffset`). */
let leavingKept = false;

export const historyPlace = {
  /** Whether Back stays inside the app (there is an earlier entry of this session). */
  get canGoBack(): boolean {
    return place.index > 0;
  },
  get canGoForward(): boolean {
    return place.index < place.last;
  },
  get index(): number {
    return place.index;
  },
};

/** The position this entry was stamped with, or null for an entry not seen yet. */
export function entryStamp(state: unknown = history.state): number | null {
  if (typeof state !== 'object' || state === null || !(STAMP in state)) return null;
  const value = (state as Record<string, unknown>)[STAMP];
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : null;
}

function stamp(index: number): void {
  const current = typeof history.state === 'object' && history.state !== null ? history.state : {};
  history.replaceState({ ...current, [STAMP]: index }, '');
  manualScroll();
}

/** The browser's own scroll restoration runs before the screen has its data: it is turned off (the
 * setting belongs to each entry, so every new entry is told again). */
function manualScroll(): void {
  if ('scrollRestoration' in history) history.scrollRestoration = 'manual';
}

/**
 * On Back and Forward, popstate comes before hashchange, and between the two the webview may
 * already have scrolled (WebKitGTK restores its own idea of the offset whatever the setting), so the
 * offset of the entry being left is kept here, while it is still right.
 */
function keepLeavingOffset(): void {
  offsets.set(place.index, window.scrollY);
  leavingKept = true;
}

let following = false;

/** Starts keeping places. */
export function startHistory(): void {
  manualScroll();
  if (!following) {
    window.addEventListener('popstate', keepLeavingOffset);
    following = true;
  }
  const known = entryStamp();
  if (known === null) {
    place.index = place.last = 0;
    stamp(0);
  } else {
    place.index = known;
    place.last = Math.max(place.last, known);
  }
}

/**
 * Called whenever the address changes, before the new screen is drawn: keeps the offset of the
 * entry being left, then either stamps a new entry (a link, a typed address) or recognises a
 * return to an earlier one (Back, Forward) and remembers its offset for `takeReturnOffset`.
 */
export function noteEntry(): void {
  const known = entryStamp();
  const kept = leavingKept;
  leavingKept = false;
  if (known !== null && known === place.index) return; // the same entry: a late hashchange, a replaced address
  if (!kept) offsets.set(place.index, window.scrollY);
  if (known !== null) {
    place.index = known;
    place.last = Math.max(place.last, known);
    pendingOffset = offsets.get(known) ?? null;
    return;
  }
  const index = place.index + 1;
  for (const key of [...offsets.keys()]) if (key >= index) offsets.delete(key);
  place.index = place.last = index;
  pendingOffset = null;
  stamp(index);
}

/** The scroll offset to restore for the entry just returned to, once; null for a new entry. */
export function takeReturnOffset(): number | null {
  const offset = pendingOffset;
  pendingOffset = null;
  return offset;
}

export function goBack(): void {
  if (historyPlace.canGoBack) history.back();
}

export function goForward(): void {
  if (historyPlace.canGoForward) history.forward();
}

function furthestScroll(): number {
  return Math.max(0, document.documentElement.scrollHeight - window.innerHeight);
}

/**
 * Scrolls to `offset` once the screen has its data: every load finished for two frames in a row
 * (a screen may start a second load when the first arrives) and the page tall enough to get there.
 * Gives up waiting after `timeoutMs` and goes as far as it can. Returns a function that cancels.
 */
export function restoreScroll(offset: number, timeoutMs = 4_000): () => void {
  const deadline = Date.now() + timeoutMs;
  let settledFrames = 0;
  let frame = 0;
  const attempt = (): void => {
    settledFrames = loadsPending() === 0 ? settledFrames + 1 : 0;
    // A screen that stays shorter than it was (its content changed) gets as close as it can.
    const ready = (settledFrames >= 2 && furthestScroll() >= offset - 1) || settledFrames >= 30;
    if (ready || Date.now() > deadline) {
      window.scrollTo({ top: offset, behavior: 'instant' });
      return;
    }
    frame = requestAnimationFrame(attempt);
  };
  frame = requestAnimationFrame(attempt);
  return () => cancelAnimationFrame(frame);
}
