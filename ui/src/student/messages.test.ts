import { describe, expect, it } from 'vitest';
import schema from '../../../crates/cronica-classroom/protocol.schema.json';
import { dictionaries } from '../lib/i18n/i18n';
import { errorMessageKey, problemMessageKey, refusalMessageKey } from './messages';
import { ANSWER_REFUSALS, ERROR_CODES } from './protocol';
import { ANSWER_KINDS } from '../lib/live/wire';

/** Every string constant of a schema definition (its `const`s and `enum`s). */
function constants(definition: unknown): string[] {
  const found: string[] = [];
  const visit = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      if (typeof record.const === 'string') found.push(record.const);
      if (Array.isArray(record.enum)) found.push(...record.enum.filter((v): v is string => typeof v === 'string'));
      for (const [key, value] of Object.entries(record)) if (key !== 'const' && key !== 'enum') visit(value);
    }
  };
  visit(definition);
  return found.sort();
}

describe('the protocol codes', () => {
  it('match the server schema', () => {
    expect([...ERROR_CODES].sort()).toEqual(constants(schema.$defs.ErrorCode));
    expect([...ANSWER_REFUSALS].sort()).toEqual(constants(schema.$defs.AnswerRefusal));
    expect([...ANSWER_KINDS].sort()).toEqual(constants(schema.$defs.AnswerKind));
  });

  it('each have their own message in both languages', () => {
    const keys = [...ERROR_CODES.map(errorMessageKey), ...ANSWER_REFUSALS.map(refusalMessageKey)];
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) {
      expect(dictionaries.es[key], key).toBeTruthy();
      expect(dictionaries.en[key], key).toBeTruthy();
      expect(dictionaries.es[key]).not.toBe(dictionaries.en[key]);
    }
  });

  it('name the page-side problems too', () => {
    expect(problemMessageKey({ kind: 'unreachable' })).toBe('student.problem.unreachable');
    expect(problemMessageKey({ kind: 'replaced' })).toBe('student.problem.replaced');
    expect(problemMessageKey({ kind: 'protocol' })).toBe('student.problem.protocol');
    expect(problemMessageKey({ kind: 'error', code: 'wrongPin' })).toBe('student.error.wrongPin');
    expect(problemMessageKey({ kind: 'refused', reason: 'tooLate' })).toBe('student.refused.tooLate');
  });
});
