import { describe, expect, it, vi, beforeEach } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import type { AnswerMarks, CorrectAnswer, Feedback, MissedQuestion, Practice, Quiz, QuizResponse, Source } from '../lib/backend';
import { chapterSummaries } from '../test/fixtures';
import { answerCommands, callsOf } from '../test/backendMock';
import { setSettings } from '../lib/app/appState.svelte';
import QuizScreen from './QuizScreen.svelte';

vi.mock('@tauri-apps/api/core', () => ({ invoke: vi.fn() }));

const quiz: Quiz = {
  attemptId: 42,
  chapterId: 'unidad-popular',
  chapterTitle: 'La Unidad Popular',
  chapterTitles: ['La Unidad Popular'],
  answered: [],
  questions: [
    { id: 'q-mc', prompt: '¿Quién ganó la elección de 1970?', body: {
        kind: 'multipleChoice',
        // Shown in the attempt's order, which is not the written order: ids identify the options.
        options: [{ id: 1, text: 'Allende' }, { id: 0, text: 'Alessandri' }, { id: 2, text: 'Tomic' }],
      },
    },
    { id: 'q-tf', prompt: 'La nacionalización del cobre fue aprobada por unanimidad.', body: { kind: 'trueFalse' } },
    { id: 'q-year', prompt: '¿En qué año fue el plebiscito?', body: { kind: 'year' } },
    {
      id: 'q-order',
      prompt: 'Ordena los hechos.',
      body: { kind: 'order', items: [{ id: 'b', title: 'Golpe' }, { id: 'a', title: 'Elección' }, { id: 'c', title: 'Plebiscito' }] },
    },
    {
      id: 'q-match',
      prompt: 'Une cada personaje con su cargo.',
      body: {
        kind: 'match',
        figures: [{ id: 'allende', name: 'Salvador Allende' }, { id: 'prats', name: 'Carlos Prats' }],
        roles: [{ id: 0, text: 'Comandante en jefe del Ejército' }, { id: 1, text: 'Presidente de la República' }],
      },
    },
  ],
};

const source: Source = {
  id: 'src-1', title: 'Historia de Chile', publisher: 'Editorial Universitaria', author: null,
  date: { iso: '2005', precision: 'year' as const }, accessed: null, url: null, citation: 'Libro, p. 12',
  kind: 'book', language: 'es',
};

/** The "backend": grades each response and remembers what it was sent. */
function grade(questionId: string, response: QuizResponse): Feedback {
  const key: Record<string, [boolean, CorrectAnswer]> = {
    'q-mc': [response.kind === 'multipleChoice' && response.choice === 1, { kind: 'multipleChoice', option: { id: 1, text: 'Salvador Allende' } }],
    'q-tf': [response.kind === 'trueFalse' && response.value === true, { kind: 'trueFalse', value: true }],
    'q-year': [response.kind === 'year' && response.year === 1988, { kind: 'year', year: 1988 }],
    'q-order': [
      response.kind === 'order' && response.order.join() === 'a,b,c',
      { kind: 'order', items: [{ id: 'a', title: 'Elección' }, { id: 'b', title: 'Golpe' }, { id: 'c', title: 'Plebiscito' }] },
    ],
    'q-match': [
      response.kind === 'match' && response.roles.allende === 1 && response.roles.prats === 0,
      {
        kind: 'match',
        pairs: [
          { figure: { id: 'allende', name: 'Allende' }, role: 'Presidente' },
          { figure: { id: 'prats', name: 'Prats' }, role: 'Comandante en jefe' },
        ],
      },
    ],
  };
  const [correct, correctAnswer] = key[questionId]!;
  return { correct, correctAnswer, marks: marksFor(response), explanation: `Explicación de ${questionId}`, sources: [source] };
}

/** Per-item marks as the core makes them: the order's items and the match's pairs. */
function marksFor(response: QuizResponse): AnswerMarks {
  if (response.kind === 'order') {
    const right = ['a', 'b', 'c'];
    const titles: Record<string, string> = { a: 'Elección', b: 'Golpe', c: 'Plebiscito' };
    return {
      kind: 'order',
      items: response.order.map((id, i) => ({
        item: { id, title: titles[id]! }, givenPosition: i + 1, rightPosition: right.indexOf(id) + 1, inPlace: right.indexOf(id) === i,
      })),
    };
  }
  if (response.kind === 'match') {
    const roles = ['Comandante en jefe del Ejército', 'Presidente de la República'];
    return {
      kind: 'match',
      pairs: [
        { figure: { id: 'allende', name: 'Salvador Allende' }, chosenRole: roles[response.roles.allende!]!, rightRole: roles[1]!, correct: response.roles.allende === 1 },
        { figure: { id: 'prats', name: 'Carlos Prats' }, chosenRole: roles[response.roles.prats!]!, rightRole: roles[0]!, correct: response.roles.prats === 0 },
      ],
    };
  }
  return { kind: 'whole' };
}

const DEFAULT_OPTIONS = { chapter: 'unidad-popular', chapters: ['unidad-popular'], length: 'ten' };

let correctCount = 0;
let missed: MissedQuestion[] = [];
const quizHandlers = {
  start_quiz: () => quiz,
  interrupted_quiz: () => null,
  list_chapters: () => chapterSummaries,
  answer_question: (args: Record<string, unknown>) => {
    const response = args.response as QuizResponse;
    const feedback = grade(args.questionId as string, response);
    const question = quiz.questions.find((q) => q.id === args.questionId)!;
    if (feedback.correct) correctCount += 1;
    else missed.push({ questionId: question.id, prompt: question.prompt, given: givenOf(response), feedback });
    return feedback;
  },
  finish_quiz: () => ({
    attemptId: 42, chapterId: 'unidad-popular', chapterTitle: 'La Unidad Popular',
    correct: correctCount, total: 5, finishedAt: '2026-11-21T10:00:00Z', missed,
  }),
};

/** The learner's response worded as the core words it (only the kinds these tests miss). */
function givenOf(response: QuizResponse): CorrectAnswer | null {
  if (response.kind === 'trueFalse') return { kind: 'trueFalse', value: response.value };
  if (response.kind === 'multipleChoice') return { kind: 'multipleChoice', option: { id: response.choice, text: 'Tomic' } };
  if (response.kind === 'match') return { kind: 'match', pairs: [] };
  return null;
}

beforeEach(() => {
  correctCount = 0;
  missed = [];
  setSettings({ language: 'es', theme: 'light', textSize: 'medium' });
  answerCommands(quizHandlers);
});

async function next(): Promise<void> {
  await fireEvent.click(screen.getByTestId('next-question'));
}

describe('QuizScreen', () => {
  it('runs a whole attempt with feedback after each answer and a final score', async () => {
    render(QuizScreen, { chapterId: 'unidad-popular' });

    // 1. multiple choice, right
    expect((await screen.findByTestId('quiz-progress')).textContent).toContain('Pregunta 1 de 5');
    expect(screen.getByTestId('question-prompt').textContent).toBe('¿Quién ganó la elección de 1970?');
    expect(screen.queryByTestId('next-question')).toBeNull();
    await fireEvent.click(screen.getByTestId('option-0'));
    const feedback1 = await screen.findByTestId('feedback');
    expect(feedback1.dataset.correct).toBe('true');
    expect(feedback1.textContent).toContain('¡Correcto!');
    expect(feedback1.textContent).toContain('Respuesta correcta: Salvador Allende');
    expect(screen.getByTestId('feedback-explanation').textContent).toBe('Explicación de q-mc');
    expect(screen.getByTestId('feedback-sources').textContent).toContain('Editorial Universitaria');
    expect((screen.getByTestId('option-1') as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByTestId('option-0').classList.contains('choice-correct')).toBe(true);
    expect(screen.getByTestId('option-1').classList.contains('choice-wrong')).toBe(false);
    expect(callsOf('answer_question')[0]).toEqual({
      lang: 'es', attemptId: 42, questionId: 'q-mc', response: { kind: 'multipleChoice', choice: 1 },
    });
    // The verdict takes focus (it is read out) and "next" follows it.
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('feedback-verdict')));
    await next();

    // 2. true/false, wrong
    expect(screen.getByTestId('quiz-progress').textContent).toContain('Pregunta 2 de 5');
    expect(screen.queryByTestId('feedback')).toBeNull();
    await fireEvent.click(screen.getByTestId('option-false'));
    const feedback2 = await screen.findByTestId('feedback');
    expect(feedback2.dataset.correct).toBe('false');
    expect(feedback2.textContent).toContain('Incorrecto');
    expect(feedback2.textContent).toContain('Respuesta correcta: Verdadero');
    expect((screen.getByTestId('option-true') as HTMLButtonElement).disabled).toBe(true);
    await next();

    // 3. year, right
    const submitYear = screen.getByTestId('submit-answer') as HTMLButtonElement;
    expect(submitYear.disabled).toBe(true);
    await fireEvent.input(screen.getByTestId('year-input'), { target: { value: '1988' } });
    expect(submitYear.disabled).toBe(false);
    await fireEvent.click(submitYear);
    expect((await screen.findByTestId('feedback')).dataset.correct).toBe('true');
    expect((screen.getByTestId('year-input') as HTMLInputElement).disabled).toBe(true);
    await next();

    // 4. order: move "Elección" up once, giving a, b, c
    expect(screen.getByTestId('order-item-b').textContent).toContain('1');
    await fireEvent.click(screen.getByRole('button', { name: 'Subir «Elección»' }));
    const items = [...document.querySelectorAll('[data-item-id]')].map((el) => (el as HTMLElement).dataset.itemId);
    expect(items).toEqual(['a', 'b', 'c']);
    expect(document.body.textContent).toContain('«Elección» quedó en la posición 1 de 3.');
    await fireEvent.click(screen.getByTestId('submit-answer'));
    expect((await screen.findByTestId('feedback')).dataset.correct).toBe('true');
    expect(callsOf('answer_question')[3]?.response).toEqual({ kind: 'order', order: ['a', 'b', 'c'] });
    expect(screen.getByTestId('mark-a').textContent).toContain('1. Elección — en su lugar');
    await next();

    // 5. match: wrong pairing; submit only once every figure has a role
    const submitMatch = screen.getByTestId('submit-answer') as HTMLButtonElement;
    expect(submitMatch.disabled).toBe(true);
    await fireEvent.change(screen.getByLabelText('Salvador Allende'), { target: { value: '0' } });
    expect(submitMatch.disabled).toBe(true);
    await fireEvent.change(screen.getByLabelText('Carlos Prats'), { target: { value: '1' } });
    await fireEvent.click(submitMatch);
    expect((await screen.findByTestId('feedback')).dataset.correct).toBe('false');
    expect(callsOf('answer_question')[4]?.response).toEqual({ kind: 'match', roles: { allende: 0, prats: 1 } });

    // last question: the button leads to the score
    expect(screen.getByTestId('next-question').textContent).toContain('Ver resultado');
    await next();
    const score = await screen.findByTestId('quiz-score');
    expect(score.textContent).toContain('3 / 5');
    expect(document.body.textContent).toContain('Buen trabajo');
    expect(callsOf('finish_quiz')).toEqual([{ lang: 'es', attemptId: 42 }]);
    expect(screen.getByRole('link', { name: 'Volver al capítulo' }).getAttribute('href')).toBe('#/chapters/unidad-popular');

    // retry starts a new attempt with the same length and chapters
    await fireEvent.click(screen.getByRole('button', { name: 'Intentar de nuevo' }));
    expect((await screen.findByTestId('quiz-progress')).textContent).toContain('Pregunta 1 de 5');
    expect(callsOf('start_quiz')).toEqual([{ lang: 'es', options: DEFAULT_OPTIONS }, { lang: 'es', options: DEFAULT_OPTIONS }]);
  });

  it('shows an error view with the backend message when starting fails', async () => {
    answerCommands({
      ...quizHandlers,
      start_quiz: () => {
        throw { kind: 'notFound', message: 'No existe el capítulo «x»' };
      },
    });
    render(QuizScreen, { chapterId: 'x' });
    const error = await screen.findByTestId('error-view');
    expect(error.textContent).toContain('No existe el capítulo «x»');
  });

  it('speaks English when the language is English', async () => {
    setSettings({ language: 'en', theme: 'light', textSize: 'medium' });
    render(QuizScreen, { chapterId: 'unidad-popular' });
    expect((await screen.findByTestId('quiz-progress')).textContent).toContain('Question 1 of 5');
    expect(callsOf('start_quiz')[0]).toEqual({ lang: 'en', options: DEFAULT_OPTIONS });
  });
  it('marks the right option and the wrong pick after a wrong multiple-choice answer', async () => {
    render(QuizScreen, { chapterId: 'unidad-popular' });
    await screen.findByTestId('question-prompt');
    await fireEvent.click(screen.getByTestId('option-2'));
    const feedback = await screen.findByTestId('feedback');
    expect(feedback.dataset.correct).toBe('false');
    expect(screen.getByTestId('option-0').classList.contains('choice-correct')).toBe(true);
    expect(screen.getByTestId('option-2').classList.contains('choice-wrong')).toBe(true);
    expect(screen.getByTestId('option-1').classList.contains('choice-wrong')).toBe(false);
  });
});

describe('QuizScreen teaching', () => {
  /** Answers the five questions: q-tf and q-match wrong, the rest right. */
  async function playThrough(): Promise<void> {
    await fireEvent.click(await screen.findByTestId('option-0'));
    await next();
    await fireEvent.click(await screen.findByTestId('option-false'));
    await next();
    await fireEvent.input(screen.getByTestId('year-input'), { target: { value: '1988' } });
    await fireEvent.click(screen.getByTestId('submit-answer'));
    await next();
    await fireEvent.click(screen.getByRole('button', { name: 'Subir «Elección»' }));
    await fireEvent.click(screen.getByTestId('submit-answer'));
    await next();
    await fireEvent.change(screen.getByLabelText('Salvador Allende'), { target: { value: '0' } });
    await fireEvent.change(screen.getByLabelText('Carlos Prats'), { target: { value: '1' } });
    await fireEvent.click(screen.getByTestId('submit-answer'));
    await screen.findByTestId('feedback');
  }

  it('lists every missed question on the score screen with the answer given, the right one and why', async () => {
    render(QuizScreen, { chapterId: 'unidad-popular' });
    await playThrough();
    await next();
    expect((await screen.findByTestId('quiz-score')).textContent).toContain('3 / 5');
    const list = screen.getByTestId('missed-questions');
    expect(list.querySelector('h2')?.textContent).toBe('Preguntas que fallaste');
    const tf = screen.getByTestId('missed-q-tf');
    expect(tf.querySelector('h3')?.textContent).toBe('La nacionalización del cobre fue aprobada por unanimidad.');
    expect(tf.textContent).toContain('Tu respuesta: Falso');
    expect(tf.textContent).toContain('Respuesta correcta: Verdadero');
    expect(tf.textContent).toContain('Por qué: Explicación de q-tf');
    expect(tf.textContent).toContain('Editorial Universitaria');
    const match = screen.getByTestId('missed-q-match');
    expect(match.textContent).toContain('Carlos Prats: elegiste «Presidente de la República»; lo correcto es «Comandante en jefe del Ejército»');
    expect(screen.queryByTestId('missed-q-mc')).toBeNull();
    expect(document.activeElement?.textContent).toBe('Tu resultado');
  });

  it('says so in English, and when nothing was missed', async () => {
    setSettings({ language: 'en', theme: 'light', textSize: 'medium' });
    answerCommands({ ...quizHandlers, start_quiz: () => ({ ...quiz, questions: quiz.questions.slice(0, 1) }) });
    render(QuizScreen, { chapterId: 'unidad-popular' });
    await fireEvent.click(await screen.findByTestId('option-0'));
    await next();
    expect((await screen.findByTestId('missed-questions')).textContent).toContain('You did not miss a single question.');
  });

  it('marks an order and a match item by item, with words and icons, not colour alone', async () => {
    render(QuizScreen, { chapterId: 'unidad-popular' });
    await fireEvent.click(await screen.findByTestId('option-0'));
    await next();
    await fireEvent.click(await screen.findByTestId('option-true'));
    await next();
    await fireEvent.input(screen.getByTestId('year-input'), { target: { value: '1988' } });
    await fireEvent.click(screen.getByTestId('submit-answer'));
    await next();
    // Submitted as shown: Golpe, Elección, Plebiscito.
    await fireEvent.click(screen.getByTestId('submit-answer'));
    await screen.findByTestId('feedback');
    const golpe = screen.getByTestId('mark-b');
    expect(golpe.dataset.right).toBe('false');
    expect(golpe.textContent).toContain('✗');
    expect(golpe.textContent).toContain('Mal:');
    expect(golpe.textContent).toContain('1. Golpe — va en la posición 2');
    expect(screen.getByTestId('mark-c').textContent).toContain('Bien:');
    expect(screen.getByTestId('mark-c').textContent).toContain('3. Plebiscito — en su lugar');
    await next();
    await fireEvent.change(screen.getByLabelText('Salvador Allende'), { target: { value: '1' } });
    await fireEvent.change(screen.getByLabelText('Carlos Prats'), { target: { value: '1' } });
    await fireEvent.click(screen.getByTestId('submit-answer'));
    await screen.findByTestId('feedback');
    expect(screen.getByTestId('mark-allende').textContent).toContain('Salvador Allende: Presidente de la República — correcto');
    expect(screen.getByTestId('mark-prats').textContent).toContain('Carlos Prats: elegiste «Presidente de la República»; lo correcto es «Comandante en jefe del Ejército»');
  });

  it('offers an interrupted quiz: continue at the next unanswered question, or start over', async () => {
    answerCommands({
      ...quizHandlers,
      interrupted_quiz: () => ({ attemptId: 42, chapterTitles: ['La Unidad Popular'], answered: 2, total: 5, startedAt: '2026-11-21T10:00:00Z' }),
      resume_quiz: () => ({ ...quiz, answered: [{ questionId: 'q-mc', correct: true }, { questionId: 'q-tf', correct: false }] }),
    });
    render(QuizScreen, { chapterId: 'unidad-popular' });
    const prompt = await screen.findByTestId('quiz-resume');
    expect(prompt.textContent).toContain('Tienes un cuestionario sin terminar');
    expect(prompt.textContent).toContain('Respondiste 2 de 5 preguntas.');
    expect(callsOf('start_quiz')).toEqual([]);
    await fireEvent.click(screen.getByRole('button', { name: 'Continuar' }));
    expect((await screen.findByTestId('quiz-progress')).textContent).toContain('Pregunta 3 de 5');
    expect(screen.getByTestId('question-prompt').textContent).toBe('¿En qué año fue el plebiscito?');
    expect(callsOf('resume_quiz')).toEqual([{ lang: 'es', attemptId: 42 }]);
    expect(callsOf('start_quiz')).toEqual([]);
  });

  it('starts over when asked, with a new attempt', async () => {
    answerCommands({
      ...quizHandlers,
      interrupted_quiz: () => ({ attemptId: 41, chapterTitles: ['La Unidad Popular'], answered: 1, total: 10, startedAt: '2026-11-21T10:00:00Z' }),
    });
    render(QuizScreen, { chapterId: 'unidad-popular' });
    await fireEvent.click(await screen.findByRole('button', { name: 'Empezar de nuevo' }));
    expect((await screen.findByTestId('quiz-progress')).textContent).toContain('Pregunta 1 de 5');
    expect(callsOf('start_quiz')).toEqual([{ lang: 'es', options: DEFAULT_OPTIONS }]);
    expect(callsOf('resume_quiz')).toEqual([]);
  });

  it('lets the learner choose the length and the chapters, saying how many questions that makes', async () => {
    render(QuizScreen, { chapterId: 'unidad-popular' });
    expect((await screen.findByTestId('quiz-scope')).textContent).toBe('5 de 10 preguntas');
    await fireEvent.click(screen.getByRole('button', { name: 'Elegir preguntas' }));
    const summary = await screen.findByTestId('quiz-options-summary');
    expect(summary.textContent?.trim()).toBe('Se harán 10 de las 10 preguntas de lo elegido.');
    await fireEvent.click(screen.getByLabelText('5'));
    await fireEvent.click(screen.getByLabelText('La dictadura (8)'));
    expect(summary.textContent?.trim()).toBe('Se harán 5 de las 18 preguntas de lo elegido.');
    await fireEvent.click(screen.getByLabelText('Todas'));
    expect(summary.textContent?.trim()).toBe('Se harán 18 de las 18 preguntas de lo elegido.');
    await fireEvent.click(screen.getByLabelText('La Unidad Popular (10)'));
    await fireEvent.click(screen.getByLabelText('La dictadura (8)'));
    expect(summary.textContent?.trim()).toBe('Elige al menos un capítulo.');
    expect((screen.getByTestId('quiz-options-start') as HTMLButtonElement).disabled).toBe(true);
    await fireEvent.click(screen.getByLabelText('La dictadura (8)'));
    await fireEvent.click(screen.getByLabelText('La Unidad Popular (10)'));
    await fireEvent.click(screen.getByTestId('quiz-options-start'));
    await screen.findByTestId('quiz-progress');
    // Chapters in reading order, whatever order they were ticked in.
    expect(callsOf('start_quiz')[1]).toEqual({ lang: 'es', options: { chapter: 'unidad-popular', chapters: ['unidad-popular', 'dictadura'], length: 'all' } });
  });
});

describe('QuizScreen in practice mode', () => {
  const practiceSource: Source = { ...source, id: 'bcn-golpe', title: 'Golpe de Estado de 1973', publisher: 'Biblioteca del Congreso Nacional' };
  const round: Practice = {
    seed: 1234,
    scope: { kind: 'chapter', id: 'golpe-1973' },
    title: 'El golpe de 1973',
    available: 40,
    questions: [
      {
        id: 'gen-first-tanquetazo-golpe',
        prompt: '¿Qué ocurrió primero?',
        // Shown in the round's order: the ids, not the positions, name the options.
        body: { kind: 'multipleChoice', options: [{ id: 1, text: 'El Tanquetazo' }, { id: 0, text: 'Golpe de Estado' }] },
      },
      { id: 'gen-year-golpe', prompt: '¿En qué año ocurrió este hecho: «Golpe de Estado»?', body: { kind: 'year' } },
    ],
  };

  function practiceFeedback(questionId: string, response: QuizResponse): Feedback {
    if (questionId === 'gen-first-tanquetazo-golpe') {
      return {
        correct: response.kind === 'multipleChoice' && response.choice === 1,
        correctAnswer: { kind: 'multipleChoice', option: { id: 1, text: 'El Tanquetazo' } },
        marks: { kind: 'whole' },
        explanation: '«El Tanquetazo» ocurrió el 29 de junio de 1973, y «Golpe de Estado», el 11 de septiembre de 1973: al menos un mes después. Pregunta generada a partir de las fechas de estos dos eventos de la cronología.',
        sources: [practiceSource],
      };
    }
    return { correct: response.kind === 'year' && response.year === 1973, correctAnswer: { kind: 'year', year: 1973 }, marks: { kind: 'whole' }, explanation: 'Pregunta generada.', sources: [practiceSource] };
  }

  beforeEach(() => {
    answerCommands({
      start_practice: () => round,
      answer_practice: (args) => practiceFeedback(args.questionId as string, args.response as QuizResponse),
    });
  });

  it('plays a chapter’s generated questions, grades by option id and counts the score itself', async () => {
    render(QuizScreen, { practice: { kind: 'chapter', id: 'golpe-1973' } });
    expect((await screen.findByTestId('quiz-progress')).textContent).toContain('Pregunta 1 de 2');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Práctica: El golpe de 1973');
    expect(screen.getByTestId('practice-intro').textContent).toContain('La práctica no se guarda en tu historial.');
    expect(callsOf('start_practice')).toEqual([{ lang: 'es', scope: { kind: 'chapter', id: 'golpe-1973' } }]);

    // The first option shown is "El Tanquetazo", whose id is 1.
    await fireEvent.click(screen.getByTestId('option-0'));
    const feedback = await screen.findByTestId('feedback');
    expect(feedback.dataset.correct).toBe('true');
    expect(screen.getByTestId('feedback-explanation').textContent).toContain('Pregunta generada a partir de las fechas de estos dos eventos');
    expect(screen.getByTestId('feedback-sources').textContent).toContain('Biblioteca del Congreso Nacional');
    expect(callsOf('answer_practice')[0]).toEqual({
      lang: 'es', seed: 1234, questionId: 'gen-first-tanquetazo-golpe', response: { kind: 'multipleChoice', choice: 1 },
    });
    await next();

    await fireEvent.input(screen.getByTestId('year-input'), { target: { value: '1974' } });
    await fireEvent.click(screen.getByTestId('submit-answer'));
    expect((await screen.findByTestId('feedback')).dataset.correct).toBe('false');
    await next();

    expect((await screen.findByTestId('quiz-score')).textContent).toContain('1 / 2');
    expect(callsOf('answer_question')).toEqual([]);
    expect(callsOf('finish_quiz')).toEqual([]);
    expect(screen.getByRole('link', { name: 'Volver al capítulo' }).getAttribute('href')).toBe('#/chapters/golpe-1973');
    await fireEvent.click(screen.getByRole('button', { name: 'Otra ronda' }));
    expect((await screen.findByTestId('quiz-progress')).textContent).toContain('Pregunta 1 de 2');
    expect(callsOf('start_practice')).toHaveLength(2);
  });

  it('practises every chapter in English, back to the chapter list', async () => {
    setSettings({ language: 'en', theme: 'light', textSize: 'medium' });
    answerCommands({ start_practice: () => ({ ...round, scope: { kind: 'all' }, title: null, questions: [] }) });
    render(QuizScreen, { practice: { kind: 'all' } });
    expect(await screen.findByText('There are no generated questions to practise here.')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Practice: all chapters');
    expect(screen.getByRole('link', { name: 'Back to the chapters' }).getAttribute('href')).toBe('#/chapters');
    expect(callsOf('start_practice')[0]).toEqual({ lang: 'en', scope: { kind: 'all' } });
  });
});
