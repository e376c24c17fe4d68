import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';
import { answerCommands } from '../test/backendMock';
import { teacherQuiz } from '../test/teacherFixtures';
import { setSettings } from '../lib/app/appState.svelte';
import PresenterScreen from './PresenterScreen.svelte';

vi.mock('@tauri-apps/api/core', () => ({ invoke: vi.fn() }));

// Only the countdown's interval is faked, so the testing library's own waiting keeps working.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
  setSettings({ language: 'es', theme: 'dark', textSize: 'medium' });
  answerCommands({ get_teacher_quiz: () => teacherQuiz });
  window.location.hash = '#/teacher/quiz/quiz-1/present';
});

afterEach(() => {
  vi.useRealTimers();
});

const key = (k: string) => fireEvent.keyDown(window, { key: k });
const text = (id: string) => screen.getByTestId(id).textContent?.trim();

async function tick(seconds: number): Promise<void> {
  await vi.advanceTimersByTimeAsync(seconds * 1000);
}

describe('PresenterScreen', () => {
  it('moves between questions with the arrow keys, leaving out a deleted one, to a summary', async () => {
    render(PresenterScreen, { id: 'quiz-1' });
    expect((await screen.findByTestId('present-prompt')).textContent).toBe('¿Por qué emisora transmitió Allende su último discurso?');
    expect(text('present-progress')).toBe('Pregunta 1 de 2');
    expect(screen.getAllByTestId(/^present-choice-/).map((c) => c.textContent?.replace(/\s+/g, ' ').trim())).toEqual(['A Radio Cooperativa', 'B Radio Magallanes', 'C Radio Agricultura']);

    await key('ArrowRight');
    expect(text('present-prompt')).toBe('¿Quién ganó el plebiscito de 1988?');
    expect(text('present-progress')).toBe('Pregunta 2 de 2');
    expect(text('present-timer')).toBe('0:10');

    await key('ArrowLeft');
    expect(text('present-progress')).toBe('Pregunta 1 de 2');
    expect(text('present-timer')).toBe('0:20');

    await key('ArrowRight');
    await key('ArrowRight');
    expect(text('present-presented')).toBe('Preguntas presentadas: 2');
    expect(screen.getByTestId('present-summary').textContent).toContain('Preguntas omitidas porque fueron eliminadas: 1');
  });

  it('counts down, reveals the answer, explanation and sources when time runs out', async () => {
    render(PresenterScreen, { id: 'quiz-1' });
    await screen.findByTestId('present-prompt');
    await key('ArrowRight'); // own question, 10 s
    expect(screen.queryByTestId('present-answer')).toBeNull();
    await tick(4);
    expect(text('present-timer')).toBe('0:06');
    expect(screen.getByTestId('present-timer').classList.contains('is-urgent')).toBe(false);
    await tick(2);
    expect(screen.getByTestId('present-timer').classList.contains('is-urgent')).toBe(true);
    await tick(4);
    expect(text('present-answer-text')).toBe('Respuesta correcta: El No');
    expect(screen.getByTestId('present-answer').textContent).toContain('Ganó el No con el 56 %.');
    expect(text('present-sources')).toBe('Fuente: Servel');
    expect(screen.getByTestId('present-choice-1').dataset.correct).toBe('true');
    expect(screen.getByTestId('present-choice-1').textContent).toContain('✓');
    expect(text('present-timer')).toBe('Se acabó el tiempo');
  });

  it('pauses and resumes with Space, adds time, and reveals early with Enter', async () => {
    render(PresenterScreen, { id: 'quiz-1' });
    await screen.findByTestId('present-prompt');
    await tick(3);
    expect(text('present-timer')).toBe('0:17');
    await key(' ');
    expect(text('present-paused')).toBe('En pausa');
    expect(text('present-pause')).toBe('Reanudar');
    await tick(30);
    expect(text('present-timer')).toBe('0:17');
    expect(screen.queryByTestId('present-answer')).toBeNull();
    await key(' ');
    await tick(2);
    expect(text('present-timer')).toBe('0:15');
    await fireEvent.click(screen.getByTestId('present-add-time'));
    expect(text('present-timer')).toBe('0:25');

    await key('Enter');
    expect(text('present-answer-text')).toBe('Respuesta correcta: Radio Magallanes');
    expect(screen.getByTestId('present-sources').textContent).toContain('Gobierno de Chile');
    await tick(60);
    expect(text('present-timer')).toBe('0:25');
  });

  it('leaves presenter mode with Esc', async () => {
    render(PresenterScreen, { id: 'quiz-1' });
    await screen.findByTestId('present-prompt');
    await key('Escape');
    await vi.waitFor(() => expect(window.location.hash).toBe('#/teacher'));
  });

  it('speaks English when the app does', async () => {
    setSettings({ language: 'en', theme: 'light', textSize: 'large' });
    render(PresenterScreen, { id: 'quiz-1' });
    await screen.findByTestId('present-prompt');
    expect(text('present-progress')).toBe('Question 1 of 2');
    expect(text('present-reveal')).toBe('Show the answer');
  });
});
