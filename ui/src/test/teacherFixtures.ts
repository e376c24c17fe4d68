// Backend answers for the teacher area's tests: a few bank questions, own questions and a quiz.
import type { BankQuestion, OwnQuestion, Source, TeacherQuiz, TeacherQuizSummary } from '../lib/backend';

const source: Source = {
  id: 'informe-rettig', title: 'Informe Rettig', publisher: 'Gobierno de Chile', author: null,
  date: { iso: '1991-02-08', precision: 'day' }, accessed: null, url: null, citation: null, kind: 'official', language: 'es',
};

export const bankQuestions: BankQuestion[] = [
  {
    id: 'golpe-q1', chapterId: 'golpe-1973', chapterTitle: 'El golpe de 1973', kind: 'multipleChoice', origin: 'authored',
    prompt: '¿Por qué emisora transmitió Allende su último discurso?',
    body: { kind: 'multipleChoice', options: [{ id: 2, text: 'Radio Cooperativa' }, { id: 0, text: 'Radio Magallanes' }, { id: 1, text: 'Radio Agricultura' }] },
    answer: { kind: 'multipleChoice', option: { id: 0, text: 'Radio Magallanes' } },
    explanation: 'Fue Radio Magallanes.', sources: [source],
  },
  {
    id: 'golpe-q2', chapterId: 'golpe-1973', chapterTitle: 'El golpe de 1973', kind: 'trueFalse', origin: 'authored',
    prompt: 'La Junta disolvió el Congreso en 1973.', body: { kind: 'trueFalse' }, answer: { kind: 'trueFalse', value: true },
    explanation: 'Por el Decreto Ley 27.', sources: [source],
  },
  {
    id: 'golpe-q3', chapterId: 'golpe-1973', chapterTitle: 'El golpe de 1973', kind: 'year', origin: 'authored',
    prompt: '¿En qué año fue asesinado Orlando Letelier?', body: { kind: 'year' }, answer: { kind: 'year', year: 1976 },
    explanation: 'En Washington, en 1976.', sources: [],
  },
];

/** A practice question the compiler generated from the data, as the "Generated from the data" filter lists it. */
export const generatedQuestion: BankQuestion = {
  id: 'gen-year-muerte-de-allende', chapterId: 'golpe-1973', chapterTitle: 'El golpe de 1973', kind: 'year', origin: 'generated',
  prompt: '¿En qué año ocurrió este hecho: «Muerte de Salvador Allende en La Moneda»?', body: { kind: 'year' },
  answer: { kind: 'year', year: 1973 },
  explanation: '«Muerte de Salvador Allende en La Moneda» ocurrió el 11 de septiembre de 1973. Pregunta generada a partir de la fecha de este evento de la cronología.',
  sources: [source],
};

export const ownQuestions: OwnQuestion[] = [
  {
    id: 'own-1', updatedAt: '2026-11-20T10:00:00Z',
    prompt: { es: '¿Quién ganó el plebiscito de 1988?', en: null },
    answer: { kind: 'multipleChoice', options: [{ es: 'El Sí', en: null }, { es: 'El No', en: null }, { es: 'Nadie', en: null }], answer: 1 },
    explanation: { es: 'Ganó el No con el 56 %.', en: null }, source: 'Servel',
  },
  {
    id: 'own-2', updatedAt: '2026-11-20T11:00:00Z',
    prompt: { es: 'Ordena estos hechos.', en: 'Put these events in order.' },
    answer: { kind: 'order', items: [{ es: 'Golpe', en: 'Coup' }, { es: 'Plebiscito', en: 'Plebiscite' }, { es: 'Estallido', en: 'Uprising' }] },
    explanation: { es: '1973, 1988, 2019.', en: '1973, 1988, 2019.' }, source: null,
  },
];

export const quizSummaries: TeacherQuizSummary[] = [
  { id: 'quiz-1', title: 'Repaso del golpe', description: 'Para 3.º medio', questionCount: 3, updatedAt: '2026-11-21T09:00:00Z' },
];

export const teacherQuiz: TeacherQuiz = {
  id: 'quiz-1', title: 'Repaso del golpe', description: 'Para 3.º medio', updatedAt: '2026-11-21T09:00:00Z',
  items: [
    { status: 'bank', item: { origin: 'bank', questionId: 'golpe-q1', timeLimitS: 20, points: 1000 }, question: bankQuestions[0]! },
    { status: 'missing', item: { origin: 'bank', questionId: 'golpe-q99', timeLimitS: 30, points: 500 } },
    { status: 'own', item: { origin: 'own', questionId: 'own-1', timeLimitS: 10, points: 2000 }, question: ownQuestions[0]! },
  ],
};
