import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { answerCommands, callsOf } from '../test/backendMock';
import { ownQuestions, quizSummaries, teacherQuiz } from '../test/teacherFixtures';
import { setSettings } from '../lib/app/appState.svelte';
import TeacherScreen from './TeacherScreen.svelte';

vi.mock('@tauri-apps/api/core', () => ({ invoke: vi.fn() }));

beforeEach(() => {
  setSettings({ language: 'es', theme: 'light', textSize: 'medium' });
  answerCommands({
    list_teacher_quizzes: () => quizSummaries,
    list_own_questions: () => ownQuestions,
    get_teacher_quiz: () => teacherQuiz,
    save_teacher_quiz: () => quizSummaries[0],
    duplicate_teacher_quiz: () => quizSummaries[0],
    delete_teacher_quiz: () => null,
    delete_own_question: () => null,
  });
});

describe('TeacherScreen', () => {
  it('lists the saved quizzes and own questions with links to build, present and edit', async () => {
    render(TeacherScreen, {});
    const quiz = await screen.findByTestId('teacher-quiz-quiz-1');
    expect(within(quiz).getByTestId('teacher-quiz-title').textContent).toBe('Repaso del golpe');
    expect(quiz.textContent).toContain('3 preguntas');
    expect(within(quiz).getByTestId('present-quiz').getAttribute('href')).toBe('#/teacher/quiz/quiz-1/present');
    expect(within(quiz).getByTestId('edit-quiz').getAttribute('href')).toBe('#/teacher/quiz/quiz-1');
    expect(screen.getByTestId('new-quiz').getAttribute('href')).toBe('#/teacher/quiz/new');
    const own = screen.getByTestId('own-question-own-2');
    expect(own.textContent).toContain('Orden cronológico · Idiomas: español, inglés');
    expect(within(own).getByTestId('edit-question').getAttribute('href')).toBe('#/teacher/question/own-2');
  });

  it('deletes only after confirming', async () => {
    render(TeacherScreen, {});
    const quiz = await screen.findByTestId('teacher-quiz-quiz-1');
    await fireEvent.click(within(quiz).getByTestId('delete-quiz'));
    expect(quiz.textContent).toContain('¿Eliminar «Repaso del golpe»? No se puede deshacer.');
    await fireEvent.click(within(quiz).getByTestId('delete-quiz-cancel'));
    expect(callsOf('delete_teacher_quiz')).toEqual([]);
    await fireEvent.click(within(quiz).getByTestId('delete-quiz'));
    await fireEvent.click(within(quiz).getByTestId('delete-quiz-confirm'));
    await waitFor(() => expect(callsOf('delete_teacher_quiz')).toEqual([{ id: 'quiz-1' }]));

    const own = await screen.findByTestId('own-question-own-1');
    await fireEvent.click(within(own).getByTestId('delete-question'));
    await fireEvent.click(within(own).getByTestId('delete-question-confirm'));
    await waitFor(() => expect(callsOf('delete_own_question')).toEqual([{ id: 'own-1' }]));
  });

  it('duplicates under a "(copia)" title and renames by saving the quiz with its items', async () => {
    render(TeacherScreen, {});
    await fireEvent.click(within(await screen.findByTestId('teacher-quiz-quiz-1')).getByTestId('duplicate-quiz'));
    await waitFor(() => expect(callsOf('duplicate_teacher_quiz')).toEqual([{ id: 'quiz-1', title: 'Repaso del golpe (copia)' }]));

    const quiz = await screen.findByTestId('teacher-quiz-quiz-1');
    await fireEvent.click(within(quiz).getByTestId('rename-quiz'));
    await fireEvent.input(within(quiz).getByTestId('rename-input'), { target: { value: 'Golpe: repaso final' } });
    await fireEvent.click(within(quiz).getByTestId('rename-save'));
    await waitFor(() => expect(callsOf('save_teacher_quiz')).toHaveLength(1));
    expect(callsOf('save_teacher_quiz')[0]).toEqual({
      id: 'quiz-1',
      draft: { title: 'Golpe: repaso final', description: 'Para 3.º medio', items: teacherQuiz.items.map((view) => view.item) },
    });
  });

  it('says why an action failed', async () => {
    answerCommands({
      list_teacher_quizzes: () => quizSummaries,
      list_own_questions: () => [],
      duplicate_teacher_quiz: () => {
        throw { kind: 'invalidInput', message: 'a quiz needs a title of 1–200 characters' };
      },
    });
    render(TeacherScreen, {});
    await fireEvent.click(within(await screen.findByTestId('teacher-quiz-quiz-1')).getByTestId('duplicate-quiz'));
    await waitFor(() => expect(screen.getByTestId('teacher-error').textContent).toBe('No se pudo completar la acción: a quiz needs a title of 1–200 characters'));
  });
});
