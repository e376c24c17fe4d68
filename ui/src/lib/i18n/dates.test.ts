import { describe, expect, it } from 'vitest';
import {
  formatDateRange,
  formatEraRange,
  formatHistDate,
  formatIsoDate,
  formatLifeDates,
  formatRoleSpan,
  parseIsoDate,
  precisionOf,
} from './dates';

describe('formatHistDate', () => {
  it('respects year precision', () => {
    expect(formatHistDate({ iso: '1973', precision: 'year' }, 'es')).toBe('1973');
    expect(formatHistDate({ iso: '1973', precision: 'year' }, 'en')).toBe('1973');
  });

  it('respects month precision', () => {
    expect(formatHistDate({ iso: '1973-09', precision: 'month' }, 'es')).toBe('septiembre de 1973');
    expect(formatHistDate({ iso: '1973-09', precision: 'month' }, 'en')).toBe('September 1973');
  });

  it('respects day precision', () => {
    expect(formatHistDate({ iso: '1973-09-11', precision: 'day' }, 'es')).toBe('11 de septiembre de 1973');
    expect(formatHistDate({ iso: '1973-09-11', precision: 'day' }, 'en')).toBe('11 September 1973');
    expect(formatHistDate({ iso: '1990-03-01', precision: 'day' }, 'es')).toBe('1 de marzo de 1990');
  });

  it('never invents precision the date does not have', () => {
    expect(formatHistDate({ iso: '1988', precision: 'day' }, 'es')).toBe('1988');
    expect(formatHistDate({ iso: '1988-10', precision: 'day' }, 'en')).toBe('October 1988');
  });

  it('can reduce precision when asked', () => {
    expect(formatHistDate({ iso: '1988-10-05', precision: 'year' }, 'es')).toBe('1988');
  });

  it('shows unparseable dates verbatim', () => {
    expect(formatHistDate({ iso: 'circa 1970', precision: 'year' }, 'es')).toBe('circa 1970');
    expect(formatHistDate({ iso: '1970-13', precision: 'month' }, 'es')).toBe('1970-13');
  });
});

describe('plain date strings', () => {
  it('infers precision from the form', () => {
    expect(precisionOf('2026')).toBe('year');
    expect(precisionOf('2026-11')).toBe('month');
    expect(precisionOf('2026-11-21')).toBe('day');
    expect(parseIsoDate('2026-11-21T10:00:00Z')).toEqual({ year: 2026, month: 11, day: 21 });
  });

  it('formats as-of dates and timestamps', () => {
    expect(formatIsoDate('2026-11-21', 'es')).toBe('21 de noviembre de 2026');
    expect(formatIsoDate('2026-11-21T10:41:00Z', 'en')).toBe('21 November 2026');
  });
});

describe('ranges', () => {
  it('joins start and end, each at its own precision', () => {
    expect(
      formatDateRange({ iso: '1970-09-04', precision: 'day' }, { iso: '1970-10', precision: 'month' }, 'es'),
    ).toBe('4 de septiembre de 1970 – octubre de 1970');
    expect(formatDateRange({ iso: '1973', precision: 'year' }, null, 'en')).toBe('1973');
  });

  it('shows open eras as running to the present', () => {
    expect(formatEraRange('1990-03-11', null, 'es')).toBe('11 de marzo de 1990 – hoy');
    expect(formatEraRange('1973-09-11', '1990-03-10', 'en')).toBe('11 September 1973 – 10 March 1990');
  });

  it('gives life dates by year', () => {
    const born = { iso: '1908-06-26', precision: 'day' as const };
    const died = { iso: '1973-09-11', precision: 'day' as const };
    expect(formatLifeDates(born, died, 'es')).toBe('1908–1973');
    expect(formatLifeDates(born, null, 'es')).toBe('nació en 1908');
    expect(formatLifeDates(born, null, 'en')).toBe('born 1908');
    expect(formatLifeDates(null, null, 'en')).toBe('');
  });

  it('formats open-ended roles', () => {
    expect(formatRoleSpan({ iso: '2022-03', precision: 'month' }, null, 'es')).toBe('marzo de 2022 –');
  });
});
