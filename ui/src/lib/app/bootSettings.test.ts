import { describe, expect, it } from 'vitest';
import { bootSettings, sameSettings } from './bootSettings';

describe('bootSettings', () => {
  it('takes the settings the shell defined', () => {
    expect(bootSettings({ language: 'en', theme: 'dark', textSize: 'large' })).toEqual({ language: 'en', theme: 'dark', textSize: 'large' });
  });

  it('ignores nothing, other types and values out of range', () => {
    expect(bootSettings(undefined)).toBeNull();
    expect(bootSettings('{"language":"en"}')).toBeNull();
    expect(bootSettings({ language: 'fr', theme: 'dark', textSize: 'large' })).toBeNull();
    expect(bootSettings({ language: 'es', theme: 'neon', textSize: 'large' })).toBeNull();
    expect(bootSettings({ language: 'es', theme: 'light' })).toBeNull();
  });

  it('keeps only the known fields', () => {
    expect(bootSettings({ language: 'es', theme: 'system', textSize: 'small', extra: '<b>' })).toEqual({
      language: 'es',
      theme: 'system',
      textSize: 'small',
    });
  });

  it('compares settings by what they draw', () => {
    const a = { language: 'es', theme: 'light', textSize: 'medium' } as const;
    expect(sameSettings(a, { ...a })).toBe(true);
    expect(sameSettings(a, { ...a, theme: 'dark' })).toBe(false);
    expect(sameSettings(a, null)).toBe(false);
  });
});
