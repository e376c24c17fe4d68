// The student's WebSocket client: joining, rejoining after a reload or a lost connection (with
// backoff), answering, and the state the views draw. It knows nothing about the DOM: the socket,
// the storage, the clock and the timers are passed in, so unit tests drive it with fakes.
import {
  answerCommand,
  parseEvent,
  type AnswerRefusal,
  type AnswerValue,
  type ErrorCode,
  type PlayerCommand,
  type PlayerEvent,
  type PodiumEvent,
  type QuestionEvent,
  type ResultEvent,
} from './protocol';

/** What the page shows. `answered` is the open question once this player's answer is counted. */
export type Screen = 'join' | 'lobby' | 'question' | 'answered' | 'result' | 'podium' | 'kicked';

/** The socket's state: `offline` means a session exists and the client is trying to get it back. */
export type Link = 'idle' | 'connecting' | 'online' | 'offline';

export type Problem =
  | { kind: 'error'; code: ErrorCode }
  | { kind: 'refused'; reason: AnswerRefusal }
  /** The server could not be reached while joining. */
  | { kind: 'unreachable' }
  /** Another tab or device took this player over (the server closed this socket normally). */
  | { kind: 'replaced' }
  /** The server sent something this page does not understand. */
  | { kind: 'protocol' };

/** The open question as this page keeps it: the server's message, its deadline on this page's clock. */
export type OpenQuestion = Omit<QuestionEvent, 'type' | 'deadlineMs'> & {
  /** When the question closes, on this page's clock (`now()` + the server's `deadlineMs`). */
  deadlineAt: number;
};

export interface StudentState {
  screen: Screen;
  link: Link;
  /** The PIN of the game this page is in (or last tried to join). */
  pin: string | null;
  nickname: string | null;
  playerId: number | null;
  score: number;
  /** The open question, or the last one (its options name the answers on the result screen). */
  question: OpenQuestion | null;
  /** This player's counted answer to `question`. */
  answer: AnswerValue | null;
  /** An answer sent and not acknowledged yet. */
  sending: AnswerValue | null;
  /** The server said it is too late to answer `question`. */
  closed: boolean;
  result: ResultEvent | null;
  podium: PodiumEvent | null;
  problem: Problem | null;
  /** A join is on its way. */
  joining: boolean;
}

/** The part of the browser's WebSocket the client uses. */
export interface SocketLike {
  readonly readyState: number;
  onopen: ((event: Event) => void) | null;
  onmessage: ((event: MessageEvent) => void) | null;
  onclose: ((event: CloseEvent) => void) | null;
  onerror: ((event: Event) => void) | null;
  send(data: string): void;
  close(code?: number, reason?: string): void;
}

export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface ClientDeps {
  url: string;
  createSocket: (url: string) => SocketLike;
  /** localStorage, or null when the browser refuses it (then a reload loses the session). */
  storage: StorageLike | null;
  now?: () => number;
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
  /** 0 ≤ x < 1, for the backoff's jitter. */
  random?: () => number;
}

const OPEN = 1;
const CLOSE_NORMAL = 1000;
/** Reconnection delays: 0.5 s, doubling, at most 8 s, each ±20 %. */
const BACKOFF_FIRST_MS = 500;
const BACKOFF_MAX_MS = 8_000;
/** After the server refuses a rejoin for too many attempts, wait this long before trying again. */
const LOCKED_OUT_RETRY_MS = 15_000;

const CURRENT_KEY = 'cronica.classroom.current';
const sessionKey = (pin: string) => `cronica.classroom.game.${pin}`;

/** What is kept in localStorage for one PIN. */
interface SavedSession {
  token: string;
  nickname: string;
  question: OpenQuestion | null;
}

export const INITIAL_STATE: StudentState = {
  screen: 'join',
  link: 'idle',
  pin: null,
  nickname: null,
  playerId: null,
  score: 0,
  question: null,
  answer: null,
  sending: null,
  closed: false,
  result: null,
  podium: null,
  problem: null,
  joining: false,
};

/** Backoff delay before reconnection attempt `attempt` (0-based). */
export function backoffDelay(attempt: number, random: () => number = Math.random): number {
  const base = Math.min(BACKOFF_FIRST_MS * 2 ** Math.min(attempt, 10), BACKOFF_MAX_MS);
  return Math.round(base * (0.8 + 0.4 * random()));
}

export class StudentClient {
  #state: StudentState = INITIAL_STATE;
  readonly #listeners = new Set<(state: StudentState) => void>();
  readonly #deps: Required<ClientDeps>;
  #socket: SocketLike | null = null;
  /** The token of the current session, once joined (or read back from storage). */
  #token: string | null = null;
  /** What to send as soon as the socket opens. */
  #pendingJoin: { pin: string; nickname: string } | null = null;
  /** A `rejoin` was sent and not answered yet. */
  #rejoining = false;
  #attempt = 0;
  #retryTimer: unknown = null;
  #disposed = false;

  constructor(deps: ClientDeps) {
    this.#deps = {
      now: () => Date.now(),
      setTimer: (run, ms) => setTimeout(run, ms),
      clearTimer: (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>),
      random: Math.random,
      ...deps,
    };
  }

  /** The clock deadlines are counted on (the views count down on it too). */
  now(): number {
    return this.#deps.now();
  }

  get state(): StudentState {
    return this.#state;
  }

  /** Calls `listener` now and after every change; returns the unsubscribe function. */
  subscribe(listener: (state: StudentState) => void): () => void {
    this.#listeners.add(listener);
    listener(this.#state);
    return () => this.#listeners.delete(listener);
  }

  /** On page load: comes back into the saved game, if any; otherwise stays on the join screen. */
  start(): void {
    const pin = this.#read(CURRENT_KEY);
    const saved = pin ? this.#loadSession(pin) : null;
    if (!pin || !saved) {
      this.#set({ pin });
      return;
    }
    this.#token = saved.token;
    this.#set({ pin, nickname: saved.nickname, question: saved.question, screen: 'lobby', link: 'connecting' });
    this.#connect();
  }

  /** Joins the game `pin` as `nickname` (both already checked by the form). */
  join(pin: string, nickname: string): void {
    if (this.#token || this.#state.joining) return;
    this.#pendingJoin = { pin, nickname };
    this.#set({ pin, joining: true, problem: null });
    if (this.#socket && this.#socket.readyState === OPEN) {
      this.#sendJoin();
    } else if (!this.#socket) {
      this.#set({ link: 'connecting' });
      this.#connect();
    }
  }

  /** Answers the open question once; ignored while offline, after an answer, or once it is closed. */
  answer(value: AnswerValue): void {
    const { question, answer, sending, closed, screen } = this.#state;
    if (!question || answer || sending || closed || screen !== 'question') return;
    if (this.#deps.now() >= question.deadlineAt) return;
    if (!this.#socket || this.#socket.readyState !== OPEN || this.#state.link !== 'online') return;
    this.#set({ sending: value, problem: null });
    this.#send(answerCommand(question.questionId, value));
  }

  /** Tries to reconnect now (the network came back, the page became visible, or the student asked). */
  reconnectNow(): void {
    if (this.#disposed || !this.#token || this.#socket) return;
    if (this.#state.screen === 'kicked') return;
    this.#cancelRetry();
    this.#attempt = 0;
    this.#set({ link: 'connecting', problem: this.#state.problem?.kind === 'replaced' ? null : this.#state.problem });
    this.#connect();
  }

  /** Forgets the game (after the podium, or to join another one) and goes back to the join screen. */
  leave(): void {
    const pin = this.#state.pin;
    if (pin) this.#forgetSession(pin);
    this.#token = null;
    this.#pendingJoin = null;
    this.#cancelRetry();
    this.#closeSocket();
    this.#set({ ...INITIAL_STATE, pin });
  }

  dispose(): void {
    this.#disposed = true;
    this.#cancelRetry();
    this.#closeSocket();
    this.#listeners.clear();
  }

  dismissProblem(): void {
    this.#set({ problem: null });
  }

  // ---------- the socket ----------

  #connect(): void {
    if (this.#disposed) return;
    let socket: SocketLike;
    try {
      socket = this.#deps.createSocket(this.#deps.url);
    } catch {
      this.#lost(null);
      return;
    }
    this.#socket = socket;
    socket.onopen = () => {
      if (socket !== this.#socket) return;
      this.#set({ link: 'online' });
      if (this.#token) {
        this.#sendRejoin();
      } else if (this.#pendingJoin) {
        this.#sendJoin();
      }
    };
    socket.onmessage = (event) => {
      if (socket !== this.#socket) return;
      const parsed = typeof event.data === 'string' ? parseEvent(event.data) : null;
      if (parsed) this.#handle(parsed);
      else this.#set({ problem: { kind: 'protocol' } });
    };
    socket.onclose = (event) => {
      if (socket !== this.#socket) return;
      this.#socket = null;
      this.#lost(event);
    };
    socket.onerror = () => {
      // A close event always follows; that is where the client reacts.
    };
  }

  /** The socket closed (or could not be created). */
  #lost(event: CloseEvent | null): void {
    if (this.#disposed) return;
    this.#rejoining = false;
    const { screen } = this.#state;
    if (!this.#token) {
      // Not in a game: a join in flight failed to reach the server.
      const wasJoining = this.#state.joining;
      this.#pendingJoin = null;
      this.#set({ link: 'idle', joining: false, problem: wasJoining ? { kind: 'unreachable' } : this.#state.problem });
      return;
    }
    if (screen === 'kicked' || screen === 'podium') {
      this.#set({ link: 'idle' });
      return;
    }
    if (event?.code === CLOSE_NORMAL) {
      // The server closes normally only when this player connected from elsewhere: do not fight over it.
      this.#set({ link: 'idle', sending: null, problem: { kind: 'replaced' } });
      return;
    }
    this.#set({ link: 'offline', sending: null });
    this.#scheduleRetry(backoffDelay(this.#attempt++, this.#deps.random));
  }

  #scheduleRetry(ms: number): void {
    this.#cancelRetry();
    this.#retryTimer = this.#deps.setTimer(() => {
      this.#retryTimer = null;
      if (!this.#socket && this.#token && !this.#disposed) this.#connect();
    }, ms);
  }

  #cancelRetry(): void {
    if (this.#retryTimer !== null) this.#deps.clearTimer(this.#retryTimer);
    this.#retryTimer = null;
  }

  #closeSocket(): void {
    const socket = this.#socket;
    this.#socket = null;
    if (socket) {
      try {
        socket.close(CLOSE_NORMAL);
      } catch {
        // Already closing.
      }
    }
  }

  #send(command: PlayerCommand): void {
    try {
      this.#socket?.send(JSON.stringify(command));
    } catch {
      // The close event will follow.
    }
  }

  #sendRejoin(): void {
    if (!this.#token) return;
    this.#rejoining = true;
    this.#send({ type: 'rejoin', token: this.#token });
  }

  #sendJoin(): void {
    if (this.#pendingJoin) this.#send({ type: 'join', ...this.#pendingJoin });
  }

  // ---------- server messages ----------

  #handle(event: PlayerEvent): void {
    switch (event.type) {
      case 'joined': {
        const pin = this.#pendingJoin?.pin ?? this.#state.pin;
        this.#token = event.token;
        this.#pendingJoin = null;
        this.#attempt = 0;
        const rejoined = this.#rejoining;
        this.#rejoining = false;
        this.#set({
          playerId: event.playerId,
          nickname: event.nickname,
          score: event.score,
          joining: false,
          sending: null,
          problem: null,
          // A rejoin is followed by the open question, the result or the podium, when there is one.
          screen: rejoined && this.#state.screen !== 'join' ? this.#state.screen : 'lobby',
        });
        if (pin) {
          this.#write(CURRENT_KEY, pin);
          this.#saveSession(pin);
        }
        return;
      }
      case 'question': {
        const question: OpenQuestion = {
          questionId: event.questionId,
          index: event.index,
          total: event.total,
          prompt: event.prompt,
          kind: event.kind,
          options: event.options,
          left: event.left,
          points: event.points,
          timeLimitMs: event.timeLimitMs,
          deadlineAt: this.#deps.now() + event.deadlineMs,
        };
        const same = this.#state.question?.questionId === event.questionId;
        this.#set({
          question,
          // A repeat of the same question (after a rejoin) keeps the answer until the server repeats it too.
          answer: same ? this.#state.answer : null,
          sending: null,
          closed: false,
          result: null,
          problem: null,
          screen: same && this.#state.answer ? 'answered' : 'question',
        });
        this.#saveSession(this.#state.pin);
        return;
      }
      case 'answerAccepted': {
        if (this.#state.question?.questionId !== event.questionId) return;
        this.#set({ answer: event.answer, sending: null, problem: null, screen: this.#state.screen === 'question' ? 'answered' : this.#state.screen });
        return;
      }
      case 'answerRefused': {
        const closes = event.reason === 'tooLate' || event.reason === 'notOpen';
        this.#set({ sending: null, problem: { kind: 'refused', reason: event.reason }, closed: this.#state.closed || closes });
        return;
      }
      case 'result': {
        const question = this.#state.question?.questionId === event.questionId ? this.#state.question : null;
        this.#set({
          result: event,
          question,
          score: event.totalScore,
          answer: event.yourAnswer,
          sending: null,
          closed: true,
          problem: null,
          screen: 'result',
        });
        return;
      }
      case 'podium':
        this.#set({ podium: event, score: event.yourScore, sending: null, problem: null, screen: 'podium' });
        return;
      case 'kicked':
        if (this.#state.pin) this.#forgetSession(this.#state.pin);
        this.#token = null;
        this.#cancelRetry();
        this.#set({ screen: 'kicked', link: 'idle', sending: null, problem: null });
        return;
      case 'error':
        this.#handleError(event.code);
        return;
    }
  }

  #handleError(code: ErrorCode): void {
    const problem: Problem = { kind: 'error', code };
    const rejoining = this.#rejoining;
    this.#rejoining = false;
    switch (code) {
      case 'unknownToken':
      case 'unknownPlayer':
      case 'gameFinished':
        if (rejoining) {
          // The saved place in the game is gone: start over from the join screen (with the PIN filled in).
          const pin = this.#state.pin;
          if (pin) this.#forgetSession(pin);
          this.#token = null;
          this.#closeSocket();
          this.#set({ ...INITIAL_STATE, pin, problem });
          return;
        }
        break;
      case 'tooManyAttempts':
        if (rejoining) {
          this.#closeSocket();
          this.#set({ link: 'offline', problem });
          this.#scheduleRetry(LOCKED_OUT_RETRY_MS);
          return;
        }
        break;
      case 'notJoined':
        // The server lost track of this socket's player (it should not happen): rejoin.
        if (this.#token && this.#socket) {
          this.#sendRejoin();
          return;
        }
        break;
      case 'malformed':
      case 'tooLarge':
      case 'rateLimited':
      case 'wrongPin':
      case 'nicknameInvalid':
      case 'nicknameTaken':
      case 'alreadyJoined':
      case 'notAllowed':
      case 'wrongPhase':
      case 'internal':
        break;
    }
    if (this.#state.joining) this.#pendingJoin = null;
    this.#set({ problem, joining: false, sending: null });
  }

  // ---------- state and storage ----------

  #set(change: Partial<StudentState>): void {
    this.#state = { ...this.#state, ...change };
    for (const listener of this.#listeners) listener(this.#state);
  }

  #read(key: string): string | null {
    try {
      return this.#deps.storage?.getItem(key) ?? null;
    } catch {
      return null;
    }
  }

  #write(key: string, value: string): void {
    try {
      this.#deps.storage?.setItem(key, value);
    } catch {
      // Storage full or refused: the session just does not survive a reload.
    }
  }

  #loadSession(pin: string): SavedSession | null {
    const text = this.#read(sessionKey(pin));
    if (!text) return null;
    try {
      const saved = JSON.parse(text) as Partial<SavedSession>;
      if (typeof saved.token !== 'string' || typeof saved.nickname !== 'string') return null;
      // A question saved by an older page has no `left`.
      const question = saved.question ? { ...saved.question, left: saved.question.left ?? [] } : null;
      return { token: saved.token, nickname: saved.nickname, question };
    } catch {
      return null;
    }
  }

  #saveSession(pin: string | null): void {
    if (!pin || !this.#token) return;
    const saved: SavedSession = { token: this.#token, nickname: this.#state.nickname ?? '', question: this.#state.question };
    this.#write(sessionKey(pin), JSON.stringify(saved));
  }

  #forgetSession(pin: string): void {
    try {
      this.#deps.storage?.removeItem(sessionKey(pin));
      if (this.#deps.storage?.getItem(CURRENT_KEY) === pin) this.#deps.storage.removeItem(CURRENT_KEY);
    } catch {
      // Nothing to forget.
    }
  }
}

/** The saved session's storage key for a PIN (exported for tests). */
export const storageKeys = { current: CURRENT_KEY, session: sessionKey };
