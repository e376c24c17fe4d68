import { describe, expect, it } from 'vitest';
import {
  assignLanes,
  clampView,
  dayOf,
  domainOf,
  fullView,
  isoOfDay,
  lastDayOf,
  MIN_SPAN,
  pan,
  ticks,
  viewForKey,
  viewOf,
  xOf,
  zoom,
} from './viewport';

const domain = { min: dayOf('1900-01-01'), max: dayOf('2026-06-30') };

describe('days', () => {
  it('reads ISO dates of every precision, first and last day', () => {
    expect(dayOf('1970-01-01')).toBe(0);
    expect(isoOfDay(dayOf('1973-09-11'))).toBe('1973-09-11');
    expect(isoOfDay(dayOf('1973'))).toBe('1973-01-01');
    expect(isoOfDay(lastDayOf('1973'))).toBe('1973-12-31');
    expect(isoOfDay(lastDayOf('1972-02'))).toBe('1972-02-29');
    expect(isoOfDay(lastDayOf('1973-09-11'))).toBe('1973-09-11');
  });

  it('covers the eras and whatever ends last, with room after it', () => {
    const d = domainOf([{ start: '1900-01-01', end: '1970-09-03' }, { start: '1970-09-04', end: null }], ['1973-09-11', '2025-12']);
    expect(isoOfDay(d.min)).toBe('1900-01-01');
    expect(d.max).toBe(lastDayOf('2025-12') + 182);
  });
});

describe('zoom and pan', () => {
  it('zooms in around the anchor, keeping the anchored day in place', () => {
    const view = { start: dayOf('1960-01-01'), span: 4000 };
    const anchorDay = view.start + view.span * 0.25;
    const next = zoom(view, 2, domain, 0.25);
    expect(next.span).toBe(2000);
    expect(next.start + next.span * 0.25).toBeCloseTo(anchorDay);
  });

  it('never zooms in past the narrowest window nor out past the domain', () => {
    let view = fullView(domain);
    for (let i = 0; i < 30; i++) view = zoom(view, 2, domain);
    expect(view.span).toBe(MIN_SPAN);
    for (let i = 0; i < 30; i++) view = zoom(view, 0.5, domain);
    expect(view).toEqual(fullView(domain));
  });

  it('pans but stays inside the domain', () => {
    const view = { start: dayOf('1973-01-01'), span: 365 };
    expect(pan(view, 100, domain).start).toBe(view.start + 100);
    expect(pan(view, -1e7, domain).start).toBe(domain.min);
    expect(pan(view, 1e7, domain).start).toBe(domain.max - 365);
    expect(clampView({ start: 0, span: 1e9 }, domain)).toEqual(fullView(domain));
  });

  it('frames a span with a margin', () => {
    const v = viewOf(dayOf('1970-09-04'), dayOf('1973-09-10'), domain);
    expect(v.start).toBeLessThan(dayOf('1970-09-04'));
    expect(v.start + v.span).toBeGreaterThan(dayOf('1973-09-10'));
  });
});

describe('keyboard', () => {
  const view = { start: dayOf('1960-01-01'), span: 3650 };

  it('+ and - zoom at the centre; = and _ too (the same keys unshifted)', () => {
    const centre = view.start + view.span / 2;
    const zin = viewForKey('+', view, domain)!;
    expect(zin.span).toBe(1825);
    expect(zin.start + zin.span / 2).toBeCloseTo(centre);
    expect(viewForKey('=', view, domain)).toEqual(zin);
    expect(viewForKey('-', view, domain)!.span).toBe(7300);
    expect(viewForKey('_', view, domain)!.span).toBe(7300);
  });

  it('arrows pan a fifth of the window; Home and End go to the ends', () => {
    expect(viewForKey('ArrowRight', view, domain)!.start).toBe(view.start + 730);
    expect(viewForKey('ArrowLeft', view, domain)!.start).toBe(view.start - 730);
    expect(viewForKey('Home', view, domain)).toEqual({ start: domain.min, span: 3650 });
    expect(viewForKey('End', view, domain)).toEqual({ start: domain.max - 3650, span: 3650 });
  });

  it('leaves other keys alone', () => {
    expect(viewForKey('a', view, domain)).toBeNull();
    expect(viewForKey('Tab', view, domain)).toBeNull();
    expect(viewForKey('Enter', view, domain)).toBeNull();
  });

  it('reaches 11 September 1973 from the whole domain with + and arrows only', () => {
    let v = fullView(domain);
    const coup = dayOf('1973-09-11');
    for (let step = 0; step < 60 && !(v.span < 400 && coup > v.start && coup < v.start + v.span); step++) {
      const key = coup < v.start + v.span * 0.3 ? 'ArrowLeft' : coup > v.start + v.span * 0.7 ? 'ArrowRight' : '+';
      v = viewForKey(key, v, domain)!;
    }
    expect(v.span).toBeLessThan(400);
    expect(coup).toBeGreaterThan(v.start);
    expect(coup).toBeLessThan(v.start + v.span);
  });
});

describe('axis and marks', () => {
  it('labels years at a step that fits, months when the window is short', () => {
    const decades = ticks(fullView(domain), 10);
    expect(decades.length).toBeLessThanOrEqual(10);
    expect(decades.map((t) => t.year)).toContain(1960);
    expect(decades.every((t) => t.month === null)).toBe(true);
    const months = ticks({ start: dayOf('1973-01-01'), span: 300 });
    expect(months.map((t) => t.month ?? 1).slice(0, 3)).toEqual([1, 2, 3]);
  });

  it('places a day across the width', () => {
    expect(xOf(dayOf('1973-01-01') + 50, { start: dayOf('1973-01-01'), span: 100 }, 800)).toBe(400);
  });

  it('puts close marks in separate lanes, reusing freed ones', () => {
    expect(assignLanes([0, 5, 10, 40, 45], 16, 3)).toEqual([0, 1, 2, 0, 1]);
    expect(assignLanes([0, 1, 2, 3], 16, 2)).toEqual([0, 1, 0, 1]);
  });
});
