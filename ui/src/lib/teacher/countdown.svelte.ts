// The presenter's clock for one question: counts whole seconds down, can pause, resume and gain
// time, and calls `onexpire` once when it reaches zero. One-second ticks are precise enough for a
// classroom and behave the same under test timers.
export class Countdown {
  remaining = $state(0);
  running = $state(false);
  /** Started and not yet stopped (reactive, unlike the timer handle). */
  #active = $state(false);
  #timer: ReturnType<typeof setInterval> | null = null;
  readonly #onexpire: () => void;

  constructor(onexpire: () => void) {
    this.#onexpire = onexpire;
  }

  start(seconds: number): void {
    this.stop();
    this.remaining = Math.max(0, seconds);
    this.running = true;
    this.#active = true;
    this.#timer = setInterval(() => this.#tick(), 1000);
  }

  #tick(): void {
    if (!this.running) return;
    this.remaining = Math.max(0, this.remaining - 1);
    if (this.remaining === 0) {
      this.stop();
      this.#onexpire();
    }
  }

  /** Pauses a running clock or resumes a paused one (a stopped clock stays stopped). */
  toggle(): void {
    if (this.#active) this.running = !this.running;
  }

  add(seconds: number): void {
    if (this.#active) this.remaining += seconds;
  }

  stop(): void {
    if (this.#timer !== null) clearInterval(this.#timer);
    this.#timer = null;
    this.running = false;
    this.#active = false;
  }

  /** Paused: started, not finished, not running. */
  get paused(): boolean {
    return this.#active && !this.running;
  }
}

/** "1:05" for 65 seconds. */
export function clockText(seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds));
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}
