import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';
import type { Note, NoteTarget } from '../backend';
import { answerCommands, callsOf } from '../../test/backendMock';
import { setSettings } from '../app/appState.svelte';
import NoteControl from './NoteControl.svelte';

vi.mock('@tauri-apps/api/core', () => ({ invoke: vi.fn() }));

const target: NoteTarget = { kind: 'event', id: 'golpe-1973' };
let stored: Note | null = null;

function store(text: string, bookmarked: boolean): Note | null {
  stored = text === '' && !bookmarked ? null : { id: 7, target, text, bookmarked, createdAt: 'x', updatedAt: 'x' };
  return stored;
}

beforeEach(() => {
  setSettings({ language: 'es', theme: 'light', textSize: 'medium' });
  stored = null;
  answerCommands({
    get_note: () => stored,
    set_bookmark: (args) => store(stored?.text ?? '', args.bookmarked as boolean),
    save_note: (args) => store((args.text as string).trim(), stored?.bookmarked ?? false),
    delete_note: () => store('', stored?.bookmarked ?? false),
  });
});

describe('NoteControl', () => {
  it('toggles a bookmark, announced as a pressed button', async () => {
    render(NoteControl, { props: { target, title: 'Golpe de Estado', testid: 'note' } });
    const button = screen.getByRole('button', { name: 'Marcar «Golpe de Estado»' });
    expect(button.getAttribute('aria-pressed')).toBe('false');
    await fireEvent.click(button);
    await vi.waitFor(() => expect(button.getAttribute('aria-pressed')).toBe('true'));
    expect(button.textContent).toContain('Marcado');
    expect(callsOf('set_bookmark')).toEqual([{ target, bookmarked: true }]);
  });

  it('adds, edits and deletes a note, showing it as text', async () => {
    render(NoteControl, { props: { target, title: 'Golpe de Estado', testid: 'note' } });
    await fireEvent.click(await screen.findByRole('button', { name: 'Añadir nota' }));
    const box = screen.getByLabelText('Nota sobre «Golpe de Estado»');
    expect(document.activeElement).toBe(box);
    await fireEvent.input(box, { target: { value: '<img src=x onerror=alert(1)> 11 de septiembre' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Guardar nota' }));
    const shown = await screen.findByTestId('note-text');
    expect(shown.textContent).toContain('<img src=x onerror=alert(1)> 11 de septiembre');
    expect(shown.querySelector('img')).toBeNull();

    await fireEvent.click(screen.getByRole('button', { name: 'Editar nota' }));
    expect((screen.getByLabelText('Nota sobre «Golpe de Estado»') as HTMLTextAreaElement).value).toBe('<img src=x onerror=alert(1)> 11 de septiembre');
    await fireEvent.keyDown(screen.getByLabelText('Nota sobre «Golpe de Estado»'), { key: 'Escape' });
    expect(screen.queryByLabelText('Nota sobre «Golpe de Estado»')).toBeNull();

    await fireEvent.click(screen.getByTestId('note-delete'));
    await fireEvent.click(screen.getByTestId('note-delete-confirm'));
    await vi.waitFor(() => expect(screen.queryByTestId('note-text')).toBeNull());
    expect(callsOf('delete_note')).toEqual([{ target }]);
    expect(screen.getByRole('button', { name: 'Añadir nota' })).toBeTruthy();
  });

  it('keeps the text typed when the backend refuses it, and says why', async () => {
    answerCommands({
      get_note: () => null,
      save_note: () => {
        throw { kind: 'invalidInput', message: 'a note can have at most 10000 characters' };
      },
    });
    render(NoteControl, { props: { target, title: 'Golpe de Estado', testid: 'note' } });
    await fireEvent.click(await screen.findByRole('button', { name: 'Añadir nota' }));
    const box = screen.getByLabelText('Nota sobre «Golpe de Estado»') as HTMLTextAreaElement;
    await fireEvent.input(box, { target: { value: 'mi texto' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Guardar nota' }));
    expect((await screen.findByRole('alert')).textContent).toContain('No se pudo guardar');
    expect(box.value).toBe('mi texto');
  });

  it('uses the note the screen already has instead of asking for it', () => {
    render(NoteControl, { props: { target, title: 'Golpe de Estado', testid: 'note', note: store('ya cargada', true) } });
    expect(screen.getByTestId('note-text').textContent).toContain('ya cargada');
    expect(callsOf('get_note')).toEqual([]);
  });
});
