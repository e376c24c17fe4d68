// Small pure helpers behind the quiz screen, kept out of components so they are easy to test.
import type { MessageKey } from '../i18n/i18n';
import type { QuizLength } from '../backend';

/** A copy of `list` with the item at `from` moved to `to` (both clamped to the list). */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  const copy = [...list];
  if (from < 0 || from >= copy.length) return copy;
  const target = Math.max(0, Math.min(copy.length - 1, to));
  const [item] = copy.splice(from, 1) as [T];
  copy.splice(target, 0, item);
  return copy;
}

/** Encouragement after a quiz: worded by how much of it was right, never by a bare number. */
export function scoreMessageKey(correct: number, total: number): MessageKey {
  if (total <= 0) return 'quiz.message.review';
  const ratio = correct / total;
  if (ratio >= 0.8) return 'quiz.message.great';
  if (ratio >= 0.5) return 'quiz.message.good';
  return 'quiz.message.review';
}

/** Parses the year field; only whole years are accepted (negative for BCE is not a case here). */
export function parseYear(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d{1,4}$/.test(trimmed)) return null;
  return Number(trimmed);
}

/** Whether a typed answer has a word to grade (a letter or a digit): punctuation alone is no answer. */
export function hasAWord(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}

/** The lengths a learner can choose, shortest first. */
export const LENGTHS: readonly QuizLength[] = ['five', 'ten', 'twenty', 'all'];

/** How many questions a quiz of `length` asks when `available` can be asked. */
export function askedCount(length: QuizLength, available: number): number {
  const limit = { five: 5, ten: 10, twenty: 20, all: available }[length];
  return Math.min(limit, available);
}

/** Where a resumed quiz goes on: the first question not answered yet (the last one if all are). */
export function resumeIndex(questionIds: readonly string[], answered: readonly { questionId: string }[]): number {
  const done = new Set(answered.map((a) => a.questionId));
  const next = questionIds.findIndex((id) => !done.has(id));
  return next === -1 ? Math.max(0, questionIds.length - 1) : next;
}
