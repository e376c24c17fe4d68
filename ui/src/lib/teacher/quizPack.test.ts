import { afterEach, describe, expect, it, vi } from 'vitest';
import { downloadText, packFileName } from './quizPack';

describe('packFileName', () => {
  it('keeps the title, without characters file systems refuse', () => {
    expect(packFileName('Repaso del golpe')).toBe('Repaso del golpe.cronica-quiz');
    expect(packFileName('1973: ¿por qué? <b>a/b</b>')).toBe('1973- ¿por qué- -b-a-b--b-.cronica-quiz');
    expect(packFileName('  ..oculto\n\tcon saltos  ')).toBe('oculto con saltos.cronica-quiz');
    expect(packFileName('   ')).toBe('quiz.cronica-quiz');
    expect(packFileName('x'.repeat(300))).toBe(`${'x'.repeat(100)}.cronica-quiz`);
  });
});

describe('downloadText', () => {
  afterEach(() => vi.restoreAllMocks());

  it('downloads the text through a Blob link and leaves nothing behind', async () => {
    vi.useFakeTimers();
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => (blobs.push(blob), 'blob:pack'));
    URL.revokeObjectURL = vi.fn();
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    downloadText('{"format":"cronica-quiz"}', 'Repaso.cronica-quiz');
    expect(clicked).toHaveLength(1);
    expect(clicked[0]!.download).toBe('Repaso.cronica-quiz');
    expect(clicked[0]!.getAttribute('href')).toBe('blob:pack');
    expect(await blobs[0]!.text()).toBe('{"format":"cronica-quiz"}');
    expect(blobs[0]!.type).toBe('application/json');
    expect(document.querySelector('a[download]')).toBeNull();
    vi.runAllTimers();
    expect(URL.revokeObjectURL).toHaveBeenCalledWith('blob:pack');
    vi.useRealTimers();
  });
});
