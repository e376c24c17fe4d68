// The teacher side of the classroom protocol (docs/classroom-protocol.md, TeacherCommand and
// TeacherEvent in crates/cronica-classroom/protocol.schema.json), and a reader that accepts only
// well-formed server messages: anything else is dropped, never shown.

import {
  ANSWER_KINDS,
  isCount,
  isInt,
  isObject,
  isString,
  readAnswerValue,
  type AnswerKind,
  type AnswerValue,
  type Json,
  type LeaderboardEntry,
  type PublicOption,
} from './wire';

export type { AnswerKind, AnswerValue, LeaderboardEntry, PublicOption };

export interface PlayerSummary {
  playerId: number;
  nickname: string;
  online: boolean;
  score: number;
}

/** A typed answer several players gave, and how many. */
export interface TextCount {
  text: string;
  count: number;
  right: boolean;
}

export type Histogram =
  | { kind: 'choice'; options: { optionId: string; count: number }[] }
  | { kind: 'year'; years: { year: number; count: number }[] }
  | { kind: 'rightWrong'; right: number; wrong: number }
  | { kind: 'typed'; right: number; wrong: number; frequent: TextCount[] };

export interface OpenedQuestion {
  questionId: string;
  index: number;
  total: number;
  prompt: string;
  kind: AnswerKind;
  options: PublicOption[];
  /** A match question's left items (empty for other kinds). */
  left: PublicOption[];
  timeLimitMs: number;
  deadlineMs: number;
}

export interface RevealedQuestion {
  questionId: string;
  index: number;
  total: number;
  prompt: string;
  kind: AnswerKind;
  options: PublicOption[];
  left: PublicOption[];
  histogram: Histogram;
  correct: AnswerValue;
  explanation: string;
  source: string | null;
  leaderboard: LeaderboardEntry[];
}

export type TeacherEvent =
  | { type: 'lobby'; pin: string; joinUrl: string; players: PlayerSummary[] }
  | ({ type: 'questionOpened' } & OpenedQuestion)
  | { type: 'progress'; answered: number; total: number }
  | ({ type: 'revealed' } & RevealedQuestion)
  | { type: 'finished'; leaderboard: LeaderboardEntry[] }
  | { type: 'error'; code: string; message: string };

export type TeacherCommand = { type: 'start' } | { type: 'next' } | { type: 'reveal' } | { type: 'end' } | { type: 'kick'; playerId: number };

const listOf = <T>(v: unknown, item: (x: unknown) => x is T): v is T[] => Array.isArray(v) && v.every(item);

const isOption = (v: unknown): v is PublicOption => isObject(v) && isString(v.id) && isString(v.text);
const isPlayer = (v: unknown): v is PlayerSummary =>
  isObject(v) && isCount(v.playerId) && isString(v.nickname) && typeof v.online === 'boolean' && isCount(v.score);
const isEntry = (v: unknown): v is LeaderboardEntry => isObject(v) && isCount(v.playerId) && isString(v.nickname) && isCount(v.score) && isCount(v.rank);
const isAnswer = (v: unknown): v is AnswerValue => readAnswerValue(v) !== null;
const isTextCount = (v: unknown): v is TextCount => isObject(v) && isString(v.text) && isCount(v.count) && typeof v.right === 'boolean';
function isHistogram(v: unknown): v is Histogram {
  if (!isObject(v)) return false;
  if (v.kind === 'choice') return listOf(v.options, (o): o is { optionId: string; count: number } => isObject(o) && isString(o.optionId) && isCount(o.count));
  if (v.kind === 'year') return listOf(v.years, (y): y is { year: number; count: number } => isObject(y) && isInt(y.year) && isCount(y.count));
  if (v.kind === 'rightWrong') return isCount(v.right) && isCount(v.wrong);
  if (v.kind === 'typed') return isCount(v.right) && isCount(v.wrong) && listOf(v.frequent, isTextCount);
  return false;
}
const isQuestion = (v: Json): boolean =>
  isString(v.questionId) && isCount(v.index) && isCount(v.total) && isString(v.prompt) && ANSWER_KINDS.includes(v.kind as AnswerKind) &&
  listOf(v.options, isOption) && (v.left === undefined || listOf(v.left, isOption));

/** The message as a TeacherEvent, or null when it is not one (bad JSON, unknown type, wrong fields). */
export function readTeacherEvent(data: unknown): TeacherEvent | null {
  if (!isString(data)) return null;
  let v: unknown;
  try {
    v = JSON.parse(data);
  } catch {
    return null;
  }
  if (!isObject(v)) return null;
  switch (v.type) {
    case 'lobby':
      return isString(v.pin) && isString(v.joinUrl) && listOf(v.players, isPlayer) ? (v as TeacherEvent) : null;
    case 'questionOpened':
      return isQuestion(v) && isCount(v.timeLimitMs) && isCount(v.deadlineMs) ? ({ ...v, left: v.left ?? [] } as TeacherEvent) : null;
    case 'progress':
      return isCount(v.answered) && isCount(v.total) ? (v as TeacherEvent) : null;
    case 'revealed':
      return isQuestion(v) && isHistogram(v.histogram) && isAnswer(v.correct) && isString(v.explanation) && (v.source === null || v.source === undefined || isString(v.source)) && listOf(v.leaderboard, isEntry)
        ? ({ ...v, left: v.left ?? [], source: v.source ?? null } as TeacherEvent)
        : null;
    case 'finished':
      return listOf(v.leaderboard, isEntry) ? (v as TeacherEvent) : null;
    case 'error':
      return isString(v.code) && isString(v.message) ? (v as TeacherEvent) : null;
    default:
      return null;
  }
}
