import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';
import type { QuizResponse, ReviewFeedback, ReviewSession, ReviewSummary } from '../lib/backend';
import { answerCommands, callsOf } from '../test/backendMock';
import { setSettings } from '../lib/app/appState.svelte';
import ReviewScreen from './ReviewScreen.svelte';

vi.mock('@tauri-apps/api/core', () => ({ invoke: vi.fn() }));

const NOW = '2026-12-03T12:00:00.000Z';

const session: ReviewSession = {
  sessionId: 7,
  due: 2,
  questions: [
    {
      chapterId: 'unidad-popular',
      chapterTitle: 'La Unidad Popular',
      question: {
        id: 'q-mc',
        prompt: '¿Quién ganó la elección de 1970?',
        // Shown in the session's order: ids, not positions, name the options.
        body: { kind: 'multipleChoice', options: [{ id: 2, text: 'Tomic' }, { id: 0, text: 'Allende' }, { id: 1, text: 'Alessandri' }] },
      },
    },
    {
      chapterId: 'golpe-1973',
      chapterTitle: 'El golpe de 1973',
      question: { id: 'q-tf', prompt: 'El golpe ocurrió en 1973.', body: { kind: 'trueFalse' } },
    },
  ],
};

const due: ReviewSummary = {
  due: 2,
  chapters: [
    { chapterId: 'unidad-popular', chapterTitle: 'La Unidad Popular', due: 1 },
    { chapterId: 'golpe-1973', chapterTitle: 'El golpe de 1973', due: 1 },
  ],
  nextDue: '2026-12-10T12:00:00.000Z',
};

function feedbackFor(questionId: string, response: QuizResponse): ReviewFeedback {
  if (questionId === 'q-mc') {
    const correct = response.kind === 'multipleChoice' && response.choice === 0;
    return {
      feedback: { correct, correctAnswer: { kind: 'multipleChoice', option: { id: 0, text: 'Allende' } }, marks: { kind: 'whole' }, explanation: 'Ganó con mayoría relativa.', sources: [] },
      nextDue: correct ? '2026-12-04T12:00:00.000Z' : NOW,
      intervalDays: correct ? 1 : 0,
    };
  }
  const correct = response.kind === 'trueFalse' && response.value;
  return {
    feedback: { correct, correctAnswer: { kind: 'trueFalse', value: true }, marks: { kind: 'whole' }, explanation: 'El 11 de septiembre.', sources: [] },
    nextDue: correct ? '2026-12-07T12:00:00.000Z' : NOW,
    intervalDays: correct ? 4 : 0,
  };
}

let summaries: ReviewSummary[] = [];

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(NOW));
  setSettings({ language: 'es', theme: 'light', textSize: 'medium' });
  summaries = [due, { due: 0, chapters: [], nextDue: '2026-12-04T12:00:00.000Z' }];
  answerCommands({
    review_summary: () => summaries.shift() ?? { due: 0, chapters: [], nextDue: null },
    start_review: () => session,
    answer_review: (args) => feedbackFor(args.questionId as string, args.response as QuizResponse),
  });
});

afterEach(() => {
  vi.useRealTimers();
});

describe('ReviewScreen', () => {
  it('shows what is due by chapter, reviews it with the next date after each answer, then nothing due', async () => {
    render(ReviewScreen);
    expect((await screen.findByTestId('review-due')).textContent).toBe('2 preguntas para repasar hoy');
    const chapters = screen.getByTestId('review-chapters').textContent!.replace(/\s+/g, ' ');
    expect(chapters).toContain('La Unidad Popular: 1 pregunta');
    expect(chapters).toContain('El golpe de 1973: 1 pregunta');
    expect(callsOf('review_summary')[0]).toEqual({ lang: 'es', utcOffsetMinutes: -new Date().getTimezoneOffset() });

    await fireEvent.click(screen.getByTestId('review-start'));
    expect((await screen.findByTestId('review-progress')).textContent).toContain('Pregunta 1 de 2');
    expect(screen.getByTestId('review-progress').textContent).toContain('Del capítulo «La Unidad Popular»');
    // The second option on screen is "Allende", whose id is 0: that id is what is sent.
    await fireEvent.click(screen.getByTestId('option-1'));
    expect((await screen.findByTestId('feedback')).dataset.correct).toBe('true');
    expect(callsOf('answer_review')[0]).toEqual({ lang: 'es', sessionId: 7, questionId: 'q-mc', response: { kind: 'multipleChoice', choice: 0 } });
    expect(screen.getByTestId('review-next-due').textContent!.trim()).toBe('Próximo repaso: mañana, 4 dic 2026');
    await fireEvent.click(screen.getByTestId('next-question'));

    expect(screen.getByTestId('review-progress').textContent).toContain('Pregunta 2 de 2');
    expect(screen.queryByTestId('feedback')).toBeNull();
    await fireEvent.click(screen.getByTestId('option-false'));
    expect((await screen.findByTestId('feedback')).dataset.correct).toBe('false');
    expect(screen.getByTestId('review-next-due').textContent!.trim()).toBe('Próximo repaso: hoy, 3 dic 2026');
    expect(screen.getByTestId('next-question').textContent!.trim()).toBe('Terminar');
    await fireEvent.click(screen.getByTestId('next-question'));

    expect((await screen.findByTestId('review-nothing-due')).textContent).toBe('Nada pendiente por hoy');
    expect(screen.getByTestId('review-done').textContent).toBe('Repaso terminado: 1 de 2 respuestas correctas.');
    expect(screen.getByTestId('review-next').textContent).toBe('Próximo repaso: mañana, 4 dic 2026');
  });

  it('says so when nothing was ever answered, in English too', async () => {
    setSettings({ language: 'en', theme: 'light', textSize: 'medium' });
    summaries = [{ due: 0, chapters: [], nextDue: null }];
    render(ReviewScreen);
    expect((await screen.findByTestId('review-nothing-due')).textContent).toBe('Nothing due today');
    expect(document.body.textContent).toContain('There is nothing to review yet.');
    expect(screen.queryByTestId('review-start')).toBeNull();
  });

  it('words a later date in English', async () => {
    setSettings({ language: 'en', theme: 'light', textSize: 'medium' });
    summaries = [{ due: 0, chapters: [], nextDue: '2026-12-10T12:00:00.000Z' }];
    render(ReviewScreen);
    expect((await screen.findByTestId('review-next')).textContent).toBe('Next review: in 7 days, 10 Dec 2026');
  });

  it('shows a failure with a retry', async () => {
    answerCommands({ review_summary: () => { throw { kind: 'database', message: 'disk I/O error' }; } });
    render(ReviewScreen);
    expect(await screen.findByRole('button', { name: /intentar|reintentar/i })).toBeTruthy();
  });
});
