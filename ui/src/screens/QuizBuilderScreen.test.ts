import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import type { BankFilter } from '../lib/backend';
import { answerCommands, callsOf } from '../test/backendMock';
import { chapterSummaries, eras, figures } from '../test/fixtures';
import { bankQuestions, generatedQuestion, ownQuestions, teacherQuiz } from '../test/teacherFixtures';
import { setSettings } from '../lib/app/appState.svelte';
import QuizBuilderScreen from './QuizBuilderScreen.svelte';

vi.mock('@tauri-apps/api/core', () => ({ invoke: vi.fn() }));

beforeEach(() => {
  setSettings({ language: 'es', theme: 'light', textSize: 'medium' });
  answerCommands({
    list_chapters: () => chapterSummaries,
    list_eras: () => eras,
    list_figures: () => figures,
    list_own_questions: () => ownQuestions,
    get_teacher_quiz: () => teacherQuiz,
    browse_bank: (args) => {
      const filter = args.filter as BankFilter;
      if (filter.origin === 'generated') return [generatedQuestion];
      return bankQuestions.filter((q) => !filter.text || q.prompt.toLowerCase().includes(filter.text.toLowerCase()));
    },
    save_teacher_quiz: () => ({ id: 'quiz-9', title: 'x', description: '', questionCount: 3, updatedAt: '2026-11-21T09:00:00Z' }),
  });
});

const prompts = () => screen.queryAllByTestId('quiz-item-prompt').map((p) => p.textContent);

describe('QuizBuilderScreen', () => {
  it('asks the bank for what the filters say', async () => {
    render(QuizBuilderScreen, { id: null });
    await screen.findByTestId('bank-question-golpe-q1');
    expect(callsOf('browse_bank')[0]).toEqual({ lang: 'es', filter: { chapter: null, era: null, figure: null, kind: null, text: null, origin: null } });

    await fireEvent.change(screen.getByTestId('bank-chapter'), { target: { value: 'unidad-popular' } });
    await fireEvent.change(screen.getByTestId('bank-kind'), { target: { value: 'year' } });
    await fireEvent.change(screen.getByTestId('bank-era'), { target: { value: 'dictadura' } });
    await fireEvent.input(screen.getByTestId('bank-text'), { target: { value: '  allende ' } });
    await fireEvent.click(screen.getByTestId('bank-search'));
    await waitFor(() =>
      expect(callsOf('browse_bank').at(-1)).toEqual({
        lang: 'es',
        filter: { chapter: 'unidad-popular', era: 'dictadura', figure: null, kind: 'year', text: 'allende', origin: null },
      }),
    );
    await waitFor(() => expect(screen.getByTestId('bank-count').textContent).toBe('1 pregunta'));
  });

  it('shows each bank question with its kind, right answer, explanation and sources', async () => {
    render(QuizBuilderScreen, { id: null });
    const card = await screen.findByTestId('bank-question-golpe-q1');
    expect(card.textContent).toContain('Alternativas · El golpe de 1973');
    expect(within(card).getByTestId('bank-question-answer').textContent).toBe('Respuesta correcta: Radio Magallanes');
    expect(card.textContent).toContain('Fue Radio Magallanes.');
    expect(card.textContent).toContain('Gobierno de Chile');
    expect(within(screen.getByTestId('bank-question-golpe-q2')).getByTestId('bank-question-answer').textContent).toBe('Respuesta correcta: Verdadero');
  });

  it('adds, reorders (buttons and drag and drop) and removes questions, announcing each move', async () => {
    render(QuizBuilderScreen, { id: null });
    await fireEvent.click(await screen.findByTestId('add-bank-golpe-q1'));
    await fireEvent.click(screen.getByTestId('add-bank-golpe-q3'));
    await fireEvent.click(screen.getByTestId('add-own-own-1'));
    expect(prompts()).toEqual([bankQuestions[0]!.prompt, bankQuestions[2]!.prompt, '¿Quién ganó el plebiscito de 1988?']);
    expect((screen.getByTestId('add-bank-golpe-q1') as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByTestId('time-0') as HTMLInputElement).value).toBe('30');
    expect((screen.getByTestId('points-0') as HTMLInputElement).value).toBe('1000');

    await fireEvent.click(screen.getByTestId('up-2'));
    expect(prompts()[1]).toBe('¿Quién ganó el plebiscito de 1988?');
    expect(screen.getByTestId('quiz-items-announcement').textContent).toBe('«¿Quién ganó el plebiscito de 1988?» quedó en la posición 2 de 3.');
    expect(document.activeElement).toBe(screen.getByTestId('up-1'));

    await fireEvent.click(screen.getByTestId('down-0'));
    expect(prompts()[0]).toBe('¿Quién ganó el plebiscito de 1988?');

    // Drag the last question onto the first.
    await fireEvent.dragStart(screen.getByTestId('drag-2'));
    await fireEvent.dragOver(screen.getByTestId('quiz-item-0'));
    await fireEvent.drop(screen.getByTestId('quiz-item-0'));
    expect(prompts()).toEqual([bankQuestions[2]!.prompt, '¿Quién ganó el plebiscito de 1988?', bankQuestions[0]!.prompt]);

    await fireEvent.click(screen.getByTestId('remove-1'));
    expect(prompts()).toEqual([bankQuestions[2]!.prompt, bankQuestions[0]!.prompt]);
    expect(screen.getByTestId('quiz-items-announcement').textContent).toBe('«¿Quién ganó el plebiscito de 1988?» se quitó del cuestionario.');
    expect((screen.getByTestId('add-own-own-1') as HTMLButtonElement).disabled).toBe(false);
  });

  it('lists the questions generated from the data apart, marked, and adds them to the quiz', async () => {
    window.location.hash = '#/teacher/quiz/new';
    render(QuizBuilderScreen, { id: null });
    await screen.findByTestId('bank-question-golpe-q1');
    expect(screen.queryByTestId('bank-question-generated')).toBeNull();
    const origin = screen.getByLabelText('Origen') as HTMLSelectElement;
    expect([...origin.options].map((o) => o.textContent)).toEqual(['Escritas para el banco', 'Generadas de los datos']);
    await fireEvent.change(origin, { target: { value: 'generated' } });
    const card = await screen.findByTestId(`bank-question-${generatedQuestion.id}`);
    expect(callsOf('browse_bank').at(-1)?.filter).toMatchObject({ origin: 'generated' });
    expect(within(card).getByTestId('bank-question-generated').textContent).toBe('Generada de los datos');
    expect(card.textContent).toContain('Pregunta generada a partir de la fecha de este evento de la cronología.');
    expect(card.textContent).toContain('Gobierno de Chile');
    expect(screen.queryByTestId('bank-question-golpe-q1')).toBeNull();

    await fireEvent.click(within(card).getByTestId(`add-bank-${generatedQuestion.id}`));
    expect(prompts()).toEqual([generatedQuestion.prompt]);
    await fireEvent.input(screen.getByTestId('quiz-title'), { target: { value: 'Práctica' } });
    await fireEvent.click(screen.getByTestId('save-quiz'));
    await waitFor(() => expect(callsOf('save_teacher_quiz')).toHaveLength(1));
    expect(callsOf('save_teacher_quiz')[0]?.draft).toEqual({
      title: 'Práctica',
      description: '',
      items: [{ origin: 'bank', questionId: generatedQuestion.id, timeLimitS: 30, points: 1000 }],
    });
  });

  it('saves the quiz as drafted and returns to the teacher area', async () => {
    window.location.hash = '#/teacher/quiz/new';
    render(QuizBuilderScreen, { id: null });
    await fireEvent.input(await screen.findByTestId('quiz-title'), { target: { value: ' Repaso ' } });
    await fireEvent.input(screen.getByTestId('quiz-description'), { target: { value: 'Para el lunes' } });
    await fireEvent.click(await screen.findByTestId('add-bank-golpe-q2'));
    await fireEvent.click(screen.getByTestId('add-own-own-2'));
    await fireEvent.input(screen.getByTestId('time-0'), { target: { value: '5' } });
    await fireEvent.input(screen.getByTestId('points-1'), { target: { value: '500' } });
    await fireEvent.click(screen.getByTestId('save-quiz'));
    await waitFor(() => expect(window.location.hash).toBe('#/teacher'));
    expect(callsOf('save_teacher_quiz')).toEqual([
      {
        id: null,
        draft: {
          title: 'Repaso',
          description: 'Para el lunes',
          items: [
            { origin: 'bank', questionId: 'golpe-q2', timeLimitS: 5, points: 1000 },
            { origin: 'own', questionId: 'own-2', timeLimitS: 30, points: 500 },
          ],
        },
      },
    ]);
  });

  it('opens a saved quiz with a missing question marked, and shows why a save is refused', async () => {
    answerCommands({
      list_chapters: () => chapterSummaries,
      list_eras: () => eras,
      list_figures: () => figures,
      list_own_questions: () => ownQuestions,
      get_teacher_quiz: () => teacherQuiz,
      browse_bank: () => [],
      save_teacher_quiz: () => {
        throw { kind: 'notFound', message: 'no question golpe-q99' };
      },
    });
    render(QuizBuilderScreen, { id: 'quiz-1' });
    expect(((await screen.findByTestId('quiz-title')) as HTMLInputElement).value).toBe('Repaso del golpe');
    expect(screen.getByTestId('quiz-item-1').textContent).toContain('Pregunta eliminada');
    expect((screen.getByTestId('time-2') as HTMLInputElement).value).toBe('10');
    await fireEvent.click(screen.getByTestId('save-quiz'));
    await waitFor(() => expect(screen.getByTestId('save-error').textContent).toBe('No se pudo guardar el cuestionario: Lo que buscas no está en el contenido instalado: puede que el enlace esté mal escrito o que una actualización lo haya quitado. (no question golpe-q99)'));
    expect(callsOf('save_teacher_quiz')[0]?.id).toBe('quiz-1');

    await fireEvent.click(screen.getByTestId('remove-1'));
    expect(screen.queryByTestId('quiz-item-missing')).toBeNull();
  });

  it('asks for a title before saving', async () => {
    render(QuizBuilderScreen, { id: null });
    await fireEvent.click(await screen.findByTestId('save-quiz'));
    expect(screen.getByTestId('save-error').textContent).toBe('Escribe un título para el cuestionario.');
    expect(callsOf('save_teacher_quiz')).toEqual([]);
  });
});
