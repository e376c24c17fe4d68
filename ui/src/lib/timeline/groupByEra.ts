import type { Era, EventSummary } from '../backend';

export interface EraGroup {
  era: Era;
  events: EventSummary[];
}

/**
 * Puts events under their eras in era order, dropping eras with no events (so a filter shows only
 * what matches). Events naming an unknown era are kept in a trailing group rather than lost.
 */
export function groupByEra(eras: Era[], events: EventSummary[]): EraGroup[] {
  const byEra = new Map<string, EventSummary[]>();
  for (const event of events) {
    const list = byEra.get(event.era);
    if (list) list.push(event);
    else byEra.set(event.era, [event]);
  }
  const groups: EraGroup[] = [];
  for (const era of eras) {
    const list = byEra.get(era.id);
    if (list) groups.push({ era, events: list });
    byEra.delete(era.id);
  }
  for (const [id, list] of byEra) {
    groups.push({ era: { id, title: id, start: list[0]?.date.iso ?? '', end: null }, events: list });
  }
  return groups;
}
