import { describe, expect, it, vi, beforeEach } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';
import { tick } from 'svelte';
import type { Feedback, QuizQuestion, QuizResponse } from '../backend';
import { setSettings } from '../app/appState.svelte';
import QuestionInput from './QuestionInput.svelte';
import FeedbackPanel from './FeedbackPanel.svelte';

vi.mock('@tauri-apps/api/core', () => ({ invoke: vi.fn() }));

const HOSTILE = '<img src=x onerror=alert(1)>';

const typed: QuizQuestion = {
  id: 'golpe-1973-t01',
  prompt: '¿Qué palacio bombardeó la Fuerza Aérea?',
  body: { kind: 'typed', maxLength: 1000 },
};

const order: QuizQuestion = {
  id: 'q-order',
  prompt: 'Ordena los hechos.',
  body: { kind: 'order', items: [{ id: 'golpe', title: 'Golpe' }, { id: 'eleccion', title: 'Elección' }, { id: 'x', title: HOSTILE }] },
};

function answered(question: QuizQuestion, disabled = false): QuizResponse[] {
  const sent: QuizResponse[] = [];
  render(QuestionInput, { question, disabled, onanswer: (response: QuizResponse) => sent.push(response) });
  return sent;
}

beforeEach(() => setSettings({ language: 'es', theme: 'light', textSize: 'medium' }));

describe('a typed-answer question', () => {
  it('is a labelled field that helps with nothing and submits with Enter', async () => {
    const sent = answered(typed);
    const field = screen.getByLabelText('Tu respuesta') as HTMLInputElement;
    expect(field.type).toBe('text');
    expect(field.getAttribute('autocomplete')).toBe('off');
    expect(field.getAttribute('autocapitalize')).toBe('off');
    expect(field.getAttribute('autocorrect')).toBe('off');
    expect(field.getAttribute('spellcheck')).toBe('false');
    expect(field.maxLength).toBe(1000);
    expect(field.getAttribute('list')).toBeNull();
    // The hint says how it is graded, and the field points at it.
    const hint = document.getElementById(field.getAttribute('aria-describedby') ?? '');
    expect(hint?.textContent).toBe('Escribe la respuesta. No importan las mayúsculas, las tildes ni la puntuación.');

    const submit = screen.getByRole('button', { name: 'Responder' });
    expect(submit.hasAttribute('disabled')).toBe(true);
    await fireEvent.input(field, { target: { value: ' ¿? ' } });
    expect(submit.hasAttribute('disabled')).toBe(true);
    // Enter in a field submits its form; nothing is sent without a word.
    await fireEvent.submit(field.form!);
    expect(sent).toEqual([]);

    await fireEvent.input(field, { target: { value: '  la moneda ' } });
    expect(submit.hasAttribute('disabled')).toBe(false);
    await fireEvent.submit(field.form!);
    expect(sent).toEqual([{ kind: 'typed', text: 'la moneda' }]);
  });

  it('sends nothing once answered, and speaks English in English', async () => {
    setSettings({ language: 'en', theme: 'light', textSize: 'medium' });
    const sent = answered(typed, true);
    const field = screen.getByLabelText('Your answer') as HTMLInputElement;
    expect(field.disabled).toBe(true);
    await fireEvent.input(field, { target: { value: 'La Moneda' } });
    await fireEvent.submit(field.form!);
    expect(sent).toEqual([]);
  });

  it('feedback shows the answer and the other spellings accepted, as text', () => {
    const feedback: Feedback = {
      correct: false,
      correctAnswer: { kind: 'typed', answer: 'La Moneda', others: ['Palacio de La Moneda', HOSTILE] },
      explanation: 'Leigh ordenó el bombardeo.',
      sources: [],
      marks: { kind: 'whole' },
    };
    render(FeedbackPanel, { feedback });
    expect(screen.getByText('Respuesta correcta: La Moneda')).toBeTruthy();
    expect(screen.getByTestId('feedback-also-accepted').textContent?.trim()).toBe(`También se acepta: Palacio de La Moneda · ${HOSTILE}`);
    expect(document.querySelector('img')).toBeNull();
  });

  it('feedback with a single accepted answer lists no others', () => {
    render(FeedbackPanel, {
      feedback: { correct: true, correctAnswer: { kind: 'typed', answer: 'DINA', others: [] }, explanation: 'Sí.', sources: [], marks: { kind: 'whole' } },
    });
    expect(screen.getByText('Respuesta correcta: DINA')).toBeTruthy();
    expect(screen.queryByTestId('feedback-also-accepted')).toBeNull();
  });
});

describe('an order question by keyboard', () => {
  const titles = () => [...document.querySelectorAll('.order-title')].map((e) => e.textContent);

  it('moves items with focusable Up and Down buttons, keeps the focus on the moved item and says where it went', async () => {
    const sent = answered(order);
    expect(titles()).toEqual(['Golpe', 'Elección', HOSTILE]);
    expect(document.querySelector('img')).toBeNull();
    const up = screen.getByRole('button', { name: 'Subir «Elección»' });
    expect(up.tagName).toBe('BUTTON');
    expect(screen.getByRole('button', { name: 'Subir «Golpe»' }).hasAttribute('disabled')).toBe(true);

    // A keyboard user tabs to the button and presses Enter or Space, which clicks it.
    up.focus();
    await fireEvent.click(up);
    await tick();
    expect(titles()).toEqual(['Elección', 'Golpe', HOSTILE]);
    expect(document.querySelector('[aria-live="polite"]')?.textContent).toBe('«Elección» quedó en la posición 1 de 3.');
    // At the top its Up button is disabled: the focus stays on the item, on its Down button.
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Bajar «Elección»' }));

    const down = screen.getByRole('button', { name: 'Bajar «Golpe»' });
    down.focus();
    await fireEvent.click(down);
    await tick();
    expect(titles()).toEqual(['Elección', HOSTILE, 'Golpe']);
    expect(document.querySelector('[aria-live="polite"]')?.textContent).toBe('«Golpe» quedó en la posición 3 de 3.');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Subir «Golpe»' }));

    await fireEvent.click(screen.getByRole('button', { name: 'Responder' }));
    expect(sent).toEqual([{ kind: 'order', order: ['eleccion', 'x', 'golpe'] }]);
  });
});
