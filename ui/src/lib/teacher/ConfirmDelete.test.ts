import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { setSettings } from '../app/appState.svelte';
import ConfirmDelete from './ConfirmDelete.svelte';

describe('ConfirmDelete', () => {
  it('asks in place, and Escape drops the question and gives focus back to the delete button', async () => {
    setSettings({ language: 'es', theme: 'light', textSize: 'medium' });
    const ondelete = vi.fn();
    render(ConfirmDelete, { title: 'Prueba 1', testid: 'delete-quiz', ondelete });
    await fireEvent.click(screen.getByTestId('delete-quiz'));
    const confirm = await screen.findByTestId('delete-quiz-confirm');
    await waitFor(() => expect(document.activeElement).toBe(confirm));
    await fireEvent.keyDown(confirm, { key: 'Escape' });
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('delete-quiz')));
    expect(screen.queryByTestId('delete-quiz-confirm')).toBeNull();
    expect(ondelete).not.toHaveBeenCalled();
  });
});
