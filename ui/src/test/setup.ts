// Shared test setup: every test starts on the home route with a clean document title.
import { afterEach } from 'vitest';

// jsdom has no layout, so it does not implement scrolling; the app only uses it as a courtesy.
window.scrollTo = () => {};
Element.prototype.scrollIntoView = () => {};

// jsdom has <dialog> but not its methods: enough of them for the app's dialogs (open, focus the
// first control as a modal dialog does, close with its close event).
if (!('open' in HTMLDialogElement.prototype)) {
  Object.defineProperty(HTMLDialogElement.prototype, 'open', {
    get(this: HTMLDialogElement) {
      return this.hasAttribute('open');
    },
  });
}
if (typeof HTMLDialogElement.prototype.showModal !== 'function') {
  HTMLDialogElement.prototype.showModal = function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
    this.querySelector<HTMLElement>('button, [href], input, select, textarea')?.focus();
  };
  HTMLDialogElement.prototype.close = function (this: HTMLDialogElement) {
    if (!this.hasAttribute('open')) return;
    this.removeAttribute('open');
    this.dispatchEvent(new Event('close'));
  };
}

afterEach(() => {
  window.location.hash = '';
  document.title = '';
});
