import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import type { ListedNote, Note, NoteGroup, NoteTarget } from '../lib/backend';
import { answerCommands, callsOf } from '../test/backendMock';
import { setSettings } from '../lib/app/appState.svelte';
import NotesScreen from './NotesScreen.svelte';

vi.mock('@tauri-apps/api/core', () => ({ invoke: vi.fn() }));

function note(id: number, target: NoteTarget, text: string, bookmarked = false): Note {
  return { id, target, text, bookmarked, createdAt: '2026-12-01T10:00:00.000Z', updatedAt: '2026-12-02T10:00:00.000Z' };
}

function listed(n: Note, title: string, context: string | null = null, available = true): ListedNote {
  return { note: n, title, context, available };
}

const section: NoteTarget = { kind: 'section', chapterId: 'golpe-1973', sectionId: 'la-moneda' };
const groups: NoteGroup[] = [
  { kind: 'section', notes: [listed(note(1, section, 'Repasar <b>el bombardeo</b>\nsegunda línea', true), 'La Moneda', 'El golpe de 1973')] },
  { kind: 'event', notes: [listed(note(2, { kind: 'event', id: 'plebiscito-1988' }, '', true), 'Plebiscito de 1988')] },
  { kind: 'term', notes: [listed(note(3, { kind: 'term', id: 'quitado' }, 'Sigue aquí'), 'quitado', null, false)] },
];

beforeEach(() => {
  setSettings({ language: 'es', theme: 'light', textSize: 'medium' });
  answerCommands({
    list_notes: () => groups,
    save_note: (args) => note(1, args.target as NoteTarget, (args.text as string).trim(), true),
    delete_note: (args) => note(1, args.target as NoteTarget, '', true),
    set_bookmark: () => null,
    save_notes_markdown: () => ({ path: '/home/ana/Descargas/Mis notas - Crónica.md', fileName: 'Mis notas - Crónica.md' }),
  });
});

describe('NotesScreen', () => {
  it('lists notes grouped by what they annotate, each linking back, user text drawn as text', async () => {
    render(NotesScreen);
    const sections = await screen.findByTestId('notes-group-section');
    expect(within(sections).getByRole('heading', { level: 2 }).textContent).toBe('Secciones de capítulos');
    const link = within(sections).getByRole('link', { name: 'La Moneda — El golpe de 1973' });
    expect(link.getAttribute('href')).toBe('#/chapters/golpe-1973?section=la-moneda');
    const text = within(sections).getByTestId('notes-entry-text');
    expect(text.textContent).toBe('Repasar <b>el bombardeo</b>\nsegunda línea');
    expect(text.querySelector('b')).toBeNull();
    expect(within(sections).getByText('Marcado')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Plebiscito de 1988' }).getAttribute('href')).toBe('#/events/plebiscito-1988');
    // A note whose item a content update removed is kept, named by its id, with no link.
    const terms = screen.getByTestId('notes-group-term');
    expect(within(terms).queryByRole('link')).toBeNull();
    expect(terms.textContent).toContain('Ya no está en el contenido instalado; tu nota se conserva.');
    expect(screen.getByTestId('notes-count').textContent).toBe('3 notas o marcadores');
    expect(document.title).toBe('Mis notas — Crónica');
  });

  it('edits a note in place and refuses an empty one before asking the backend', async () => {
    render(NotesScreen);
    const sections = await screen.findByTestId('notes-group-section');
    await fireEvent.click(within(sections).getByTestId('notes-entry-edit'));
    const box = screen.getByLabelText('Nota sobre «La Moneda — El golpe de 1973»') as HTMLTextAreaElement;
    expect(box.value).toBe('Repasar <b>el bombardeo</b>\nsegunda línea');
    await fireEvent.input(box, { target: { value: '   ' } });
    await fireEvent.click(screen.getByTestId('notes-editor-save'));
    expect((await screen.findByRole('alert')).textContent).toBe('Escribe algo antes de guardar; para quitar la nota, elimínala.');
    expect(callsOf('save_note')).toEqual([]);
    await fireEvent.input(box, { target: { value: ' Nueva versión ' } });
    await fireEvent.click(screen.getByTestId('notes-editor-save'));
    expect(callsOf('save_note')).toEqual([{ target: section, text: ' Nueva versión ' }]);
    expect((await within(sections).findByTestId('notes-entry-text')).textContent).toBe('Nueva versión');
  });

  it('deletes a note only once confirmed; the bookmark stays', async () => {
    render(NotesScreen);
    const sections = await screen.findByTestId('notes-group-section');
    await fireEvent.click(within(sections).getByTestId('notes-entry-delete'));
    expect(callsOf('delete_note')).toEqual([]);
    expect(within(sections).getByText('¿Eliminar «Nota sobre «La Moneda — El golpe de 1973»»? No se puede deshacer.')).toBeTruthy();
    await fireEvent.click(within(sections).getByTestId('notes-entry-delete-confirm'));
    expect(callsOf('delete_note')).toEqual([{ target: section }]);
    await vi.waitFor(() => expect(within(sections).queryByTestId('notes-entry-text')).toBeNull());
    expect(within(sections).getByText('Marcado')).toBeTruthy();
  });

  it('removing the last bookmark of an item without a note takes it off the list', async () => {
    render(NotesScreen);
    const events = await screen.findByTestId('notes-group-event');
    await fireEvent.click(within(events).getByTestId('notes-entry-unbookmark'));
    await vi.waitFor(() => expect(screen.queryByTestId('notes-group-event')).toBeNull());
    expect(screen.getByTestId('notes-count').textContent).toBe('2 notas o marcadores');
  });

  it('exports every note as Markdown and says where the file is', async () => {
    render(NotesScreen);
    await fireEvent.click(await screen.findByTestId('notes-export'));
    expect(callsOf('save_notes_markdown')).toEqual([{ lang: 'es' }]);
    expect((await screen.findByText('Se guardaron tus notas en /home/ana/Descargas/Mis notas - Crónica.md')).getAttribute('role')).toBe('status');
  });

  it('says so when there are no notes yet, and offers no export', async () => {
    answerCommands({ list_notes: () => [] });
    render(NotesScreen);
    expect((await screen.findByTestId('notes-none')).textContent).toContain('Todavía no tienes notas ni marcadores');
    expect(screen.queryByTestId('notes-export')).toBeNull();
  });
});
