// What the learner is told about their study data: each notice in its own words, the session-long
// ones impossible to dismiss, and every screen that writes saying so before the learner starts.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';
import type { Notice, NoticeKind } from '../backend';
import { answerCommands } from '../../test/backendMock';
import { setSettings } from './appState.svelte';
import { setUserDataStatus } from './userData.svelte';
import NoticeBanner from './NoticeBanner.svelte';
import UnsavedWarning from './UnsavedWarning.svelte';
import QuizScreen from '../../screens/QuizScreen.svelte';

vi.mock('@tauri-apps/api/core', () => ({ invoke: vi.fn() }));

const KINDS: NoticeKind[] = [
  'userDataRecovered',
  'userDataReadOnly',
  'userDataUnavailable',
  'userDataSidecarSetAside',
  'settingsRecovered',
  'settingsUnavailable',
];

afterEach(() => {
  setUserDataStatus('saved');
  setSettings({ language: 'es', theme: 'light', textSize: 'medium' });
});

describe('start-up notices', () => {
  it('say what happened to each file in words of their own, with its path', () => {
    const notices: Notice[] = KINDS.map((kind, i) => ({ kind, path: `/datos/archivo-${i}` }));
    render(NoticeBanner, { notices });
    const shown = screen.getAllByTestId('notice');
    expect(shown.map((n) => n.dataset.noticeKind)).toEqual(KINDS);
    const texts = shown.map((n) => n.querySelector('p')?.textContent ?? '');
    expect(new Set(texts).size).toBe(KINDS.length);
    texts.forEach((text, i) => expect(text).toContain(`/datos/archivo-${i}`));
    expect(texts[1]).toMatch(/ves tu historial, pero nada nuevo de esta sesión se guardará/);
    expect(texts[3]).toMatch(/se apartó sin aplicarlo/);
  });

  it('keep the read-only and unavailable notices for the whole session', async () => {
    const notices: Notice[] = [
      { kind: 'userDataReadOnly', path: '/datos/user.db' },
      { kind: 'userDataUnavailable', path: '/datos/user.db' },
      { kind: 'userDataRecovered', path: '/datos/user.db.unreadable-1' },
    ];
    render(NoticeBanner, { notices });
    const dismiss = screen.getAllByRole('button');
    expect(dismiss).toHaveLength(1);
    await fireEvent.click(dismiss[0]!);
    expect(screen.getAllByTestId('notice').map((n) => n.dataset.noticeKind)).toEqual(['userDataReadOnly', 'userDataUnavailable']);
  });
});

describe('screens that write', () => {
  it('say nothing while the session is kept', () => {
    render(UnsavedWarning);
    expect(screen.queryByTestId('unsaved-warning')).toBeNull();
  });

  it('say it will not be kept, read-only or unavailable, in the learner’s language', () => {
    setUserDataStatus('readOnly');
    const first = render(UnsavedWarning);
    expect(screen.getByTestId('unsaved-warning').textContent).toMatch(/solo lectura: lo que hagas en esta pantalla no se guardará/);
    first.unmount();
    setUserDataStatus('unavailable');
    setSettings({ language: 'en', theme: 'light', textSize: 'medium' });
    render(UnsavedWarning);
    expect(screen.getByTestId('unsaved-warning').textContent).toMatch(/unavailable: nothing you do on this screen will be saved/);
  });

  it('include the quiz, which says so before its first question', () => {
    setUserDataStatus('readOnly');
    answerCommands({ start_quiz: () => new Promise(() => {}) });
    render(QuizScreen, { chapterId: 'unidad-popular' });
    expect(screen.getByTestId('unsaved-warning').dataset.status).toBe('readOnly');
    expect(screen.queryByTestId('question-prompt')).toBeNull();
  });
});
