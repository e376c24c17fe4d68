// Shared test setup: every test starts on the home route with a clean document title.
import { afterEach } from 'vitest';

// jsdom has no layout, so it does not implement scrolling; the app only uses it as a courtesy.
window.scrollTo = () => {};
Element.prototype.scrollIntoView = () => {};

afterEach(() => {
  window.location.hash = '';
  document.title = '';
});
