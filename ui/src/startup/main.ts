// The page of the window Crónica opens when it cannot start (`startup-error.html`): everything it
// shows comes from its own address, so it needs no call to the backend.
import { mount } from 'svelte';
import '../app.css';
import './startup.css';
import { parseStartupError, translateStartup } from './startupError';
import StartupError from './StartupError.svelte';

const target = document.getElementById('app');
if (!target) throw new Error('#app element missing from startup-error.html');

const error = parseStartupError(window.location.search);
const dark = window.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
document.documentElement.dataset.theme = dark ? 'dark' : 'light';
document.documentElement.lang = error.lang;
document.title = translateStartup(error.lang, 'startup.title');

export default mount(StartupError, { target, props: { error } });
