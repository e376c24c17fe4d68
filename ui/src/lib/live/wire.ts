// What the classroom protocol's player and teacher sides share (docs/classroom-protocol.md): the
// answer, option and leaderboard shapes, and the checks their readers build on, so a message is
// judged by one set of rules on both sides.

/** An answer (or, at the reveal, the right answer): an option, a year, an order of item ids, for each left item of a
 * match the id of the option given to it, or typed text. */
export type AnswerValue = { optionId: string } | { year: number } | { order: string[] } | { matches: string[] } | { text: string };

export type AnswerKind = 'choice' | 'year' | 'order' | 'match' | 'typed';
export const ANSWER_KINDS: readonly AnswerKind[] = ['choice', 'year', 'order', 'match', 'typed'];

export interface PublicOption {
  id: string;
  text: string;
}

export interface LeaderboardEntry {
  playerId: number;
  nickname: string;
  score: number;
  rank: number;
}

export type Json = Record<string, unknown>;

export const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
export const isString = (value: unknown): value is string => typeof value === 'string';
export const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;
export const isInt = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value);
const isStringList = (value: unknown): value is string[] => Array.isArray(value) && value.every(isString);

/** An answer value as the protocol writes it (exactly one known field), or null. */
export function readAnswerValue(value: unknown): AnswerValue | null {
  if (!isObject(value) || Object.keys(value).length !== 1) return null;
  if (isString(value.optionId)) return { optionId: value.optionId };
  if (isInt(value.year)) return { year: value.year };
  if (isStringList(value.order)) return { order: [...value.order] };
  if (isStringList(value.matches)) return { matches: [...value.matches] };
  if (isString(value.text)) return { text: value.text };
  return null;
}

/** What a question shows, enough to read an answer to it. */
export interface ShownQuestion {
  options: PublicOption[];
  left?: PublicOption[];
}

/** How an answer reads: one text (an option, a year, typed text), items in order, or each left item with its option.
 * Ids the question does not know read as themselves. */
export type AnswerParts = { kind: 'text'; text: string } | { kind: 'order'; items: string[] } | { kind: 'match'; pairs: [string, string][] };

export function answerParts(value: AnswerValue, question: ShownQuestion | null): AnswerParts {
  const textOf = (id: string) => question?.options.find((option) => option.id === id)?.text ?? id;
  if ('year' in value) return { kind: 'text', text: String(value.year) };
  if ('text' in value) return { kind: 'text', text: value.text.trim() };
  if ('optionId' in value) return { kind: 'text', text: textOf(value.optionId) };
  if ('order' in value) return { kind: 'order', items: value.order.map(textOf) };
  const left = question?.left ?? [];
  return { kind: 'match', pairs: value.matches.map((id, i) => [left[i]?.text ?? String(i + 1), textOf(id)]) };
}

/** The answer as one line: "A → B → C" for an order, "left: option; …" for a match (as in the results CSV). */
export function answerLine(value: AnswerValue, question: ShownQuestion | null): string {
  const parts = answerParts(value, question);
  if (parts.kind === 'text') return parts.text;
  if (parts.kind === 'order') return parts.items.join(' → ');
  return parts.pairs.map(([left, right]) => `${left}: ${right}`).join('; ');
}
