// The visual timeline's geometry, kept apart from the component so it can be tested: time is
// counted in days since 1970-01-01 (UTC), the view is a window [start, start + span) inside the
// domain the content covers, and zooming, panning and the keyboard only ever move that window.

/** A window on the time axis, in days. */
export interface View {
  start: number;
  span: number;
}

/** The whole stretch of time the timeline can show, in days. */
export interface Domain {
  min: number;
  max: number;
}

/** The narrowest window: about two months, enough to tell apart the events of one week. */
export const MIN_SPAN = 60;
/** How much one press of + or − (or one wheel notch) zooms. */
export const ZOOM_STEP = 2;
/** How far one arrow press pans, as a share of the window. */
export const PAN_STEP = 0.2;

const DAY_MS = 86_400_000;

/** The first day of an ISO date of any precision ("1973", "1973-09", "1973-09-11"). */
export function dayOf(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return Math.floor(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1) / DAY_MS);
}

/** The last day of an ISO date of any precision (end of the year or month when that is all it says). */
export function lastDayOf(iso: string): number {
  const parts = iso.split('-').map(Number);
  const [y = 1970, m, d] = parts;
  if (d !== undefined && m !== undefined) return dayOf(iso);
  if (m !== undefined) return Math.floor(Date.UTC(y, m, 1) / DAY_MS) - 1;
  return Math.floor(Date.UTC(y + 1, 0, 1) / DAY_MS) - 1;
}

/** The ISO date ("1973-09-11") of a day number. */
export function isoOfDay(day: number): string {
  return new Date(Math.round(day) * DAY_MS).toISOString().slice(0, 10);
}

/** The year a day falls in. */
export function yearOfDay(day: number): number {
  return new Date(Math.round(day) * DAY_MS).getUTCFullYear();
}

/** Keeps a window inside the domain: never narrower than MIN_SPAN, never wider than the domain. */
export function clampView(view: View, domain: Domain): View {
  const full = Math.max(domain.max - domain.min, 1);
  const span = Math.min(Math.max(view.span, Math.min(MIN_SPAN, full)), full);
  const start = Math.min(Math.max(view.start, domain.min), domain.max - span);
  return { start, span };
}

/** The whole domain. */
export function fullView(domain: Domain): View {
  return { start: domain.min, span: Math.max(domain.max - domain.min, 1) };
}

/** A window showing [from, to] with a little room on both sides. */
export function viewOf(from: number, to: number, domain: Domain): View {
  const span = Math.max(to - from, 1);
  const margin = span * 0.05;
  return clampView({ start: from - margin, span: span + 2 * margin }, domain);
}

/**
 * Zooms by `factor` (> 1 zooms in) keeping the day under `anchor` (0–1 across the window, the
 * pointer's place or 0.5 for the keyboard) where it is.
 */
export function zoom(view: View, factor: number, domain: Domain, anchor = 0.5): View {
  const at = view.start + view.span * anchor;
  const span = view.span / factor;
  return clampView({ start: at - span * anchor, span }, domain);
}

/** Moves the window by `days` (negative: back in time). */
export function pan(view: View, days: number, domain: Domain): View {
  return clampView({ start: view.start + days, span: view.span }, domain);
}

/** What a key does to the window, or null when the key is not the timeline's. */
export function viewForKey(key: string, view: View, domain: Domain): View | null {
  switch (key) {
    case '+':
    case '=':
      return zoom(view, ZOOM_STEP, domain);
    case '-':
    case '_':
      return zoom(view, 1 / ZOOM_STEP, domain);
    case 'ArrowLeft':
      return pan(view, -view.span * PAN_STEP, domain);
    case 'ArrowRight':
      return pan(view, view.span * PAN_STEP, domain);
    case 'Home':
      return clampView({ start: domain.min, span: view.span }, domain);
    case 'End':
      return clampView({ start: domain.max - view.span, span: view.span }, domain);
    default:
      return null;
  }
}

/** Where a day falls across a plot `width` pixels wide. */
export function xOf(day: number, view: View, width: number): number {
  return ((day - view.start) / view.span) * width;
}

/** Whether [from, to] overlaps the window. */
export function inView(from: number, to: number, view: View): boolean {
  return to >= view.start && from <= view.start + view.span;
}

const YEAR_STEPS = [1, 2, 5, 10, 20, 25, 50, 100];

/**
 * The axis's labelled ticks: every year, or every 2, 5, 10… years so that about `maxTicks` fit;
 * when the window is under three years, every quarter's first month is marked too (as month ticks).
 */
export function ticks(view: View, maxTicks = 10): { day: number; year: number; month: number | null }[] {
  const years = view.span / 365.25;
  const first = yearOfDay(view.start);
  const last = yearOfDay(view.start + view.span);
  const out: { day: number; year: number; month: number | null }[] = [];
  if (years < 3) {
    const step = years < 1 ? 1 : 3;
    for (let y = first; y <= last; y++) {
      for (let m = 0; m < 12; m += step) {
        const day = Math.floor(Date.UTC(y, m, 1) / DAY_MS);
        if (day >= view.start && day <= view.start + view.span) out.push({ day, year: y, month: m === 0 ? null : m + 1 });
      }
    }
    return out;
  }
  const step = YEAR_STEPS.find((s) => years / s <= maxTicks) ?? 100;
  for (let y = Math.ceil(first / step) * step; y <= last; y += step) {
    const day = Math.floor(Date.UTC(y, 0, 1) / DAY_MS);
    if (day >= view.start && day <= view.start + view.span) out.push({ day, year: y, month: null });
  }
  return out;
}

/**
 * Puts marks in lanes so that none comes closer than `gap` pixels to the previous one in its lane
 * (marks in date order); past `lanes` lanes a mark goes to the lane that frees up first.
 */
export function assignLanes(xs: number[], gap: number, lanes: number): number[] {
  const lastX: number[] = [];
  return xs.map((x) => {
    let lane = lastX.findIndex((prev) => x - prev >= gap);
    if (lane === -1 && lastX.length < lanes) lane = lastX.length;
    if (lane === -1) lane = lastX.indexOf(Math.min(...lastX));
    lastX[lane] = x;
    return lane;
  });
}

/**
 * The stretch the timeline covers: from the first era's start to the last thing it shows (an era's
 * end, an event, a presidency's start), with half a year of room after it.
 */
export function domainOf(eraSpans: { start: string; end: string | null }[], lastDates: string[]): Domain {
  const starts = eraSpans.map((e) => dayOf(e.start));
  const ends = [...eraSpans.flatMap((e) => (e.end ? [lastDayOf(e.end)] : [])), ...lastDates.map(lastDayOf)];
  const min = starts.length > 0 ? Math.min(...starts) : dayOf('1900');
  const max = Math.max(min + MIN_SPAN, ...ends) + 182;
  return { min, max };
}
