// The route the window is showing, kept in sync with `location.hash`. Navigation always goes
// through the hash so the webview's own history gives back/forward.
import { formatRoute, parseHash, type Route } from './router';
import { noteEntry, startHistory } from './history.svelte';

const state = $state<{ route: Route }>({ route: parseHash(typeof location === 'undefined' ? '' : location.hash) });

export const currentRoute = {
  get route(): Route {
    return state.route;
  },
};

function sync(): void {
  noteEntry();
  state.route = parseHash(location.hash);
}

/** Starts following hash changes; returns the function that stops it (for tests and HMR). */
export function followHash(): () => void {
  startHistory();
  sync();
  window.addEventListener('hashchange', sync);
  return () => window.removeEventListener('hashchange', sync);
}

/** Pushes a history entry for `route` (so Back returns to where the learner was). */
export function navigate(route: Route): void {
  const hash = formatRoute(route);
  if (location.hash === hash) return;
  location.hash = hash;
  // jsdom and some webviews fire hashchange asynchronously; update now so the UI does not lag.
  sync();
}

/**
 * Shows `route` in place of the current history entry, for a screen that changes with every key
 * typed (search as you type): Back then skips the intermediate states instead of replaying them.
 */
export function replaceRoute(route: Route): void {
  const hash = formatRoute(route);
  if (location.hash === hash) return;
  // replaceState fires no hashchange, so the route is read back here.
  history.replaceState(history.state, '', hash);
  sync();
}
