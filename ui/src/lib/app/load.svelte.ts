// Loads backend data for a screen. `fetcher` is called inside an effect, so every reactive value it
// reads (the language, a route id) re-runs it when it changes; answers that arrive after the inputs
// changed are dropped so a slow reply can never overwrite a newer one.
export interface Loaded<T> {
  readonly data: T | null;
  readonly error: unknown;
  readonly loading: boolean;
  reload(): void;
}

/** How many loads have been asked for and not answered yet, across every screen. */
let pending = 0;

/** Loads still on their way (a screen returned to is not drawn in full until this is 0). */
export function loadsPending(): number {
  return pending;
}

export function useLoad<T>(fetcher: () => Promise<T>): Loaded<T> {
  const state = $state<{ data: T | null; error: unknown; loading: boolean; attempt: number }>({
    data: null,
    error: null,
    loading: true,
    attempt: 0,
  });

  $effect(() => {
    void state.attempt; // re-run on reload()
    let current = true;
    let counted = true;
    pending += 1;
    const settle = (): void => {
      if (counted) pending -= 1;
      counted = false;
    };
    state.loading = true;
    state.error = null;
    state.data = null;
    let promise: Promise<T>;
    try {
      promise = fetcher();
    } catch (error) {
      promise = Promise.reject(error);
    }
    promise.then(
      (data) => {
        if (!current) return;
        settle();
        state.data = data;
        state.loading = false;
      },
      (error: unknown) => {
        if (!current) return;
        settle();
        state.error = error ?? 'unknown error';
        state.loading = false;
      },
    );
    return () => {
      current = false;
      settle();
    };
  });

  return {
    get data() {
      return state.data;
    },
    get error() {
      return state.error;
    },
    get loading() {
      return state.loading;
    },
    reload() {
      state.attempt += 1;
    },
  };
}
