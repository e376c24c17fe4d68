// The app fetches each screen's code when the screen is first shown (RouteView, LazyScreen). Tests
// that render the whole app import every screen up front instead: the first transform of a screen
// in a busy test run can take longer than a findBy waits, which would test the test runner.
import.meta.glob('../screens/*Screen.svelte', { eager: true });
