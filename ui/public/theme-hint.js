// Puts the learner's theme on the page before its first paint. The settings come from the backend
// only after the app has started, so without this a dark-theme learner would see a light frame.
// The app mirrors the chosen theme into local storage (see applySettings in appState.svelte.ts);
// this classic script, loaded from the page's own origin (no inline script: the CSP stays strict),
// reads it back: "system" follows the operating system. With nothing stored yet (a first launch,
// or storage refused) it takes the theme the desktop shell put on the page with the saved settings
// (src-tauri/src/boot.rs); with neither, the default, light.
(function () {
  var stored = null;
  try {
    stored = window.localStorage.getItem('cronica.theme');
  } catch (error) {
    stored = null;
  }
  var shell = window.__CRONICA_SETTINGS__;
  if (stored === null && shell && typeof shell.theme === 'string') stored = shell.theme;
  var dark = false;
  if (stored === 'dark') dark = true;
  else if (stored === 'system' && typeof window.matchMedia === 'function') {
    dark = window.matchMedia('(prefers-color-scheme: dark)').matches;
  }
  document.documentElement.setAttribute('data-theme', dark ? 'dark' : 'light');
})();
