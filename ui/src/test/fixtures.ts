// Small, realistic backend answers shared by screen tests.
import type { Chapter, ChapterSummary, Era, EventSummary, FigureSummary, Home, Lang } from '../lib/backend';

export const eras: Era[] = [
  { id: 'unidad-popular', title: 'Unidad Popular', start: '1970-09-04', end: '1973-09-10' },
  { id: 'dictadura', title: 'Dictadura militar', start: '1973-09-11', end: '1990-03-10' },
];

export function home(lang: Lang, withProgress = false): Home {
  return {
    title: lang === 'es' ? 'Crónica de Chile' : 'Chronicle of Chile',
    description: lang === 'es' ? 'Historia política de Chile.' : 'Political history of Chile.',
    asOf: '2026-11-21',
    counts: { chapters: 2, events: 3, figures: 2, terms: 1, questions: 10, sources: 5, perspectives: 1 },
    eras,
    continueReading: withProgress
      ? { chapterId: 'unidad-popular', chapterTitle: 'La Unidad Popular', sectionId: 'reformas', sectionTitle: 'Reformas' }
      : null,
    lastQuiz: withProgress
      ? { attemptId: 1, chapterId: 'unidad-popular', chapterTitle: 'La Unidad Popular', correct: 7, total: 10, finishedAt: '2026-11-20T18:00:00Z', missed: [] }
      : null,
  };
}

export const chapterSummaries: ChapterSummary[] = [
  {
    id: 'dictadura', order: 2, title: 'La dictadura', summary: 'Resumen 2', wordCount: 2000, questionCount: 8,
    progress: { sectionsRead: 0, sectionsTotal: 4, lastSectionId: null, readSectionIds: [] }, bestScore: null,
  },
  {
    id: 'unidad-popular', order: 1, title: 'La Unidad Popular', summary: 'Resumen 1', wordCount: 1800, questionCount: 10,
    progress: { sectionsRead: 1, sectionsTotal: 3, lastSectionId: 'eleccion', readSectionIds: ['eleccion'] }, bestScore: { correct: 7, total: 10 },
  },
];

export const chapter: Chapter = {
  id: 'unidad-popular',
  order: 1,
  title: 'La Unidad Popular',
  summary: 'El gobierno de Allende.',
  sections: [
    { id: 'eleccion', title: 'La elección de 1970', paragraphs: [{ inlines: [{ kind: 'text', text: 'Texto uno.' }] }], sources: [] },
    {
      id: 'reformas',
      title: 'Reformas',
      paragraphs: [{ inlines: [{ kind: 'link', text: 'cobre', target: { kind: 'term', id: 'nacionalizacion-cobre' } }] }],
      sources: [
        {
          id: 'ley-17450', title: 'Ley 17.450', publisher: 'Biblioteca del Congreso Nacional', author: null,
          date: { iso: '1971-07-16', precision: 'day' }, accessed: null, url: 'https://www.bcn.cl/leychile', citation: null,
          kind: 'official', language: 'es',
        },
      ],
    },
    { id: 'crisis', title: 'La crisis', paragraphs: [{ inlines: [{ kind: 'text', text: 'Texto tres.' }] }], sources: [] },
  ],
  perspectives: [{ id: 'causas-del-golpe', title: 'Las causas del golpe' }],
  previous: null,
  next: { id: 'dictadura', title: 'La dictadura' },
  questionCount: 10,
  progress: { sectionsRead: 1, sectionsTotal: 3, lastSectionId: 'eleccion', readSectionIds: ['eleccion'] },
};

const day = (iso: string) => ({ iso, precision: 'day' as const });
const year = (iso: string) => ({ iso, precision: 'year' as const });

export const figures: FigureSummary[] = [
  {
    id: 'salvador-allende', displayName: 'Salvador Allende', name: 'Salvador Allende Gossens', sortKey: 'Allende Gossens, Salvador',
    born: day('1908-06-26'), died: day('1973-09-11'),
    headline: { title: 'Presidente de la República', spans: [{ start: day('1970-11-03'), end: day('1973-09-11') }] },
    offices: ['president', 'deputy', 'minister'], eras: ['unidad-popular', 'dictadura'],
  },
  {
    id: 'augusto-pinochet', displayName: 'Augusto Pinochet', name: 'Augusto Pinochet Ugarte', sortKey: 'Pinochet Ugarte, Augusto',
    born: year('1915'), died: year('2006'), headline: null, offices: ['commander'], eras: ['unidad-popular', 'dictadura'],
  },
];

export const events: EventSummary[] = [
  {
    id: 'eleccion-1970', date: { iso: '1970-09-04', precision: 'day' }, end: null, era: 'unidad-popular',
    title: 'Elección presidencial', summary: '', figures: [{ id: 'salvador-allende', name: 'Salvador Allende' }],
  },
  {
    id: 'golpe-1973', date: { iso: '1973-09-11', precision: 'day' }, end: null, era: 'dictadura',
    title: 'Golpe de Estado', summary: '', figures: [],
  },
  {
    id: 'paro-1972', date: { iso: '1972-10', precision: 'month' }, end: { iso: '1972-11', precision: 'month' }, era: 'unidad-popular',
    title: 'Paro de octubre', summary: '', figures: [],
  },
];
