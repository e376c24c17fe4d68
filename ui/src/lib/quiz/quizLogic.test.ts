import { describe, expect, it } from 'vitest';
import { moveItem, parseYear, scoreMessageKey } from './quizLogic';

describe('moveItem', () => {
  it('moves up and down without mutating', () => {
    const list = ['a', 'b', 'c'];
    expect(moveItem(list, 1, 0)).toEqual(['b', 'a', 'c']);
    expect(moveItem(list, 1, 2)).toEqual(['a', 'c', 'b']);
    expect(list).toEqual(['a', 'b', 'c']);
  });

  it('clamps at the ends', () => {
    expect(moveItem(['a', 'b'], 0, -1)).toEqual(['a', 'b']);
    expect(moveItem(['a', 'b'], 1, 5)).toEqual(['a', 'b']);
    expect(moveItem(['a', 'b'], 7, 0)).toEqual(['a', 'b']);
  });
});

describe('scoreMessageKey', () => {
  it('grades by proportion', () => {
    expect(scoreMessageKey(10, 10)).toBe('quiz.message.great');
    expect(scoreMessageKey(8, 10)).toBe('quiz.message.great');
    expect(scoreMessageKey(5, 10)).toBe('quiz.message.good');
    expect(scoreMessageKey(2, 10)).toBe('quiz.message.review');
    expect(scoreMessageKey(0, 0)).toBe('quiz.message.review');
  });
});

describe('parseYear', () => {
  it('accepts whole years only', () => {
    expect(parseYear(' 1988 ')).toBe(1988);
    expect(parseYear('')).toBeNull();
    expect(parseYear('19.5')).toBeNull();
    expect(parseYear('abc')).toBeNull();
  });
});
