import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { answerCommands, callsOf } from '../../test/backendMock';
import { setSettings } from '../app/appState.svelte';
import ResetProgress from './ResetProgress.svelte';
import { percent } from './percent';

vi.mock('@tauri-apps/api/core', () => ({ invoke: vi.fn() }));

beforeEach(() => {
  setSettings({ language: 'es', theme: 'light', textSize: 'medium' });
  answerCommands({ reset_progress: () => ({ sectionsRead: 4, answers: 12, reviewCards: 9 }) });
});

describe('ResetProgress', () => {
  it('names what is erased and kept, and erases nothing until confirmed', async () => {
    render(ResetProgress);
    const section = screen.getByTestId('reset-progress');
    expect(section.textContent).toContain('las secciones marcadas como leídas');
    expect(section.textContent).toContain('Se conservarán: tus notas y marcadores');
    await fireEvent.click(screen.getByRole('button', { name: 'Borrar mi progreso…' }));
    const dialog = screen.getByRole('alertdialog', { name: '¿Borrar tu progreso?' });
    expect(dialog.textContent).toContain('tus respuestas a cuestionarios y repasos, con tus puntajes');
    expect(dialog.textContent).toContain('el calendario de repaso');
    expect(dialog.textContent).toContain('Esto no se puede deshacer.');
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Cancelar' }));
    await fireEvent.keyDown(document.activeElement as Element, { key: 'Escape' });
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(document.activeElement?.textContent).toBe('Borrar mi progreso…');
    expect(callsOf('reset_progress')).toEqual([]);
  });

  it('erases once confirmed and says how much', async () => {
    render(ResetProgress);
    await fireEvent.click(screen.getByRole('button', { name: 'Borrar mi progreso…' }));
    await fireEvent.click(screen.getByRole('button', { name: 'Sí, borrar mi progreso' }));
    expect(callsOf('reset_progress')).toEqual([{}]);
    expect((await screen.findByText('Progreso borrado: 4 secciones leídas, 12 respuestas y 9 preguntas en repaso.')).getAttribute('role')).toBe('status');
  });

  it('says nothing changed when erasing fails', async () => {
    answerCommands({
      reset_progress: () => {
        throw { kind: 'database', message: 'database is locked' };
      },
    });
    render(ResetProgress);
    await fireEvent.click(screen.getByRole('button', { name: 'Borrar mi progreso…' }));
    await fireEvent.click(screen.getByRole('button', { name: 'Sí, borrar mi progreso' }));
    expect((await screen.findByRole('alert')).textContent).toContain('No se pudo borrar el progreso; no se cambió nada.');
  });
});

describe('percent', () => {
  it('rounds, but never to 0 % or 100 % a share that has begun or is not complete', () => {
    expect([percent(0, 0), percent(0, 5), percent(1, 300), percent(299, 300), percent(5, 5), percent(1, 3)]).toEqual([0, 0, 1, 99, 100, 33]);
  });
});
