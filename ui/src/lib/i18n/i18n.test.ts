import { describe, expect, it } from 'vitest';
import { dictionaries, monthNames, translate, translateCount } from './i18n';

describe('dictionaries', () => {
  it('have identical keys in both languages', () => {
    expect(Object.keys(dictionaries.en).sort()).toEqual(Object.keys(dictionaries.es).sort());
  });

  it('have no empty strings', () => {
    for (const [lang, dictionary] of Object.entries(dictionaries)) {
      for (const [key, value] of Object.entries(dictionary)) {
        expect(value.trim(), `${lang}:${key}`).not.toBe('');
      }
    }
  });

  it('use the same placeholders in both languages', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(dictionaries.es) as (keyof typeof dictionaries.es)[]) {
      expect(placeholders(dictionaries.en[key]), key).toEqual(placeholders(dictionaries.es[key]));
    }
  });

  it('have twelve months each', () => {
    expect(monthNames.es).toHaveLength(12);
    expect(monthNames.en).toHaveLength(12);
  });
});

describe('translate', () => {
  it('fills placeholders', () => {
    expect(translate('es', 'quiz.progress', { n: 3, total: 10 })).toBe('Pregunta 3 de 10');
    expect(translate('en', 'quiz.progress', { n: 3, total: 10 })).toBe('Question 3 of 10');
  });

  it('leaves unknown placeholders visible', () => {
    expect(translate('es', 'quiz.progress', { n: 1 })).toBe('Pregunta 1 de {total}');
  });

  it('picks singular and plural forms', () => {
    expect(translateCount('es', 'chapters.questions', 1)).toBe('1 pregunta');
    expect(translateCount('es', 'chapters.questions', 10)).toBe('10 preguntas');
    expect(translateCount('en', 'timeline.count', 0)).toBe('0 events');
  });
});
