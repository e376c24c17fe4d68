import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';
import { answerCommands, callsOf } from '../../test/backendMock';
import { chapterSummaries, eras } from '../../test/fixtures';
import { setSettings } from '../app/appState.svelte';
import AnkiExport from './AnkiExport.svelte';

vi.mock('@tauri-apps/api/core', () => ({ invoke: vi.fn() }));

describe('AnkiExport', () => {
  it('saves the whole bank by default and says where the deck went', async () => {
    setSettings({ language: 'es', theme: 'light', textSize: 'medium' });
    answerCommands({ save_anki_deck: () => ({ path: '/home/ana/Descargas/Crónica - Todo el banco (es).apkg', fileName: 'x.apkg' }) });
    render(AnkiExport, { chapters: chapterSummaries, eras });
    await fireEvent.click(screen.getByRole('button', { name: 'Guardar mazo de Anki' }));
    expect((await screen.findByText(/^Mazo guardado en/)).textContent).toBe('Mazo guardado en /home/ana/Descargas/Crónica - Todo el banco (es).apkg');
    expect(callsOf('save_anki_deck')).toEqual([{ lang: 'es', selection: { kind: 'bank' } }]);
  });

  it('offers missed questions, each chapter and each era', async () => {
    setSettings({ language: 'en', theme: 'light', textSize: 'medium' });
    answerCommands({ save_anki_deck: () => ({ path: '/tmp/d.apkg', fileName: 'd.apkg' }) });
    render(AnkiExport, { chapters: chapterSummaries, eras });
    const select = screen.getByLabelText('Questions') as HTMLSelectElement;
    const values = Array.from(select.options).map((o) => o.value);
    expect(values).toEqual(['bank', 'missed', ...chapterSummaries.map((c) => `chapter:${c.id}`), ...eras.map((e) => `era:${e.id}`)]);
    const [chapter] = chapterSummaries;
    const [era] = eras;
    if (!chapter || !era) throw new Error('fixtures hold a chapter and an era');
    for (const [value, selection] of [
      ['missed', { kind: 'missed' }],
      [`chapter:${chapter.id}`, { kind: 'chapter', id: chapter.id }],
      [`era:${era.id}`, { kind: 'era', id: era.id }],
    ] as const) {
      await fireEvent.change(select, { target: { value } });
      await fireEvent.click(screen.getByRole('button', { name: 'Save Anki deck' }));
      await screen.findByText('Deck saved to /tmp/d.apkg');
      expect(callsOf('save_anki_deck').at(-1)).toEqual({ lang: 'en', selection });
    }
    setSettings({ language: 'es', theme: 'light', textSize: 'medium' });
  });

  it('explains a failure in words', async () => {
    setSettings({ language: 'es', theme: 'light', textSize: 'medium' });
    answerCommands({
      save_anki_deck: () => {
        throw { kind: 'io', message: '/home/ana/Descargas: Permission denied' };
      },
    });
    render(AnkiExport, { chapters: chapterSummaries, eras });
    await fireEvent.click(screen.getByRole('button', { name: 'Guardar mazo de Anki' }));
    expect((await screen.findByRole('alert')).textContent).toContain('No se pudo leer o escribir un archivo');
  });
});
