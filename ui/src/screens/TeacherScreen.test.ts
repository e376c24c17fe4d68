import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { answerCommands, callsOf } from '../test/backendMock';
import { ownQuestions, quizSummaries, teacherQuiz } from '../test/teacherFixtures';
import { setSettings } from '../lib/app/appState.svelte';
import type { ImportedQuiz, TeacherQuizSummary } from '../lib/backend';
import TeacherScreen from './TeacherScreen.svelte';

vi.mock('@tauri-apps/api/core', () => ({ invoke: vi.fn() }));

const chapters = [
  { id: 'golpe-1973', title: 'El golpe de 1973', summary: '', era: 'up', order: 4, sections: 3, questionCount: 10, progress: { read: 0, total: 3 } },
];

beforeEach(() => {
  setSettings({ language: 'es', theme: 'light', textSize: 'medium' });
  answerCommands({
    list_teacher_quizzes: () => quizSummaries,
    list_own_questions: () => ownQuestions,
    list_chapters: () => chapters,
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
    expect(within(quiz).getByTestId('host-quiz').getAttribute('href')).toBe('#/teacher/quiz/quiz-1/live');
    expect(screen.getByTestId('host-chapter').getAttribute('href')).toBe('#/teacher/chapter/golpe-1973/live');
    expect(screen.getByTestId('live-results-link').getAttribute('href')).toBe('#/teacher/games');
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
      list_chapters: () => chapters,
      duplicate_teacher_quiz: () => {
        throw { kind: 'invalidInput', message: 'a quiz needs a title of 1–200 characters' };
      },
    });
    render(TeacherScreen, {});
    await fireEvent.click(within(await screen.findByTestId('teacher-quiz-quiz-1')).getByTestId('duplicate-quiz'));
    await waitFor(() => expect(screen.getByTestId('teacher-error').textContent).toBe('No se pudo completar la acción: La aplicación recibió datos que no son válidos. (a quiz needs a title of 1–200 characters)'));
  });

  describe('quiz packs', () => {
    afterEach(() => vi.restoreAllMocks());

    const pack = '{\n  "format": "cronica-quiz",\n  "version": 1\n}\n';
    const file = (text: string, name = 'Repaso.cronica-quiz') => new File([text], name, { type: '' });
    const imported: TeacherQuizSummary = { id: 'quiz-2', title: '<img src=x onerror=alert(1)>', description: '', questionCount: 2, updatedAt: '2026-11-22T09:00:00Z' };

    /** The backend, with `import_teacher_quiz` answered by `importer` and the new quiz listed once imported. */
    function withImporter(importer: (args: Record<string, unknown>) => ImportedQuiz) {
      let list = quizSummaries;
      answerCommands({
        list_teacher_quizzes: () => list,
        list_own_questions: () => ownQuestions,
        list_chapters: () => chapters,
        save_teacher_quiz_pack: () => ({ path: '/home/ana/Descargas/Repaso del golpe.cronica-quiz', fileName: 'Repaso del golpe.cronica-quiz' }),
        save_teacher_quiz_gift: () => ({ path: '/home/ana/Descargas/Repaso del golpe (GIFT es).txt', fileName: 'Repaso del golpe (GIFT es).txt' }),
        save_bank_gift: (args) => {
          const name = args.chapterId === null ? 'Crónica (GIFT es).txt' : `${String(args.chapterId)} (GIFT es).txt`;
          return { path: `/home/ana/Descargas/${name}`, fileName: name };
        },
        save_worksheet: (args) => {
          const source = args.source as { kind: string; id: string };
          const name = `${source.id} (Versión ${String(args.variant)}).html`;
          return { path: `/home/ana/Descargas/${name}`, fileName: name };
        },
        import_teacher_quiz: (args) => {
          const outcome = importer(args);
          list = [outcome.quiz, ...quizSummaries];
          return outcome;
        },
      });
    }

    it('saves a quiz pack through the backend and says where the file went', async () => {
      withImporter(() => ({ quiz: imported, ownQuestions: 0 }));
      render(TeacherScreen, {});
      const button = within(await screen.findByTestId('teacher-quiz-quiz-1')).getByTestId('export-quiz');
      expect(button.getAttribute('aria-label')).toBe('Exportar «Repaso del golpe» como archivo');
      await fireEvent.click(button);
      await waitFor(() => expect(screen.getByTestId('teacher-saved').textContent).toBe('Guardado en /home/ana/Descargas/Repaso del golpe.cronica-quiz'));
      expect(callsOf('save_teacher_quiz_pack')).toEqual([{ id: 'quiz-1' }]);
      expect(screen.getByTestId('teacher-error').textContent).toBe('');
    });

    it('saves a quiz, a chapter or the whole bank for Moodle and says where the file went', async () => {
      withImporter(() => ({ quiz: imported, ownQuestions: 0 }));
      render(TeacherScreen, {});
      const button = within(await screen.findByTestId('teacher-quiz-quiz-1')).getByTestId('gift-quiz');
      expect(button.getAttribute('aria-label')).toBe('Guardar «Repaso del golpe» para Moodle (GIFT)');
      await fireEvent.click(button);
      await waitFor(() => expect(screen.getByTestId('teacher-saved').textContent).toBe('Guardado en /home/ana/Descargas/Repaso del golpe (GIFT es).txt'));
      expect(callsOf('save_teacher_quiz_gift')).toEqual([{ lang: 'es', id: 'quiz-1' }]);

      await fireEvent.click(screen.getByTestId('gift-bank'));
      await waitFor(() => expect(screen.getByTestId('teacher-saved').textContent).toBe('Guardado en /home/ana/Descargas/Crónica (GIFT es).txt'));
      const chapter = 'golpe-1973';
      await fireEvent.change(screen.getByTestId('gift-chapter'), { target: { value: chapter } });
      await fireEvent.click(screen.getByTestId('gift-bank'));
      await waitFor(() => expect(screen.getByTestId('teacher-saved').textContent).toBe(`Guardado en /home/ana/Descargas/${chapter} (GIFT es).txt`));
      expect(callsOf('save_bank_gift')).toEqual([
        { lang: 'es', chapterId: null },
        { lang: 'es', chapterId: chapter },
      ]);
    });

    it('saves a printable worksheet of a quiz, or of a chapter in the version asked for', async () => {
      withImporter(() => ({ quiz: imported, ownQuestions: 0 }));
      render(TeacherScreen, {});
      const button = within(await screen.findByTestId('teacher-quiz-quiz-1')).getByTestId('worksheet-quiz');
      expect(button.getAttribute('aria-label')).toBe('Hoja imprimible: «Repaso del golpe»');
      await fireEvent.click(button);
      await waitFor(() => expect(screen.getByTestId('teacher-saved').textContent).toBe('Guardado en /home/ana/Descargas/quiz-1 (Versión 1).html'));
      await fireEvent.change(screen.getByTestId('worksheet-chapter'), { target: { value: 'golpe-1973' } });
      await fireEvent.input(screen.getByTestId('worksheet-variant'), { target: { value: '3' } });
      await fireEvent.click(screen.getByTestId('worksheet-chapter-save'));
      await waitFor(() => expect(screen.getByTestId('teacher-saved').textContent).toBe('Guardado en /home/ana/Descargas/golpe-1973 (Versión 3).html'));
      expect(callsOf('save_worksheet')).toEqual([
        { lang: 'es', source: { kind: 'teacherQuiz', id: 'quiz-1' }, variant: 1 },
        { lang: 'es', source: { kind: 'chapter', id: 'golpe-1973' }, variant: 3 },
      ]);
    });

    it('imports a chosen file as text and lists the new quiz, its text shown as text', async () => {
      withImporter(() => ({ quiz: imported, ownQuestions: 1 }));
      render(TeacherScreen, {});
      const input = (await screen.findByTestId('import-quiz')) as HTMLInputElement;
      expect(input.accept).toBe('.cronica-quiz,application/json');
      expect(input.closest('label')?.textContent?.trim()).toBe('Importar cuestionario…');
      await fireEvent.change(input, { target: { files: [file(pack)] } });
      const row = await screen.findByTestId('teacher-quiz-quiz-2');
      expect(callsOf('import_teacher_quiz')).toEqual([{ text: pack }]);
      expect(within(row).getByTestId('teacher-quiz-title').textContent).toBe('<img src=x onerror=alert(1)>');
      expect(row.querySelector('img')).toBeNull();
      expect(screen.getByTestId('import-done').textContent).toBe('Se importó «<img src=x onerror=alert(1)>».');
      expect(screen.getByTestId('import-error').textContent).toBe('');
    });

    it('shows why a file was refused, in either language, and lists nothing new', async () => {
      withImporter(() => {
        throw { kind: 'invalidInput', message: 'invalid input: items[2].timeLimitS: must be 5–600 seconds' };
      });
      render(TeacherScreen, {});
      const input = await screen.findByTestId('import-quiz');
      await fireEvent.change(input, { target: { files: [file('{}')] } });
      const alert = screen.getByTestId('import-error');
      expect(alert.getAttribute('role')).toBe('alert');
      await waitFor(() =>
        expect(alert.textContent).toBe('No se pudo importar el archivo: invalid input: items[2].timeLimitS: must be 5–600 seconds'),
      );
      expect(screen.queryByTestId('teacher-quiz-quiz-2')).toBeNull();
      expect(screen.getByTestId('import-done').textContent).toBe('');

      setSettings({ language: 'en', theme: 'light', textSize: 'medium' });
      await fireEvent.change(input, { target: { files: [file('{}')] } });
      await waitFor(() =>
        expect(screen.getByTestId('import-error').textContent).toBe('The file could not be imported: invalid input: items[2].timeLimitS: must be 5–600 seconds'),
      );
    });

    it('refuses a file over 5 MB without reading it or calling the backend', async () => {
      withImporter(() => ({ quiz: imported, ownQuestions: 0 }));
      render(TeacherScreen, {});
      const big = file('x', 'enorme.cronica-quiz');
      Object.defineProperty(big, 'size', { value: 5 * 1024 * 1024 + 1 });
      const text = vi.spyOn(big, 'text');
      await fireEvent.change(await screen.findByTestId('import-quiz'), { target: { files: [big] } });
      await waitFor(() => expect(screen.getByTestId('import-error').textContent).toBe('No se pudo importar el archivo: «enorme.cronica-quiz» pesa más de 5 MB'));
      expect(text).not.toHaveBeenCalled();
      expect(callsOf('import_teacher_quiz')).toEqual([]);
    });
  });

  describe('printing worksheets', () => {
    /** The backend, with `print_worksheet` answered by `printer` (resolved when `open` is called). */
    function withPrinter(printer: (args: Record<string, unknown>) => Promise<unknown>) {
      answerCommands({
        list_teacher_quizzes: () => quizSummaries,
        list_own_questions: () => ownQuestions,
        list_chapters: () => chapters,
        print_worksheet: printer,
      });
    }

    it('opens a chapter’s or a quiz’s worksheet in the print window, busy while it opens, and says so', async () => {
      let open: (value: unknown) => void = () => {};
      withPrinter((args) => {
        const source = args.source as { kind: string; id: string };
        const title = source.kind === 'chapter' ? 'El golpe de 1973' : 'Repaso del golpe';
        return new Promise((resolve) => (open = () => resolve({ title, questions: 10 })));
      });
      render(TeacherScreen, {});
      const quizButton = within(await screen.findByTestId('teacher-quiz-quiz-1')).getByTestId('print-quiz');
      expect(quizButton.textContent).toBe('Imprimir…');
      expect(quizButton.getAttribute('aria-label')).toBe('Imprimir «Repaso del golpe»…');

      const chapterButton = screen.getByTestId('worksheet-chapter-print') as HTMLButtonElement;
      expect(chapterButton.textContent).toBe('Imprimir…');
      await fireEvent.input(screen.getByTestId('worksheet-variant'), { target: { value: '2' } });
      await fireEvent.click(chapterButton);
      await waitFor(() => expect(chapterButton.textContent).toBe('Abriendo…'));
      expect(chapterButton.disabled).toBe(true);
      expect(chapterButton.getAttribute('aria-busy')).toBe('true');
      open(undefined);
      await waitFor(() => expect(screen.getByTestId('teacher-saved').textContent).toBe('Se abrió «El golpe de 1973» en una ventana aparte con el cuadro de impresión.'));
      expect(chapterButton.textContent).toBe('Imprimir…');
      expect(chapterButton.disabled).toBe(false);

      await fireEvent.click(quizButton);
      await waitFor(() => expect(quizButton.textContent).toBe('Abriendo…'));
      open(undefined);
      await waitFor(() => expect(screen.getByTestId('teacher-saved').textContent).toBe('Se abrió «Repaso del golpe» en una ventana aparte con el cuadro de impresión.'));
      expect(callsOf('print_worksheet')).toEqual([
        { lang: 'es', source: { kind: 'chapter', id: 'golpe-1973' }, variant: 2 },
        { lang: 'es', source: { kind: 'teacherQuiz', id: 'quiz-1' }, variant: 1 },
      ]);
      expect(screen.getByTestId('teacher-error').textContent).toBe('');
    });

    it('says why the print window did not open, and the button can be tried again', async () => {
      withPrinter(async () => {
        throw { kind: 'print', message: 'the worksheet could not be printed: no display' };
      });
      render(TeacherScreen, {});
      const button = (await screen.findByTestId('worksheet-chapter-print')) as HTMLButtonElement;
      await fireEvent.click(button);
      await waitFor(() =>
        expect(screen.getByTestId('teacher-error').textContent).toBe(
          'No se pudo completar la acción: No se pudo abrir la ventana de impresión. Guarda la hoja imprimible y ábrela en tu navegador para imprimirla. (the worksheet could not be printed: no display)',
        ),
      );
      expect(screen.getByTestId('teacher-error').getAttribute('role')).toBe('alert');
      expect(screen.getByTestId('teacher-saved').textContent).toBe('');
      expect(button.disabled).toBe(false);
      expect(button.textContent).toBe('Imprimir…');
    });
  });
});
