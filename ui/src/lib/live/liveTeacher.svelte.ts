// The teacher's live game as the projector shows it: one WebSocket to the game server on this
// machine (loopback, with the secret the backend handed over), the game's phase, players,
// question, answer count, reveal and podium as reactive state, and the teacher's commands.
// The socket is reopened after a drop; the server then sends the whole state again.
import { readTeacherEvent, type LeaderboardEntry, type OpenedQuestion, type PlayerSummary, type RevealedQuestion, type TeacherCommand } from './teacherProtocol';

export interface SocketLike {
  readyState: number;
  onopen: ((event: Event) => void) | null;
  onmessage: ((event: MessageEvent) => void) | null;
  onclose: ((event: CloseEvent) => void) | null;
  onerror: ((event: Event) => void) | null;
  send(data: string): void;
  close(): void;
}

export interface TeacherDeps {
  openSocket: (url: string) => SocketLike;
  now: () => number;
  setTimeout: (callback: () => void, ms: number) => unknown;
  clearTimeout: (handle: unknown) => void;
}

export const browserDeps: TeacherDeps = {
  openSocket: (url) => new WebSocket(url),
  now: () => Date.now(),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export type LivePhase = 'connecting' | 'lobby' | 'question' | 'revealed' | 'finished' | 'closed';

const RECONNECT_MS = 1000;
const OPEN = 1;

export class LiveTeacher {
  phase = $state<LivePhase>('connecting');
  connected = $state(false);
  players = $state<PlayerSummary[]>([]);
  question = $state<OpenedQuestion | null>(null);
  /** When the open question closes, on this page's clock. */
  deadlineAt = $state(0);
  answered = $state(0);
  answering = $state(0);
  revealed = $state<RevealedQuestion | null>(null);
  podium = $state<LeaderboardEntry[]>([]);
  /** The server's last refusal of a command, for the teacher to read. */
  error = $state('');

  #socket: SocketLike | null = null;
  #retry: unknown = null;
  #stopped = false;
  readonly #url: string;
  readonly #deps: TeacherDeps;

  constructor(url: string, deps: TeacherDeps = browserDeps) {
    this.#url = url;
    this.#deps = deps;
    this.#connect();
  }

  #connect(): void {
    if (this.#stopped) return;
    const socket = this.#deps.openSocket(this.#url);
    this.#socket = socket;
    socket.onopen = () => (this.connected = true);
    socket.onmessage = (event) => this.#receive(event.data);
    socket.onclose = () => {
      this.connected = false;
      if (this.#socket !== socket || this.#stopped) return;
      this.#retry = this.#deps.setTimeout(() => this.#connect(), RECONNECT_MS);
    };
    socket.onerror = () => {};
  }

  #receive(data: unknown): void {
    const event = readTeacherEvent(data);
    if (!event) return;
    switch (event.type) {
      case 'lobby':
        this.players = event.players;
        if (this.phase === 'connecting') this.phase = 'lobby';
        break;
      case 'questionOpened': {
        const { type: _type, ...question } = event;
        this.question = question;
        this.deadlineAt = this.#deps.now() + event.deadlineMs;
        this.revealed = null;
        this.answered = 0;
        this.answering = this.players.filter((p) => p.online).length;
        this.phase = 'question';
        this.error = '';
        break;
      }
      case 'progress':
        this.answered = event.answered;
        this.answering = event.total;
        break;
      case 'revealed': {
        const { type: _type, ...revealed } = event;
        this.revealed = revealed;
        this.phase = 'revealed';
        this.error = '';
        break;
      }
      case 'finished':
        this.podium = event.leaderboard;
        this.phase = 'finished';
        break;
      case 'error':
        this.error = event.message;
        break;
    }
  }

  /** Sends a command; false when the connection is down (the screen says so). */
  send(command: TeacherCommand): boolean {
    const socket = this.#socket;
    if (!socket || socket.readyState !== OPEN) return false;
    socket.send(JSON.stringify(command));
    return true;
  }

  start = (): boolean => this.send({ type: 'start' });
  next = (): boolean => this.send({ type: 'next' });
  reveal = (): boolean => this.send({ type: 'reveal' });
  end = (): boolean => this.send({ type: 'end' });
  kick = (playerId: number): boolean => this.send({ type: 'kick', playerId });

  /** Milliseconds left on the open question, by this page's clock. */
  remainingMs(): number {
    return this.phase === 'question' ? Math.max(0, this.deadlineAt - this.#deps.now()) : 0;
  }

  /** Closes the socket for good (the screen is leaving or hosting ended). */
  close(): void {
    this.#stopped = true;
    if (this.#retry !== null) this.#deps.clearTimeout(this.#retry);
    this.#socket?.close();
    this.#socket = null;
    this.phase = 'closed';
    this.connected = false;
  }
}
