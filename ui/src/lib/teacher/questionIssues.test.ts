import { describe, expect, it } from 'vitest';
import type { QuestionIssue } from '../backend';
import { setSettings } from '../app/appState.svelte';
import { issueField, issuesByField } from './questionIssues';

describe('issuesByField', () => {
  it('puts each issue under its field, once per message', () => {
    setSettings({ language: 'es', theme: 'light', textSize: 'medium' });
    const missing: QuestionIssue = { part: { part: 'optionTexts', lang: 'en' }, problem: { problem: 'missingText', lang: 'en' } };
    expect(issuesByField([missing, missing, { part: { part: 'items' }, problem: { problem: 'itemCount', found: 6 } }])).toEqual({
      'optionTexts-en': ['Falta el texto en inglés.'],
      items: ['Una pregunta de orden necesita entre 3 y 5 elementos; tiene 6.'],
    });
  });

  it('names a field per language where the part has one', () => {
    expect(issueField({ part: 'pairTexts', lang: 'es' })).toBe('pairTexts-es');
    expect(issueField({ part: 'explanation', lang: 'en' })).toBe('explanation-en');
    expect(issueField({ part: 'source' })).toBe('source');
  });
});
