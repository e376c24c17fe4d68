// The X display the end-to-end tests run on (Xvfb, no window manager), seen and driven as a person
// would see it: the windows' titles, a key pressed in a window, and a window closed as its title
// bar's close button does (the WM_DELETE_WINDOW message a window manager sends).
import { execFileSync } from 'node:child_process';

/** The titles of the windows on the display (from xwininfo's tree). */
export function windowTitles() {
  const tree = execFileSync('xwininfo', ['-root', '-tree'], { encoding: 'utf8' });
  return [...tree.matchAll(/^\s+0x[0-9a-f]+ "((?:[^"\\]|\\.)*)"/gm)].map((match) => match[1]);
}

/** The X ids of the visible windows whose title matches `pattern` (a regular expression). */
export function windowIds(pattern) {
  try {
    return execFileSync('xdotool', ['search', '--onlyvisible', '--name', pattern.source], { encoding: 'utf8' }).split('\n').filter(Boolean);
  } catch {
    return []; // xdotool exits 1 when nothing matches
  }
}

/** The X id of the window that window `id` is transient for (its dialog's owner), or null. */
export function transientFor(id) {
  const line = execFileSync('xprop', ['-id', String(id), 'WM_TRANSIENT_FOR'], { encoding: 'utf8' });
  const match = /window id # (0x[0-9a-f]+)/.exec(line);
  return match ? Number(match[1]) : null;
}

/** Focuses window `id` and presses `key` (an X key name such as Escape) in it. */
export function pressKeyIn(id, key) {
  execFileSync('xdotool', ['windowfocus', '--sync', id]);
  execFileSync('xdotool', ['key', '--clearmodifiers', key]);
}

// Sends WM_PROTOCOLS/WM_DELETE_WINDOW to a window through libX11 (xdotool of this Debian has no
// windowclose): the request a window manager makes when its close button is clicked.
const CLOSE_SCRIPT = `
import ctypes, sys
x = ctypes.cdll.LoadLibrary('libX11.so.6')
x.XOpenDisplay.restype = ctypes.c_void_p
x.XOpenDisplay.argtypes = [ctypes.c_char_p]
x.XInternAtom.restype = ctypes.c_ulong
x.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
x.XSendEvent.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_long, ctypes.c_void_p]
x.XFlush.argtypes = [ctypes.c_void_p]
x.XCloseDisplay.argtypes = [ctypes.c_void_p]
class ClientMessage(ctypes.Structure):
    _fields_ = [('type', ctypes.c_int), ('serial', ctypes.c_ulong), ('send_event', ctypes.c_int),
                ('display', ctypes.c_void_p), ('window', ctypes.c_ulong), ('message_type', ctypes.c_ulong),
                ('format', ctypes.c_int), ('data', ctypes.c_long * 5), ('pad', ctypes.c_long * 12)]
display = x.XOpenDisplay(None)
if not display:
    sys.exit('no X display')
window = int(sys.argv[1], 0)
event = ClientMessage(type=33, window=window, message_type=x.XInternAtom(display, b'WM_PROTOCOLS', 0), format=32)
event.data[0] = x.XInternAtom(display, b'WM_DELETE_WINDOW', 0)
if not x.XSendEvent(display, window, 0, 0, ctypes.byref(event)):
    sys.exit('XSendEvent failed')
x.XFlush(display)
x.XCloseDisplay(display)
`;

/** Asks window `id` to close, as a window manager's close button does. */
export function closeWindow(id) {
  execFileSync('python3', ['-c', CLOSE_SCRIPT, String(id)]);
}
