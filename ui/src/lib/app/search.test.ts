import { afterEach, describe, expect, it } from 'vitest';
import { clipQuery, isTypingTarget, opensSearch, shownQuery } from './search';

function key(init: KeyboardEventInit, target: EventTarget = document.body): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init });
  Object.defineProperty(event, 'target', { value: target });
  return event;
}

const made: HTMLElement[] = [];
function element(html: string): HTMLElement {
  const holder = document.createElement('div');
  holder.innerHTML = html;
  document.body.append(holder);
  made.push(holder);
  return holder.querySelector('[data-here]') ?? (holder.firstElementChild as HTMLElement);
}

afterEach(() => {
  for (const e of made.splice(0)) e.remove();
});

describe('opensSearch', () => {
  it('opens on "/" outside fields, with Shift or AltGr where the layout needs them', () => {
    expect(opensSearch(key({ key: '/' }))).toBe(true);
    expect(opensSearch(key({ key: '/', shiftKey: true }))).toBe(true);
    expect(opensSearch(key({ key: '/', ctrlKey: true, altKey: true }))).toBe(true);
    expect(opensSearch(key({ key: '/' }, element('<a href="#/">x</a>')))).toBe(true);
    expect(opensSearch(key({ key: '/' }, element('<input type="checkbox">')))).toBe(true);
  });

  it('leaves "/" to fields being typed in', () => {
    for (const html of ['<input>', '<input type="search">', '<input type="number">', '<textarea></textarea>', '<select></select>', '<div contenteditable="true"><p data-here>x</p></div>']) {
      expect(opensSearch(key({ key: '/' }, element(html))), html).toBe(false);
    }
    expect(opensSearch(key({ key: '/' }, element('<div contenteditable="false">x</div>')))).toBe(true);
  });

  it('opens on Ctrl+K and Cmd+K everywhere', () => {
    expect(opensSearch(key({ key: 'k', ctrlKey: true }, element('<textarea></textarea>')))).toBe(true);
    expect(opensSearch(key({ key: 'K', metaKey: true }, element('<input>')))).toBe(true);
  });

  it('ignores other keys, other combinations, handled keys and composition', () => {
    expect(opensSearch(key({ key: 'k' }))).toBe(false);
    expect(opensSearch(key({ key: 'k', ctrlKey: true, shiftKey: true }))).toBe(false);
    expect(opensSearch(key({ key: '/', ctrlKey: true }))).toBe(false);
    expect(opensSearch(key({ key: '/', metaKey: true }))).toBe(false);
    expect(opensSearch(key({ key: '/', isComposing: true }))).toBe(false);
    const handled = key({ key: '/' });
    handled.preventDefault();
    expect(opensSearch(handled)).toBe(false);
  });
});

describe('isTypingTarget', () => {
  it('is false for nothing and for non-elements', () => {
    expect(isTypingTarget(null)).toBe(false);
    expect(isTypingTarget(window)).toBe(false);
  });
});

describe('clipQuery and shownQuery', () => {
  it('keeps the 200 characters the backend reads, counting code points', () => {
    expect(clipQuery('golpe')).toBe('golpe');
    expect(Array.from(clipQuery('ñ'.repeat(300)))).toHaveLength(200);
    expect(Array.from(clipQuery('😀'.repeat(201)))).toHaveLength(200);
  });

  it('shortens a long query inside a sentence', () => {
    expect(shownQuery('  allende ')).toBe('allende');
    expect(shownQuery('a'.repeat(100), 10)).toBe(`${'a'.repeat(10)}…`);
  });
});
