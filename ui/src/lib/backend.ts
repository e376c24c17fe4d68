// The only module that talks to the Rust backend. Every Tauri command has one typed wrapper here;
// components import these functions and types, never `invoke` itself.
import { invoke } from '@tauri-apps/api/core';

export type Lang = 'es' | 'en';
export type Theme = 'light' | 'dark';
export type TextSize = 'small' | 'medium' | 'large';

export interface Settings {
  language: Lang;
  theme: Theme;
  textSize: TextSize;
}

export type Precision = 'year' | 'month' | 'day';
/** A historical date: `iso` is "YYYY", "YYYY-MM" or "YYYY-MM-DD" matching `precision`. */
export interface HistDate {
  iso: string;
  precision: Precision;
}

export interface Counts {
  chapters: number;
  events: number;
  figures: number;
  terms: number;
  questions: number;
  sources: number;
  perspectives: number;
}

export interface Era {
  id: string;
  title: string;
  start: string;
  end: string | null;
}

export interface ChapterProgress {
  sectionsRead: number;
  sectionsTotal: number;
  lastSectionId: string | null;
  /** Which sections are read, in chapter order. */
  readSectionIds: string[];
}

export interface ChapterSummary {
  id: string;
  order: number;
  title: string;
  summary: string;
  wordCount: number;
  questionCount: number;
  progress: ChapterProgress;
  bestScore: QuizScore | null;
}

export interface ContinueReading {
  chapterId: string;
  chapterTitle: string;
  sectionId: string;
  sectionTitle: string;
}

export interface Home {
  title: string;
  description: string;
  asOf: string;
  counts: Counts;
  eras: Era[];
  continueReading: ContinueReading | null;
  lastQuiz: QuizResult | null;
}

export type LinkKind = 'figure' | 'event' | 'term' | 'chapter' | 'perspective' | 'source';
export type Inline =
  | { kind: 'text'; text: string }
  | { kind: 'emphasis'; text: string }
  | { kind: 'link'; text: string; target: { kind: LinkKind; id: string } };
export interface Paragraph {
  inlines: Inline[];
}

export interface Source {
  id: string;
  title: string;
  publisher: string;
  author: string | null;
  date: HistDate | null;
  accessed: string | null;
  url: string | null;
  citation: string | null;
  kind: string;
  language: string;
}

export interface Ref {
  id: string;
  title: string;
}

export interface Section {
  id: string;
  title: string;
  paragraphs: Paragraph[];
  sources: Source[];
}

export interface Chapter {
  id: string;
  order: number;
  title: string;
  summary: string;
  sections: Section[];
  perspectives: Ref[];
  previous: Ref | null;
  next: Ref | null;
  questionCount: number;
  progress: ChapterProgress;
}

export interface FigureRef {
  id: string;
  name: string;
}

export interface EventSummary {
  id: string;
  date: HistDate;
  end: HistDate | null;
  era: string;
  title: string;
  summary: string;
  figures: FigureRef[];
}

export interface EventDetail extends EventSummary {
  eraTitle: string;
  places: string[];
  tags: string[];
  sources: Source[];
  chapters: Ref[];
  perspectives: Ref[];
}

export interface EventFilter {
  era?: string | null;
  figure?: string | null;
}

export interface Role {
  title: string;
  start: HistDate | null;
  end: HistDate | null;
}

export interface FigureSummary {
  id: string;
  name: string;
  born: HistDate | null;
  died: HistDate | null;
  headline: string | null;
}

export interface FigureDetail extends FigureSummary {
  bio: string;
  roles: Role[];
  events: EventSummary[];
  chapters: Ref[];
  sources: Source[];
}

export interface Term {
  id: string;
  name: string;
  definition: string;
  sources: Source[];
}

export interface PerspectiveView {
  holder: string;
  text: string;
  sources: Source[];
}

export interface Perspective {
  id: string;
  title: string;
  question: string;
  views: PerspectiveView[];
  chapters: Ref[];
  events: Ref[];
}

export type QuestionBody =
  | { kind: 'multipleChoice'; options: string[] }
  | { kind: 'trueFalse' }
  | { kind: 'year' }
  | { kind: 'order'; items: Ref[] }
  | { kind: 'match'; figures: FigureRef[]; roles: string[] };

export interface QuizQuestion {
  id: string;
  prompt: string;
  body: QuestionBody;
}

export interface Quiz {
  attemptId: number;
  chapterId: string;
  chapterTitle: string;
  questions: QuizQuestion[];
}

export type QuizResponse =
  | { kind: 'multipleChoice'; choice: number }
  | { kind: 'trueFalse'; value: boolean }
  | { kind: 'year'; year: number }
  | { kind: 'order'; order: string[] }
  | { kind: 'match'; roles: Record<string, number> };

export interface Feedback {
  correct: boolean;
  /** For multiple choice, the index of the right option. */
  correctChoice: number | null;
  /** The right answer, worded for display in the requested language. */
  correctAnswer: string;
  explanation: string;
  sources: Source[];
}

export interface QuizScore {
  correct: number;
  total: number;
}

export interface QuizResult {
  attemptId: number;
  chapterId: string;
  chapterTitle: string;
  correct: number;
  total: number;
  finishedAt: string;
}

export interface Notice {
  kind: 'userDataRecovered' | 'userDataUnavailable' | 'settingsRecovered';
  /** Where the unreadable file was moved to (kept, never deleted); for userDataUnavailable, the
   * path that could not be opened (progress is then kept only until the app closes). */
  movedTo: string;
}

export const backend = {
  getSettings: () => invoke<Settings>('get_settings'),
  saveSettings: (settings: Settings) => invoke<Settings>('save_settings', { settings }),
  startupNotices: () => invoke<Notice[]>('startup_notices'),

  home: (lang: Lang) => invoke<Home>('home', { lang }),
  listChapters: (lang: Lang) => invoke<ChapterSummary[]>('list_chapters', { lang }),
  getChapter: (lang: Lang, id: string) => invoke<Chapter>('get_chapter', { lang, id }),
  markSectionRead: (chapterId: string, sectionId: string) =>
    invoke<ChapterProgress>('mark_section_read', { chapterId, sectionId }),

  listEras: (lang: Lang) => invoke<Era[]>('list_eras', { lang }),
  listEvents: (lang: Lang, filter: EventFilter) => invoke<EventSummary[]>('list_events', { lang, filter }),
  getEvent: (lang: Lang, id: string) => invoke<EventDetail>('get_event', { lang, id }),

  listFigures: (lang: Lang) => invoke<FigureSummary[]>('list_figures', { lang }),
  getFigure: (lang: Lang, id: string) => invoke<FigureDetail>('get_figure', { lang, id }),

  listTerms: (lang: Lang) => invoke<Term[]>('list_terms', { lang }),
  getTerm: (lang: Lang, id: string) => invoke<Term>('get_term', { lang, id }),
  getPerspective: (lang: Lang, id: string) => invoke<Perspective>('get_perspective', { lang, id }),
  getSource: (id: string) => invoke<Source>('get_source', { id }),

  startQuiz: (lang: Lang, chapterId: string) => invoke<Quiz>('start_quiz', { lang, chapterId }),
  answerQuestion: (lang: Lang, attemptId: number, questionId: string, response: QuizResponse) =>
    invoke<Feedback>('answer_question', { lang, attemptId, questionId, response }),
  finishQuiz: (lang: Lang, attemptId: number) => invoke<QuizResult>('finish_quiz', { lang, attemptId }),
};

/** Errors from the backend arrive as `{ kind, message }`; this turns anything thrown into text. */
export function errorMessage(error: unknown): string {
  if (typeof error === 'string') return error;
  if (error && typeof error === 'object' && 'message' in error) return String((error as { message: unknown }).message);
  return String(error);
}
