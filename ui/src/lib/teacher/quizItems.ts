// The quiz builder's list: each row is a saved item (origin, question id, time limit, points) plus
// the question to show for it (null when it no longer exists). Pure, so the rules are easy to test.
import type { ItemOrigin, Lang, QuizItemDraft, QuizItemView, TeacherQuizDraft } from '../backend';
import { presentItem, type Presentable } from './presentable';

export const DEFAULT_TIME_LIMIT_S = 30;
export const DEFAULT_POINTS = 1000;

export interface BuilderItem {
  /** Unique in the list: a question appears in a quiz at most once. */
  key: string;
  origin: ItemOrigin;
  questionId: string;
  timeLimitS: number;
  points: number;
  question: Presentable | null;
}

export function itemKey(origin: ItemOrigin, questionId: string): string {
  return `${origin}:${questionId}`;
}

export function newItem(origin: ItemOrigin, questionId: string, question: Presentable): BuilderItem {
  return {
    key: itemKey(origin, questionId),
    origin,
    questionId,
    timeLimitS: DEFAULT_TIME_LIMIT_S,
    points: DEFAULT_POINTS,
    question,
  };
}

export function itemFromView(view: QuizItemView, lang: Lang): BuilderItem {
  const { origin, questionId, timeLimitS, points } = view.item;
  return { key: itemKey(origin, questionId), origin, questionId, timeLimitS, points, question: presentItem(view, lang) };
}

export function quizDraft(title: string, description: string, items: readonly BuilderItem[]): TeacherQuizDraft {
  return {
    title: title.trim(),
    description: description.trim(),
    items: items.map(({ origin, questionId, timeLimitS, points }): QuizItemDraft => ({ origin, questionId, timeLimitS, points })),
  };
}
