import { describe, expect, it } from 'vitest';
import type { Era, EventSummary } from '../backend';
import { groupByEra } from './groupByEra';

const eras: Era[] = [
  { id: 'up', title: 'Unidad Popular', start: '1970-09-04', end: '1973-09-10' },
  { id: 'dictadura', title: 'Dictadura', start: '1973-09-11', end: '1990-03-10' },
  { id: 'transicion', title: 'Transición', start: '1990-03-11', end: null },
];

function event(id: string, era: string): EventSummary {
  return { id, era, title: id, summary: '', date: { iso: '1980', precision: 'year' }, end: null, figures: [] };
}

describe('groupByEra', () => {
  it('orders groups by era and drops empty eras', () => {
    const groups = groupByEra(eras, [event('b', 'transicion'), event('a', 'up'), event('c', 'transicion')]);
    expect(groups.map((g) => g.era.id)).toEqual(['up', 'transicion']);
    expect(groups[1]?.events.map((e) => e.id)).toEqual(['b', 'c']);
  });

  it('keeps events of unknown eras at the end', () => {
    const groups = groupByEra(eras, [event('x', 'mystery'), event('a', 'up')]);
    expect(groups.map((g) => g.era.id)).toEqual(['up', 'mystery']);
  });
});
