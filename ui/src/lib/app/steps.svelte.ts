// A screen's backend steps, one at a time: while one runs the screen is busy, and a failed one is
// kept with a retry of that same step, for the screen's error view.
export interface Failure {
  error: unknown;
  retry: () => void;
}

export interface Steps {
  readonly busy: boolean;
  readonly failure: Failure | null;
  /** Runs `action`; on failure keeps the error with a retry of that same action. */
  run(action: () => Promise<void>): Promise<void>;
}

export function useSteps(): Steps {
  const state = $state<{ busy: boolean; failure: Failure | null }>({ busy: false, failure: null });

  async function run(action: () => Promise<void>): Promise<void> {
    state.busy = true;
    state.failure = null;
    try {
      await action();
    } catch (error) {
      state.failure = { error: error ?? 'unknown error', retry: () => void run(action) };
    } finally {
      state.busy = false;
    }
  }

  return {
    get busy() {
      return state.busy;
    },
    get failure() {
      return state.failure;
    },
    run,
  };
}
