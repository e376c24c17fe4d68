import { describe, expect, it } from 'vitest';
import { backoffDelay, StudentClient, storageKeys, type StudentState } from './connection';
import { fakeDeps } from './fakeSocket';

const PIN = '482913';

const question = (id = 'golpe-q1', deadlineMs = 20_000) => ({
  type: 'question',
  questionId: id,
  index: 0,
  total: 5,
  prompt: '¿Por qué emisora habló Allende por última vez?',
  kind: 'choice',
  options: [
    { id: '2', text: 'Radio Cooperativa' },
    { id: '0', text: 'Radio Magallanes' },
  ],
  points: 1000,
  timeLimitMs: 20_000,
  deadlineMs,
});

const joined = (token = 'a1b2c3', score = 0) => ({ type: 'joined', playerId: 3, token, nickname: 'Ana', score });

/** A client joined as Ana, with its socket open. */
function joinedClient() {
  const fake = fakeDeps();
  const client = new StudentClient(fake.deps);
  const states: StudentState[] = [];
  client.subscribe((state) => states.push(state));
  client.start();
  client.join(PIN, 'Ana');
  fake.socket.open();
  fake.socket.receive(joined());
  return { fake, client, states };
}

describe('joining', () => {
  it('connects, sends join once the socket opens, and waits in the lobby', () => {
    const fake = fakeDeps();
    const client = new StudentClient(fake.deps);
    client.start();
    expect(client.state.screen).toBe('join');
    expect(fake.sockets).toHaveLength(0);

    client.join(PIN, 'Ana');
    expect(client.state).toMatchObject({ joining: true, link: 'connecting', pin: PIN });
    expect(fake.socket.url).toBe('ws://127.0.0.1:4000/ws/player');
    fake.socket.open();
    expect(fake.socket.sent).toEqual([{ type: 'join', pin: PIN, nickname: 'Ana' }]);

    fake.socket.receive(joined());
    expect(client.state).toMatchObject({ screen: 'lobby', joining: false, link: 'online', nickname: 'Ana', playerId: 3, score: 0 });
  });

  it('keeps the rejoin token per PIN in storage', () => {
    const { fake } = joinedClient();
    expect(fake.storage.getItem(storageKeys.current)).toBe(PIN);
    expect(JSON.parse(fake.storage.getItem(storageKeys.session(PIN))!)).toMatchObject({ token: 'a1b2c3', nickname: 'Ana' });
  });

  it('stays on the join form with a readable problem when the server refuses, and can try again on the same socket', () => {
    const fake = fakeDeps();
    const client = new StudentClient(fake.deps);
    client.start();
    client.join('111111', 'Ana');
    fake.socket.open();
    fake.socket.receive({ type: 'error', code: 'wrongPin', message: 'wrong PIN' });
    expect(client.state).toMatchObject({ screen: 'join', joining: false, problem: { kind: 'error', code: 'wrongPin' } });
    expect(fake.storage.getItem(storageKeys.current)).toBeNull();

    client.join(PIN, 'Ana');
    expect(fake.sockets).toHaveLength(1);
    expect(fake.socket.sent.at(-1)).toEqual({ type: 'join', pin: PIN, nickname: 'Ana' });
    expect(client.state.problem).toBeNull();
    fake.socket.receive({ type: 'error', code: 'nicknameTaken', message: 'taken' });
    expect(client.state.problem).toEqual({ kind: 'error', code: 'nicknameTaken' });
  });

  it('says the game is unreachable when the socket closes before joining', () => {
    const fake = fakeDeps();
    const client = new StudentClient(fake.deps);
    client.start();
    client.join(PIN, 'Ana');
    fake.socket.drop();
    expect(client.state).toMatchObject({ screen: 'join', joining: false, link: 'idle', problem: { kind: 'unreachable' } });
    expect(fake.timers).toHaveLength(0);
  });

  it('ignores a second join while one is on its way', () => {
    const fake = fakeDeps();
    const client = new StudentClient(fake.deps);
    client.join(PIN, 'Ana');
    client.join(PIN, 'Ana');
    fake.socket.open();
    expect(fake.sockets).toHaveLength(1);
    expect(fake.socket.sent).toHaveLength(1);
  });
});

describe('a question', () => {
  it('opens with a deadline on the page clock, sends one answer, and shows it once accepted', () => {
    const { fake, client } = joinedClient();
    fake.socket.receive(question('golpe-q1', 15_000));
    expect(client.state.screen).toBe('question');
    expect(client.state.question).toMatchObject({ questionId: 'golpe-q1', deadlineAt: 1_000_000 + 15_000 });

    client.answer({ optionId: '0' });
    client.answer({ optionId: '2' });
    expect(fake.socket.sent.at(-1)).toEqual({ type: 'answer', questionId: 'golpe-q1', optionId: '0' });
    expect(fake.socket.sent.filter((m) => (m as { type: string }).type === 'answer')).toHaveLength(1);
    expect(client.state.sending).toEqual({ optionId: '0' });

    fake.socket.receive({ type: 'answerAccepted', questionId: 'golpe-q1', answer: { optionId: '0' } });
    expect(client.state).toMatchObject({ screen: 'answered', answer: { optionId: '0' }, sending: null });
  });

  it('sends a year answer as a year', () => {
    const { fake, client } = joinedClient();
    fake.socket.receive({ ...question('golpe-q3'), kind: 'year', options: [] });
    client.answer({ year: 1976 });
    expect(fake.socket.sent.at(-1)).toEqual({ type: 'answer', questionId: 'golpe-q3', year: 1976 });
  });

  it('does not answer after the deadline on its own clock', () => {
    const { fake, client } = joinedClient();
    fake.socket.receive(question('golpe-q1', 1_000));
    fake.advance(1_000);
    client.answer({ optionId: '0' });
    expect(fake.socket.sent.filter((m) => (m as { type: string }).type === 'answer')).toHaveLength(0);
  });

  it('shows a refusal and closes the question when it is too late', () => {
    const { fake, client } = joinedClient();
    fake.socket.receive(question());
    client.answer({ optionId: '0' });
    fake.socket.receive({ type: 'answerRefused', questionId: 'golpe-q1', reason: 'tooLate' });
    expect(client.state).toMatchObject({ screen: 'question', sending: null, closed: true, problem: { kind: 'refused', reason: 'tooLate' } });
    client.answer({ optionId: '2' });
    expect(fake.socket.sent.filter((m) => (m as { type: string }).type === 'answer')).toHaveLength(1);
  });

  it('lets the student try again when the answer was not saved', () => {
    const { fake, client } = joinedClient();
    fake.socket.receive(question());
    client.answer({ optionId: '0' });
    fake.socket.receive({ type: 'answerRefused', questionId: 'golpe-q1', reason: 'notSaved' });
    expect(client.state.closed).toBe(false);
    client.answer({ optionId: '0' });
    expect(fake.socket.sent.filter((m) => (m as { type: string }).type === 'answer')).toHaveLength(2);
  });

  it('shows the own result after the reveal, then the podium', () => {
    const { fake, client } = joinedClient();
    fake.socket.receive(question());
    client.answer({ optionId: '0' });
    fake.socket.receive({ type: 'answerAccepted', questionId: 'golpe-q1', answer: { optionId: '0' } });
    fake.socket.receive({
      type: 'result', questionId: 'golpe-q1', index: 0, yourAnswer: { optionId: '0' }, right: true, points: 870,
      totalScore: 870, rank: 1, correct: { optionId: '0' }, explanation: 'Fue Radio Magallanes.', source: null,
    });
    expect(client.state).toMatchObject({ screen: 'result', score: 870, result: { right: true, rank: 1 } });
    expect(client.state.question?.questionId).toBe('golpe-q1');

    fake.socket.receive({ type: 'podium', leaderboard: [{ playerId: 3, nickname: 'Ana', score: 870, rank: 1 }], yourScore: 870, yourRank: 1 });
    expect(client.state).toMatchObject({ screen: 'podium', score: 870, podium: { yourRank: 1 } });

    // The server stops after the game: no reconnection.
    fake.socket.drop(1001);
    expect(client.state.link).toBe('idle');
    expect(fake.timers).toHaveLength(0);
  });

  it('accepts a result without an answer', () => {
    const { fake, client } = joinedClient();
    fake.socket.receive(question());
    fake.socket.receive({
      type: 'result', questionId: 'golpe-q1', index: 0, right: false, points: 0, totalScore: 0, rank: 2,
      correct: { optionId: '0' }, explanation: '',
    });
    expect(client.state).toMatchObject({ screen: 'result', answer: null, result: { yourAnswer: null, source: null } });
  });
});

describe('rejoining', () => {
  it('rejoins with the saved token after a reload and restores the question and the own answer', () => {
    const first = joinedClient();
    first.fake.socket.receive(question());
    first.client.dispose();

    // A new page on the same device: same storage.
    const fake = fakeDeps(first.fake.storage);
    const client = new StudentClient(fake.deps);
    client.start();
    expect(client.state).toMatchObject({ screen: 'lobby', link: 'connecting', pin: PIN, nickname: 'Ana' });
    fake.socket.open();
    expect(fake.socket.sent).toEqual([{ type: 'rejoin', token: 'a1b2c3' }]);

    fake.socket.receive(joined('a1b2c3', 500));
    fake.socket.receive(question('golpe-q1', 9_000));
    fake.socket.receive({ type: 'answerAccepted', questionId: 'golpe-q1', answer: { optionId: '2' } });
    expect(client.state).toMatchObject({ screen: 'answered', score: 500, answer: { optionId: '2' }, link: 'online' });
    expect(client.state.question?.deadlineAt).toBe(1_000_000 + 9_000);
  });

  it('reconnects with growing delays while offline, then rejoins', () => {
    const { fake, client } = joinedClient();
    fake.socket.receive(question());
    fake.socket.drop();
    expect(client.state.link).toBe('offline');
    expect(client.state.screen).toBe('question');

    expect(fake.runTimers()).toEqual([500]);
    fake.socket.drop();
    expect(fake.runTimers()).toEqual([1_000]);
    fake.socket.drop();
    expect(fake.runTimers()).toEqual([2_000]);
    expect(fake.sockets).toHaveLength(4);

    fake.socket.open();
    expect(fake.socket.sent).toEqual([{ type: 'rejoin', token: 'a1b2c3' }]);
    fake.socket.receive(joined());
    fake.socket.receive(question());
    expect(client.state).toMatchObject({ link: 'online', screen: 'question' });

    // A later loss starts again from the shortest delay.
    fake.socket.drop();
    expect(fake.runTimers()).toEqual([500]);
  });

  it('caps the backoff at 8 seconds, with jitter', () => {
    expect([0, 1, 2, 3, 4, 5, 12].map((n) => backoffDelay(n, () => 0.5))).toEqual([500, 1000, 2000, 4000, 8000, 8000, 8000]);
    expect(backoffDelay(0, () => 0)).toBe(400);
    expect(backoffDelay(10, () => 0.999)).toBeLessThanOrEqual(9_600);
  });

  it('forgets an answer that was in flight when the connection dropped', () => {
    const { fake, client } = joinedClient();
    fake.socket.receive(question());
    client.answer({ optionId: '0' });
    fake.socket.drop();
    expect(client.state.sending).toBeNull();
    fake.runTimers();
    fake.socket.open();
    fake.socket.receive(joined());
    fake.socket.receive(question());
    client.answer({ optionId: '2' });
    expect(fake.socket.sent.at(-1)).toEqual({ type: 'answer', questionId: 'golpe-q1', optionId: '2' });
  });

  it('reconnects at once when asked (network back, page visible)', () => {
    const { fake, client } = joinedClient();
    fake.socket.drop();
    client.reconnectNow();
    expect(fake.sockets).toHaveLength(2);
    expect(fake.timers.every((timer) => timer.cancelled)).toBe(true);
  });

  it('goes back to the join form, PIN kept, when the token is unknown', () => {
    const first = joinedClient();
    first.client.dispose();
    const fake = fakeDeps(first.fake.storage);
    const client = new StudentClient(fake.deps);
    client.start();
    fake.socket.open();
    fake.socket.receive({ type: 'error', code: 'unknownToken', message: 'unknown token' });
    expect(client.state).toMatchObject({ screen: 'join', pin: PIN, link: 'idle', problem: { kind: 'error', code: 'unknownToken' } });
    expect(fake.storage.getItem(storageKeys.session(PIN))).toBeNull();
    expect(fake.storage.getItem(storageKeys.current)).toBeNull();
    expect(fake.socket.closedByClient).toBe(true);
  });

  it('waits longer when the server is refusing attempts from this address', () => {
    const { fake, client } = joinedClient();
    fake.socket.drop();
    fake.runTimers();
    fake.socket.open();
    fake.socket.receive({ type: 'error', code: 'tooManyAttempts', message: 'wait' });
    expect(client.state).toMatchObject({ link: 'offline', problem: { kind: 'error', code: 'tooManyAttempts' } });
    expect(fake.timers.at(-1)?.ms).toBe(15_000);
  });

  it('does not fight another tab that took the player over', () => {
    const { fake, client } = joinedClient();
    fake.socket.drop(1000);
    expect(client.state).toMatchObject({ link: 'idle', problem: { kind: 'replaced' } });
    expect(fake.timers).toHaveLength(0);
    client.reconnectNow();
    expect(fake.sockets).toHaveLength(2);
    expect(client.state.problem).toBeNull();
  });

  it('forgets the game when the teacher removes the player', () => {
    const { fake, client } = joinedClient();
    fake.socket.receive({ type: 'kicked' });
    fake.socket.drop(1008);
    expect(client.state).toMatchObject({ screen: 'kicked', link: 'idle' });
    expect(fake.timers).toHaveLength(0);
    expect(fake.storage.getItem(storageKeys.session(PIN))).toBeNull();
  });

  it('leaves the game on request and goes back to joining', () => {
    const { fake, client } = joinedClient();
    client.leave();
    expect(client.state).toMatchObject({ screen: 'join', pin: PIN, nickname: null, score: 0 });
    expect(fake.storage.getItem(storageKeys.current)).toBeNull();
  });
});

describe('errors', () => {
  it('reports a message it cannot read without changing the screen', () => {
    const { fake, client } = joinedClient();
    fake.socket.receive('not json');
    expect(client.state).toMatchObject({ screen: 'lobby', problem: { kind: 'protocol' } });
    fake.socket.receive({ type: 'question', questionId: 'x' });
    expect(client.state.screen).toBe('lobby');
  });

  it('shows every server error as a problem and clears an answer in flight', () => {
    const { fake, client } = joinedClient();
    fake.socket.receive(question());
    client.answer({ optionId: '0' });
    fake.socket.receive({ type: 'error', code: 'rateLimited', message: 'slow down' });
    expect(client.state).toMatchObject({ sending: null, problem: { kind: 'error', code: 'rateLimited' }, screen: 'question' });
    client.dismissProblem();
    expect(client.state.problem).toBeNull();
  });

  it('rejoins when the server says this socket has no player', () => {
    const { fake } = joinedClient();
    fake.socket.receive({ type: 'error', code: 'notJoined', message: 'join first' });
    expect(fake.socket.sent.at(-1)).toEqual({ type: 'rejoin', token: 'a1b2c3' });
  });

  it('works without storage', () => {
    const fake = fakeDeps();
    const client = new StudentClient({ ...fake.deps, storage: null });
    client.start();
    client.join(PIN, 'Ana');
    fake.socket.open();
    fake.socket.receive(joined());
    expect(client.state.screen).toBe('lobby');
  });
});
