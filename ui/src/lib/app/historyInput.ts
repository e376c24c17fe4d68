// Which keys and mouse buttons mean Back and Forward, kept apart from the component so the rules
// can be tested on their own.

export type HistoryAction = 'back' | 'forward';

/** Whether `target` takes typed text, where Backspace deletes and Alt+arrows move by words. */
export function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (!(target instanceof HTMLInputElement)) return false;
  // Buttons, checkboxes and the like take no text.
  return !['button', 'checkbox', 'radio', 'submit', 'reset', 'image', 'range', 'color', 'file'].includes(target.type);
}

/** Alt+← / Alt+→ anywhere (as in a browser), Backspace / Shift+Backspace outside text fields; else null. */
export function historyKeyAction(event: KeyboardEvent): HistoryAction | null {
  if (event.ctrlKey || event.metaKey || event.isComposing) return null;
  if (event.altKey && !event.shiftKey) {
    if (event.key === 'ArrowLeft') return 'back';
    if (event.key === 'ArrowRight') return 'forward';
    return null;
  }
  if (!event.altKey && event.key === 'Backspace' && !isTextField(event.target)) return event.shiftKey ? 'forward' : 'back';
  return null;
}

/** The mouse's own back (button 3) and forward (button 4) buttons; else null. */
export function historyMouseAction(event: MouseEvent): HistoryAction | null {
  if (event.button === 3) return 'back';
  if (event.button === 4) return 'forward';
  return null;
}
