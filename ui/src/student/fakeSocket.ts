// Test doubles for the student client: a scripted WebSocket, a Map storage and manual timers.
import type { ClientDeps, SocketLike, StorageLike } from './connection';

export class FakeSocket implements SocketLike {
  readyState = 0;
  onopen: ((event: Event) => void) | null = null;
  onmessage: ((event: MessageEvent) => void) | null = null;
  onclose: ((event: CloseEvent) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  readonly sent: unknown[] = [];
  closedByClient = false;

  constructor(readonly url: string) {}

  send(data: string): void {
    if (this.readyState !== 1) throw new Error('not open');
    this.sent.push(JSON.parse(data));
  }

  close(): void {
    this.closedByClient = true;
    this.readyState = 3;
  }

  /** The server accepted the connection. */
  open(): void {
    this.readyState = 1;
    this.onopen?.(new Event('open'));
  }

  /** The server sends a message (an object is sent as JSON). */
  receive(message: unknown): void {
    const data = typeof message === 'string' ? message : JSON.stringify(message);
    this.onmessage?.(new MessageEvent('message', { data }));
  }

  /** The connection ends (the server closed it, or the network went away: 1006). */
  drop(code = 1006): void {
    this.readyState = 3;
    this.onclose?.(new CloseEvent('close', { code }));
  }
}

export class MemoryStorage implements StorageLike {
  readonly items = new Map<string, string>();
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
}

/** Everything the client needs, with the sockets it creates and its pending timers in view. */
export function fakeDeps(storage = new MemoryStorage()) {
  const sockets: FakeSocket[] = [];
  const timers: { run: () => void; ms: number; cancelled: boolean }[] = [];
  let clock = 1_000_000;
  const deps: ClientDeps = {
    url: 'ws://127.0.0.1:4000/ws/player',
    createSocket: (url) => {
      const socket = new FakeSocket(url);
      sockets.push(socket);
      return socket;
    },
    storage,
    now: () => clock,
    setTimer: (run, ms) => {
      const timer = { run, ms, cancelled: false };
      timers.push(timer);
      return timer;
    },
    clearTimer: (timer) => {
      (timer as { cancelled: boolean }).cancelled = true;
    },
    random: () => 0.5,
  };
  return {
    deps,
    storage,
    sockets,
    timers,
    /** The last socket the client opened. */
    get socket(): FakeSocket {
      const last = sockets.at(-1);
      if (!last) throw new Error('no socket yet');
      return last;
    },
    advance(ms: number) {
      clock += ms;
    },
    /** Runs the timers still pending (once each). */
    runTimers() {
      const due = timers.filter((timer) => !timer.cancelled);
      timers.length = 0;
      for (const timer of due) timer.run();
      return due.map((timer) => timer.ms);
    },
  };
}
