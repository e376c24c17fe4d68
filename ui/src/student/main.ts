// The student page served by the classroom server (`GET /`): a phone joins a live quiz here.
import { mount } from 'svelte';
import '../app.css';
import './student.css';
import { StudentClient } from './connection';
import { playerSocketUrl } from './protocol';
import { safeStorage, savedLang, setLang } from './lang.svelte';
import StudentApp from './StudentApp.svelte';

const target = document.getElementById('app');
if (!target) throw new Error('#app element missing from student.html');

const dark = window.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
document.documentElement.dataset.theme = dark ? 'dark' : 'light';
setLang(savedLang());

const client = new StudentClient({
  url: playerSocketUrl(window.location),
  createSocket: (url) => new WebSocket(url),
  storage: safeStorage(),
});

// Phones drop sockets when they sleep or change networks: try again as soon as they are back.
window.addEventListener('online', () => client.reconnectNow());
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'visible') client.reconnectNow();
});

export default mount(StudentApp, { target, props: { client } });
