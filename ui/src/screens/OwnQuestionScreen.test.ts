import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import type { Lang, QuestionIssue } from '../lib/backend';
import { answerCommands, callsOf } from '../test/backendMock';
import { ownQuestions } from '../test/teacherFixtures';
import { setSettings } from '../lib/app/appState.svelte';
import OwnQuestionScreen from './OwnQuestionScreen.svelte';

vi.mock('@tauri-apps/api/core', () => ({ invoke: vi.fn() }));

const issues: QuestionIssue[] = [
  { part: { part: 'prompt', lang: 'en' }, problem: { problem: 'missingText', lang: 'en' } },
  { part: { part: 'explanation', lang: 'es' }, problem: { problem: 'tooLong', max: 2000 } },
  { part: { part: 'options' }, problem: { problem: 'optionCount', found: 2 } },
  { part: { part: 'optionTexts', lang: 'es' }, problem: { problem: 'optionsRepeat', lang: 'es' } },
  { part: { part: 'answer' }, problem: { problem: 'answerNotAnOption', answer: 3, options: 2 } },
  { part: { part: 'source' }, problem: { problem: 'tooLong', max: 300 } },
];

function refuseWith(list: QuestionIssue[]): void {
  answerCommands({ list_own_questions: () => ownQuestions, save_own_question: () => ({ outcome: 'invalid', issues: list }) });
}

const shown = (id: string) => screen.getByTestId(id).textContent?.replace(/\s+/g, ' ').trim();

beforeEach(() => {
  setSettings({ language: 'es', theme: 'light', textSize: 'medium' });
  window.location.hash = '#/teacher/question/new';
});

describe('OwnQuestionScreen', () => {
  it.each<[Lang, Record<string, string>]>([
    [
      'es',
      {
        'issues-prompt-en': 'Falta el texto en inglés.',
        'issues-explanation-es': 'Es demasiado largo: el máximo es de 2000 caracteres.',
        'issues-options': 'Una pregunta de alternativas necesita entre 3 y 5 opciones; tiene 2.',
        'issues-optionTexts-es': 'Hay textos repetidos en español; deben ser todos distintos.',
        'issues-answer': 'Marca cuál de las 2 opciones es la correcta.',
        'issues-source': 'Es demasiado largo: el máximo es de 300 caracteres.',
      },
    ],
    [
      'en',
      {
        'issues-prompt-en': 'The text in English is missing.',
        'issues-explanation-es': 'Too long: at most 2000 characters.',
        'issues-options': 'A multiple-choice question needs 3 to 5 options; it has 2.',
        'issues-optionTexts-es': 'Some texts in Spanish repeat; they must all differ.',
        'issues-answer': 'Mark which of the 2 options is the right one.',
        'issues-source': 'Too long: at most 300 characters.',
      },
    ],
  ])('shows each refused field’s issue next to it (%s)', async (lang, expected) => {
    setSettings({ language: lang, theme: 'light', textSize: 'medium' });
    refuseWith(issues);
    render(OwnQuestionScreen, { id: null });
    await fireEvent.click(screen.getByTestId('save-question'));
    await screen.findByTestId('issues-prompt-en');
    for (const [id, text] of Object.entries(expected)) expect(shown(id), id).toBe(text);
    // Each issue sits in the same field as its input, and the input points at it.
    const promptEn = screen.getByTestId('prompt-en');
    expect(promptEn.getAttribute('aria-invalid')).toBe('true');
    expect(promptEn.getAttribute('aria-describedby')).toBe('issues-prompt-en');
    expect(promptEn.closest('.field')?.contains(screen.getByTestId('issues-prompt-en'))).toBe(true);
    expect(screen.getByTestId('source').closest('.field')?.contains(screen.getByTestId('issues-source'))).toBe(true);
    expect(screen.queryByTestId('issues-prompt-es')).toBeNull();
    expect(window.location.hash).toBe('#/teacher/question/new');
  });

  it('words every kind of problem', async () => {
    refuseWith([
      { part: { part: 'answer' }, problem: { problem: 'yearOutOfRange', year: 2090, max: 2026 } },
      { part: { part: 'items' }, problem: { problem: 'itemCount', found: 2 } },
      { part: { part: 'pairs' }, problem: { problem: 'pairCount', found: 7 } },
      { part: { part: 'pairTexts', lang: 'en' }, problem: { problem: 'rolesRepeat', lang: 'en' } },
    ]);
    render(OwnQuestionScreen, { id: null });
    await fireEvent.change(screen.getByTestId('editor-kind'), { target: { value: 'match' } });
    await fireEvent.click(screen.getByTestId('save-question'));
    await screen.findByTestId('issues-pairs');
    expect(shown('issues-pairs')).toBe('Una pregunta de relacionar necesita entre 2 y 6 parejas; tiene 7.');
    expect(shown('issues-pairTexts-en')).toBe('Hay parejas repetidas en inglés; deben ser todas distintas.');
    expect(shown('issues-answer')).toBe('2090 no es un año entre 1800 y 2026.');
    await fireEvent.change(screen.getByTestId('editor-kind'), { target: { value: 'order' } });
    expect(shown('issues-items')).toBe('Una pregunta de orden necesita entre 3 y 5 elementos; tiene 2.');
  });

  it('sends the draft and goes back to the teacher area once saved', async () => {
    answerCommands({
      list_own_questions: () => ownQuestions,
      save_own_question: () => ({ outcome: 'saved', question: ownQuestions[0] }),
    });
    render(OwnQuestionScreen, { id: null });
    await fireEvent.change(screen.getByTestId('editor-kind'), { target: { value: 'year' } });
    await fireEvent.input(screen.getByTestId('prompt-es'), { target: { value: '¿En qué año fue el plebiscito?' } });
    await fireEvent.input(screen.getByTestId('year'), { target: { value: '1988' } });
    await fireEvent.input(screen.getByTestId('explanation-es'), { target: { value: 'El 5 de octubre de 1988.' } });
    await fireEvent.click(screen.getByTestId('save-question'));
    await waitFor(() => expect(window.location.hash).toBe('#/teacher'));
    expect(callsOf('save_own_question')).toEqual([
      {
        id: null,
        draft: {
          prompt: { es: '¿En qué año fue el plebiscito?', en: null },
          answer: { kind: 'year', answer: 1988 },
          explanation: { es: 'El 5 de octubre de 1988.', en: null },
          source: null,
        },
      },
    ]);
  });

  it('edits a saved multiple-choice question: its options and right option', async () => {
    answerCommands({
      list_own_questions: () => ownQuestions,
      save_own_question: () => ({ outcome: 'saved', question: ownQuestions[0] }),
    });
    render(OwnQuestionScreen, { id: 'own-1' });
    expect(((await screen.findByTestId('prompt-es')) as HTMLTextAreaElement).value).toBe('¿Quién ganó el plebiscito de 1988?');
    expect((screen.getByTestId('option-1-es') as HTMLInputElement).value).toBe('El No');
    expect((screen.getByTestId('right-1') as HTMLInputElement).checked).toBe(true);
    await fireEvent.input(screen.getByTestId('option-2-en'), { target: { value: 'Nobody' } });
    await fireEvent.click(screen.getByTestId('right-2'));
    await fireEvent.click(screen.getByTestId('option-remove-0'));
    await fireEvent.click(screen.getByTestId('save-question'));
    await waitFor(() => expect(callsOf('save_own_question')).toHaveLength(1));
    const { id, draft } = callsOf('save_own_question')[0] as { id: string; draft: { answer: unknown; source: string } };
    expect(id).toBe('own-1');
    expect(draft.source).toBe('Servel');
    expect(draft.answer).toEqual({ kind: 'multipleChoice', options: [{ es: 'El No', en: null }, { es: 'Nadie', en: 'Nobody' }], answer: 1 });
  });
});
