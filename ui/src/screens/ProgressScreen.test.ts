import { beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import type { Mastery, ProgressReport } from '../lib/backend';
import { answerCommands, callsOf } from '../test/backendMock';
import { setSettings } from '../lib/app/appState.svelte';
import ProgressScreen from './ProgressScreen.svelte';

vi.mock('@tauri-apps/api/core', () => ({ invoke: vi.fn() }));

function mastery(sectionsRead: number, sectionsTotal: number, questionsRight: number, questionsTotal: number, questionsAnswered = questionsRight): Mastery {
  return { sectionsRead, sectionsTotal, questionsRight, questionsTotal, questionsAnswered };
}

const report: ProgressReport = {
  total: mastery(3, 12, 2, 60, 5),
  chapters: [
    { chapterId: 'golpe-1973', title: 'El golpe de 1973', eraId: 'unidad-popular', mastery: mastery(3, 6, 2, 35, 5) },
    { chapterId: 'kast', title: 'El gobierno de Kast', eraId: null, mastery: mastery(0, 6, 0, 25, 0) },
  ],
  eras: [{ eraId: 'unidad-popular', title: 'Unidad Popular', chapters: 1, mastery: mastery(3, 6, 2, 35, 5) }],
  streak: { currentDays: 3, longestDays: 5, reviewedToday: false },
  weakest: [
    {
      questionId: 'golpe-1973-q04',
      chapterId: 'golpe-1973',
      chapterTitle: 'El golpe de 1973',
      prompt: '¿Quién encabezó la Junta?',
      wrong: 2,
      answered: 3,
      lastCorrect: false,
      dueToday: true,
    },
    {
      questionId: 'golpe-1973-q05',
      chapterId: 'golpe-1973',
      chapterTitle: 'El golpe de 1973',
      prompt: '¿En qué año?',
      wrong: 1,
      answered: 2,
      lastCorrect: true,
      dueToday: false,
    },
  ],
};

beforeEach(() => {
  setSettings({ language: 'es', theme: 'light', textSize: 'medium' });
  answerCommands({ progress: () => report });
});

describe('ProgressScreen', () => {
  it('shows every figure as text, by chapter and by period, asking in the learner\'s time zone', async () => {
    render(ProgressScreen);
    const chapter = await screen.findByTestId('progress-chapter-golpe-1973');
    expect(within(chapter).getByRole('rowheader').textContent).toBe('El golpe de 1973');
    expect(within(chapter).getByTestId('progress-chapter-golpe-1973-read').textContent).toContain('3 de 6');
    expect(within(chapter).getByTestId('progress-chapter-golpe-1973-mastery').textContent).toContain('2 de 35 (6 %)');
    expect(screen.getByTestId('progress-chapter-kast-mastery').textContent).toContain('0 de 25 (0 %)');
    expect(screen.getByTestId('progress-era-unidad-popular-read').textContent).toContain('3 de 6');
    expect(screen.getByTestId('progress-total-mastery').textContent).toContain('2 de 60 preguntas dominadas (3 %)');
    expect(screen.getByTestId('progress-total-read').textContent).toBe('3 de 12 secciones leídas');
    // Bars are decoration beside the text.
    for (const bar of document.querySelectorAll('progress')) expect(bar.getAttribute('aria-hidden')).toBe('true');
    expect(screen.getAllByRole('columnheader').map((h) => h.textContent)).toContain('Preguntas dominadas');
    expect(callsOf('progress')).toEqual([{ lang: 'es', utcOffsetMinutes: -new Date().getTimezoneOffset() }]);
    expect(document.title).toBe('Tu progreso — Crónica');
  });

  it('shows the streak and the weakest questions with where to practise each', async () => {
    render(ProgressScreen);
    expect((await screen.findByTestId('progress-streak-days')).textContent).toContain('3 días seguidos');
    expect(screen.getByTestId('progress-streak').textContent).toContain('Repasa hoy para mantenerla.');
    expect(screen.getByTestId('progress-streak').textContent).toContain('Tu racha más larga: 5 días.');
    const weak = screen.getAllByTestId('progress-weak');
    expect(weak.map((w) => w.querySelector('.weak-prompt')?.textContent)).toEqual(['¿Quién encabezó la Junta?', '¿En qué año?']);
    const [first, second] = weak as [HTMLElement, HTMLElement];
    expect(first.textContent).toContain('El golpe de 1973 · 2 de 3 respuestas incorrectas');
    expect(within(first).getByRole('link', { name: 'Repasar ahora' }).getAttribute('href')).toBe('#/review');
    expect(within(second).getByRole('link', { name: 'Practicar el cuestionario' }).getAttribute('href')).toBe('#/chapters/golpe-1973/quiz');
  });

  it('says so when there is no progress yet', async () => {
    answerCommands({
      progress: () => ({ ...report, total: mastery(0, 12, 0, 60, 0), streak: { currentDays: 0, longestDays: 0, reviewedToday: false }, weakest: [] }),
    });
    render(ProgressScreen);
    expect((await screen.findByTestId('progress-empty')).textContent).toContain('Aún no hay progreso');
    expect(screen.getByTestId('progress-streak-days').textContent).toBe('Sin racha: repasa hoy para empezar una.');
    expect(screen.getByTestId('progress-weakest-none')).toBeTruthy();
  });
});
