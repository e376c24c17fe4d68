import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import LiveQuestion from './LiveQuestion.svelte';
import LiveReveal from './LiveReveal.svelte';
import { LiveTeacher, type SocketLike } from './liveTeacher.svelte';
import { readTeacherEvent, type RevealedQuestion } from './teacherProtocol';

const HOSTILE = '<img src=x onerror=alert(1)>';

/** A teacher connection that received `messages`. */
function liveWith(...messages: unknown[]): LiveTeacher {
  const socket: SocketLike & { onmessage: ((event: MessageEvent) => void) | null } = {
    readyState: 1, onopen: null, onmessage: null, onclose: null, onerror: null, send: () => {}, close: () => {},
  };
  const live = new LiveTeacher('ws://127.0.0.1:9/ws/teacher', {
    openSocket: () => socket, now: () => 0, setTimeout: () => {}, clearTimeout: () => {},
  });
  socket.onopen?.(new Event('open'));
  for (const message of messages) socket.onmessage?.(new MessageEvent('message', { data: JSON.stringify(message) }));
  return live;
}

const opened = { type: 'questionOpened', index: 1, total: 4, timeLimitMs: 20_000, deadlineMs: 20_000 };
const items = (testid: string) => [...screen.getByTestId(testid).querySelectorAll('li')].map((li) => li.textContent);

describe('the projector while a question is open', () => {
  it('shows an order question’s items as students see them and the answer count, no answer', () => {
    const live = liveWith(
      { ...opened, questionId: 'o', prompt: 'Ordena', kind: 'order', options: [{ id: '0', text: 'Golpe' }, { id: '1', text: HOSTILE }] },
      { type: 'progress', answered: 3, total: 25 },
    );
    render(LiveQuestion, { live });
    expect(screen.getByText('Los estudiantes ponen estos elementos en orden:')).toBeTruthy();
    expect(items('live-items')).toEqual(['Golpe', HOSTILE]);
    expect(document.querySelector('img')).toBeNull();
    expect(screen.getByTestId('live-answered').textContent).toBe('Respondieron 3 de 25');
    expect(screen.getByTestId('live-timer').getAttribute('role')).toBe('timer');
  });

  it('shows a match question’s items and options, and says a typed one is typed', () => {
    const live = liveWith({
      ...opened, questionId: 'm', prompt: 'Relaciona', kind: 'match',
      left: [{ id: '0', text: 'Frei' }, { id: '1', text: 'Allende' }],
      options: [{ id: '0', text: 'Vía chilena' }, { id: '1', text: 'Revolución en libertad' }],
    });
    const { unmount } = render(LiveQuestion, { live });
    expect(items('live-left')).toEqual(['Frei', 'Allende']);
    expect(items('live-match-options')).toEqual(['Vía chilena', 'Revolución en libertad']);
    unmount();
    render(LiveQuestion, { live: liveWith({ ...opened, questionId: 't', prompt: '¿Quién?', kind: 'typed', options: [] }) });
    expect(screen.getByText('Los estudiantes escriben su respuesta.')).toBeTruthy();
  });
});

function revealed(over: Partial<RevealedQuestion>): RevealedQuestion {
  return {
    questionId: 'q', index: 1, total: 4, prompt: 'Pregunta', kind: 'order', options: [], left: [],
    histogram: { kind: 'rightWrong', right: 0, wrong: 0 }, correct: { order: [] }, explanation: '', source: null, leaderboard: [], ...over,
  };
}

describe('the projector at the reveal', () => {
  it('shows right and wrong counts and the right order', () => {
    render(LiveReveal, {
      revealed: revealed({
        options: [{ id: '0', text: 'Golpe' }, { id: '1', text: 'Elección de 1970' }, { id: '2', text: 'Cobre' }],
        histogram: { kind: 'rightWrong', right: 7, wrong: 3 }, correct: { order: ['1', '2', '0'] },
      }),
    });
    const bars = screen.getAllByTestId('live-bar');
    expect(bars.map((b) => [b.querySelector('.live-bar-label')?.textContent, b.dataset.count])).toEqual([['Correctas ✓', '7'], ['Incorrectas', '3']]);
    expect(screen.getByTestId('live-answer').textContent).toContain('Orden correcto');
    expect(items('live-right-list')).toEqual(['Elección de 1970', 'Cobre', 'Golpe']);
  });

  it('shows the right matches', () => {
    render(LiveReveal, {
      revealed: revealed({
        kind: 'match', left: [{ id: '0', text: 'Frei' }, { id: '1', text: 'Allende' }],
        options: [{ id: '0', text: 'Vía chilena' }, { id: '1', text: 'Revolución en libertad' }],
        histogram: { kind: 'rightWrong', right: 1, wrong: 0 }, correct: { matches: ['1', '0'] },
      }),
    });
    expect(items('live-right-list')).toEqual(['Frei → Revolución en libertad', 'Allende → Vía chilena']);
  });

  it('shows a typed question’s counts, the answers several gave (as text), and the right answer', () => {
    render(LiveReveal, {
      revealed: revealed({
        kind: 'typed',
        histogram: { kind: 'typed', right: 5, wrong: 4, frequent: [{ text: 'Salvador Allende', count: 5, right: true }, { text: HOSTILE, count: 2, right: false }] },
        correct: { text: 'Salvador Allende' },
      }),
    });
    expect(screen.getAllByTestId('live-bar').map((b) => b.dataset.count)).toEqual(['5', '4']);
    const frequent = screen.getAllByTestId('live-frequent-answer');
    expect(frequent.map((li) => [li.querySelector('.live-frequent-text')?.textContent, li.dataset.count])).toEqual([['Salvador Allende', '5'], [HOSTILE, '2']]);
    expect(frequent[0]!.textContent).toContain('(correcta)');
    expect(document.querySelector('img')).toBeNull();
    expect(screen.getByTestId('live-answer').textContent).toContain('Respuesta correcta: Salvador Allende');
  });

  it('says when no typed answer was repeated', () => {
    render(LiveReveal, { revealed: revealed({ kind: 'typed', histogram: { kind: 'typed', right: 0, wrong: 1, frequent: [] }, correct: { text: 'Allende' } }) });
    expect(screen.getByTestId('live-frequent-none').textContent).toBe('Ninguna respuesta se repitió.');
  });
});

describe('the teacher reader', () => {
  const base = { type: 'revealed', questionId: 'q', index: 0, total: 1, prompt: 'p', options: [], explanation: '', source: null, leaderboard: [] };
  it('reads the new kinds and aggregates', () => {
    const typed = { ...base, kind: 'typed', histogram: { kind: 'typed', right: 1, wrong: 2, frequent: [{ text: 'Allende', count: 2, right: true }] }, correct: { text: 'Allende' } };
    expect(readTeacherEvent(JSON.stringify(typed))).toEqual({ ...typed, left: [] });
    const match = { ...base, kind: 'match', left: [{ id: '0', text: 'Frei' }], histogram: { kind: 'rightWrong', right: 0, wrong: 1 }, correct: { matches: ['0'] } };
    expect(readTeacherEvent(JSON.stringify(match))).toEqual(match);
  });
  it('drops malformed ones', () => {
    for (const bad of [
      { ...base, kind: 'typed', histogram: { kind: 'typed', right: 1, wrong: 2, frequent: [{ text: 'x', count: -1, right: true }] }, correct: { text: 'x' } },
      { ...base, kind: 'order', histogram: { kind: 'rightWrong', right: 1 }, correct: { order: ['0'] } },
      { ...base, kind: 'order', histogram: { kind: 'rightWrong', right: 1, wrong: 0 }, correct: { order: [0] } },
      { ...base, kind: 'essay', histogram: { kind: 'rightWrong', right: 1, wrong: 0 }, correct: { text: 'x' } },
    ]) {
      expect(readTeacherEvent(JSON.stringify(bad)), JSON.stringify(bad)).toBeNull();
    }
  });
});
