import { describe, expect, it } from 'vitest';
import { alphabet, groupByLetter, initialOf } from './alphabet';
import { formatHeadline } from './headline';

describe('alphabetical lists', () => {
  it('files accented letters with their base letter and Ñ after N in Spanish', () => {
    const names = ['Ñuñoa, Pedro', 'Zamora, Ana', 'Álvarez, Ana', 'Alvarado, Claudio', 'Núñez, Paulina', 'Oyarzún, Luis', 'Bachelet Jeria, Michelle'];
    const groups = groupByLetter(names, (n) => n, 'es');
    expect(groups.map((g) => g.letter)).toEqual(['A', 'B', 'N', 'Ñ', 'O', 'Z']);
    expect(groups[0]!.items).toEqual(['Alvarado, Claudio', 'Álvarez, Ana']);
    expect(groups.find((g) => g.letter === 'Ñ')!.items).toEqual(['Ñuñoa, Pedro']);
  });

  it('in English Ñ is an N and there is no Ñ in the index', () => {
    expect(initialOf('Ñandú', 'en')).toBe('N');
    expect(alphabet('en')).not.toContain('Ñ');
    expect(alphabet('es').slice(13, 16)).toEqual(['N', 'Ñ', 'O']);
  });

  it('files entries that start with no letter under # at the end', () => {
    expect(initialOf('«Estallido» social', 'es')).toBe('E');
    const groups = groupByLetter(['1973', 'Golpe'], (n) => n, 'es');
    expect(groups.map((g) => g.letter)).toEqual(['G', '#']);
  });

  it('writes a headline with every term by years', () => {
    const day = (iso: string) => ({ iso, precision: 'day' as const });
    expect(
      formatHeadline({
        title: 'Presidenta de la República',
        spans: [{ start: day('2006-03-11'), end: day('2010-03-11') }, { start: day('2014-03-11'), end: day('2018-03-11') }],
      }),
    ).toBe('Presidenta de la República (2006–2010, 2014–2018)');
    expect(formatHeadline({ title: 'Presidente de la República', spans: [{ start: day('2026-03-11'), end: null }] })).toBe(
      'Presidente de la República (2026–)',
    );
    expect(formatHeadline({ title: 'Cardenal', spans: [{ start: null, end: null }] })).toBe('Cardenal');
  });
});
