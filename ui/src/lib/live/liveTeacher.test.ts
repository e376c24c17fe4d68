import { describe, expect, it } from 'vitest';
import { LiveTeacher, type SocketLike, type TeacherDeps } from './liveTeacher.svelte';
import { readTeacherEvent } from './teacherProtocol';

class Socket implements SocketLike {
  readyState = 0;
  onopen: ((event: Event) => void) | null = null;
  onmessage: ((event: MessageEvent) => void) | null = null;
  onclose: ((event: CloseEvent) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  sent: unknown[] = [];
  constructor(readonly url: string) {}
  send(data: string): void {
    this.sent.push(JSON.parse(data));
  }
  close(): void {
    this.readyState = 3;
  }
  open(): void {
    this.readyState = 1;
    this.onopen?.(new Event('open'));
  }
  receive(message: unknown): void {
    this.onmessage?.(new MessageEvent('message', { data: typeof message === 'string' ? message : JSON.stringify(message) }));
  }
  drop(): void {
    this.readyState = 3;
    this.onclose?.(new CloseEvent('close', { code: 1006 }));
  }
}

function harness() {
  const sockets: Socket[] = [];
  const timers: (() => void)[] = [];
  let now = 1_000;
  const deps: TeacherDeps = {
    openSocket: (url) => {
      const socket = new Socket(url);
      sockets.push(socket);
      return socket;
    },
    now: () => now,
    setTimeout: (callback) => timers.push(callback),
    clearTimeout: () => {},
  };
  const live = new LiveTeacher('ws://127.0.0.1:9/ws/teacher?teacher_secret=s', deps);
  return { live, sockets, timers, advance: (ms: number) => (now += ms) };
}

const lobby = (players: { playerId: number; nickname: string; online: boolean; score: number }[]) => ({ type: 'lobby', pin: '123456', joinUrl: 'http://x/', players });
const opened = {
  type: 'questionOpened',
  questionId: 'q1',
  index: 0,
  total: 2,
  prompt: '¿Quién?',
  kind: 'choice',
  options: [
    { id: '1', text: 'Allende' },
    { id: '0', text: 'Frei' },
  ],
  timeLimitMs: 20000,
  deadlineMs: 20000,
};

describe('LiveTeacher', () => {
  it('follows the game from lobby to podium and sends the teacher commands', () => {
    const { live, sockets, advance } = harness();
    expect(live.phase).toBe('connecting');
    sockets[0]!.open();
    sockets[0]!.receive(lobby([{ playerId: 1, nickname: '<img src=x onerror=alert(1)>', online: true, score: 0 }]));
    expect(live.phase).toBe('lobby');
    expect(live.players[0]!.nickname).toBe('<img src=x onerror=alert(1)>');
    expect(live.start()).toBe(true);
    sockets[0]!.receive(opened);
    expect(live.phase).toBe('question');
    expect(live.answering).toBe(1);
    advance(5000);
    expect(live.remainingMs()).toBe(15000);
    sockets[0]!.receive({ type: 'progress', answered: 1, total: 1 });
    expect(live.answered).toBe(1);
    live.reveal();
    sockets[0]!.receive({
      ...opened,
      type: 'revealed',
      histogram: { kind: 'choice', options: [{ optionId: '1', count: 1 }, { optionId: '0', count: 0 }] },
      correct: { optionId: '1' },
      explanation: 'Ganó en 1970.',
      source: null,
      leaderboard: [{ playerId: 1, nickname: 'Ana', score: 900, rank: 1 }],
    });
    expect(live.phase).toBe('revealed');
    expect(live.revealed?.correct).toEqual({ optionId: '1' });
    live.next();
    live.kick(1);
    sockets[0]!.receive({ type: 'finished', leaderboard: [{ playerId: 1, nickname: 'Ana', score: 900, rank: 1 }] });
    expect(live.phase).toBe('finished');
    expect(live.podium).toHaveLength(1);
    expect(sockets[0]!.sent).toEqual([{ type: 'start' }, { type: 'reveal' }, { type: 'next' }, { type: 'kick', playerId: 1 }]);
  });

  it('shows a refusal, drops malformed messages and reconnects after a drop', () => {
    const { live, sockets, timers } = harness();
    sockets[0]!.open();
    sockets[0]!.receive(lobby([]));
    sockets[0]!.receive('not json');
    sockets[0]!.receive({ type: 'lobby', pin: 5, players: [] });
    sockets[0]!.receive({ type: 'questionOpened', prompt: 'x' });
    expect(live.phase).toBe('lobby');
    sockets[0]!.receive({ type: 'error', code: 'wrongPhase', message: 'not now' });
    expect(live.error).toBe('not now');
    sockets[0]!.drop();
    expect(live.connected).toBe(false);
    expect(live.start()).toBe(false);
    timers.shift()!();
    expect(sockets).toHaveLength(2);
    sockets[1]!.open();
    expect(live.connected).toBe(true);
    live.close();
    sockets[1]!.drop();
    expect(timers).toHaveLength(0);
    expect(live.phase).toBe('closed');
  });
});

describe('readTeacherEvent', () => {
  it('accepts a year reveal and fills a missing source with null', () => {
    const event = readTeacherEvent(
      JSON.stringify({
        type: 'revealed',
        questionId: 'q2',
        index: 1,
        total: 2,
        prompt: '¿Año?',
        kind: 'year',
        options: [],
        histogram: { kind: 'year', years: [{ year: 1973, count: 2 }] },
        correct: { year: 1973 },
        explanation: '',
        leaderboard: [],
      }),
    );
    expect(event).toMatchObject({ type: 'revealed', source: null });
  });

  it('refuses unknown types and wrong shapes', () => {
    expect(readTeacherEvent(JSON.stringify({ type: 'surprise' }))).toBeNull();
    expect(readTeacherEvent(JSON.stringify({ type: 'progress', answered: -1, total: 2 }))).toBeNull();
    expect(readTeacherEvent(42)).toBeNull();
  });
});
