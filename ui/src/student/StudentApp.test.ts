import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';
import { tick } from 'svelte';
import StudentApp from './StudentApp.svelte';
import { StudentClient } from './connection';
import { fakeDeps } from './fakeSocket';
import { setLang } from './lang.svelte';

afterEach(() => setLang('es', null));

const HOSTILE = '<svg onload=alert()>';

function app() {
  const fake = fakeDeps();
  const client = new StudentClient(fake.deps);
  render(StudentApp, { client });
  return { fake, client };
}

async function join(fake: ReturnType<typeof fakeDeps>) {
  await fireEvent.input(screen.getByTestId('join-pin'), { target: { value: '482913' } });
  await fireEvent.input(screen.getByTestId('join-nickname'), { target: { value: HOSTILE } });
  await fireEvent.submit(screen.getByTestId('join-form'));
  fake.socket.open();
  fake.socket.receive({ type: 'joined', playerId: 1, token: 'ff', nickname: HOSTILE, score: 0 });
  await tick();
}

describe('StudentApp', () => {
  it('goes from joining to the question, the answer, the result and the podium, showing the nickname as text', async () => {
    const { fake } = app();
    await join(fake);
    expect(screen.getByTestId('lobby-nickname').textContent).toBe(HOSTILE);
    expect(document.querySelector('svg')).toBeNull();

    fake.socket.receive({
      type: 'question', questionId: 'q1', index: 0, total: 3, prompt: '¿Quién habló por Radio Magallanes?', kind: 'choice',
      options: [{ id: 'a', text: 'Allende' }, { id: 'b', text: 'Frei' }], points: 1000, timeLimitMs: 20_000, deadlineMs: 20_000,
    });
    await tick();
    expect(screen.getByTestId('question-prompt').textContent).toBe('¿Quién habló por Radio Magallanes?');
    expect(screen.getByTestId('countdown').textContent).toContain('Quedan 20 s');
    const options = screen.getAllByTestId('option');
    expect(options.map((o) => o.textContent)).toEqual(['Allende', 'Frei']);
    await fireEvent.click(options[0]!);
    expect(fake.socket.sent.at(-1)).toEqual({ type: 'answer', questionId: 'q1', optionId: 'a' });

    fake.socket.receive({ type: 'answerAccepted', questionId: 'q1', answer: { optionId: 'a' } });
    await tick();
    expect(screen.getByTestId('own-answer').textContent).toBe('Allende');

    fake.socket.receive({
      type: 'result', questionId: 'q1', index: 0, yourAnswer: { optionId: 'a' }, right: true, points: 900, totalScore: 900,
      rank: 1, correct: { optionId: 'a' }, explanation: 'Su último discurso.', source: 'Memoria Chilena, Discurso',
    });
    await tick();
    expect(screen.getByTestId('result-outcome').textContent?.trim()).toBe('¡Correcto!');
    expect(screen.getByTestId('result-points').textContent).toBe('+900 puntos');
    expect(screen.getByTestId('result-total').textContent).toBe('Total: 900 puntos');
    expect(screen.getByTestId('result-rank').textContent).toBe('Vas en el lugar 1');
    expect(screen.getByTestId('header-score').textContent).toBe('Puntaje: 900');

    fake.socket.receive({
      type: 'podium', yourScore: 900, yourRank: 1,
      leaderboard: [{ playerId: 1, nickname: HOSTILE, score: 900, rank: 1 }, { playerId: 2, nickname: 'Beto', score: 0, rank: 2 }],
    });
    await tick();
    expect(screen.getAllByTestId('podium-name').map((e) => e.textContent)).toEqual([HOSTILE, 'Beto']);
    expect(screen.getByTestId('podium-yours').textContent?.trim()).toBe('Terminaste en el lugar 1 con 900 puntos.');
    expect(document.querySelector('svg')).toBeNull();
  });

  it('types a year for a year question', async () => {
    const { fake } = app();
    await join(fake);
    fake.socket.receive({
      type: 'question', questionId: 'q3', index: 2, total: 3, prompt: '¿En qué año?', kind: 'year', options: [],
      points: 1000, timeLimitMs: 20_000, deadlineMs: 20_000,
    });
    await tick();
    await fireEvent.input(screen.getByTestId('year-input'), { target: { value: 'mil' } });
    await fireEvent.click(screen.getByTestId('year-submit'));
    expect(screen.getByTestId('year-problem').textContent).toContain('Escribe un año');
    await fireEvent.input(screen.getByTestId('year-input'), { target: { value: '1976' } });
    await fireEvent.click(screen.getByTestId('year-submit'));
    expect(fake.socket.sent.at(-1)).toEqual({ type: 'answer', questionId: 'q3', year: 1976 });
  });

  it('shows refusals in the chosen language and the offline banner while reconnecting', async () => {
    const { fake } = app();
    await fireEvent.click(screen.getByTestId('lang-en'));
    await fireEvent.input(screen.getByTestId('join-pin'), { target: { value: '482913' } });
    await fireEvent.input(screen.getByTestId('join-nickname'), { target: { value: 'Ana' } });
    await fireEvent.submit(screen.getByTestId('join-form'));
    fake.socket.open();
    fake.socket.receive({ type: 'error', code: 'nicknameTaken', message: 'taken' });
    await tick();
    expect(screen.getByRole('alert').textContent).toContain('Someone already uses that nickname. Pick another.');

    await fireEvent.click(screen.getByTestId('lang-es'));
    expect(screen.getByRole('alert').textContent).toContain('Alguien ya usa ese apodo. Elige otro.');

    await fireEvent.submit(screen.getByTestId('join-form'));
    fake.socket.receive({ type: 'joined', playerId: 1, token: 'ff', nickname: 'Ana', score: 0 });
    await tick();
    fake.socket.drop();
    await tick();
    expect(screen.getByTestId('offline').textContent).toBe('Sin conexión, reconectando…');
    fake.runTimers();
    fake.socket.open();
    fake.socket.receive({ type: 'joined', playerId: 1, token: 'ff', nickname: 'Ana', score: 0 });
    await tick();
    expect(screen.queryByTestId('offline')).toBeNull();
    expect(screen.getByTestId('lobby')).toBeTruthy();
  });
});
