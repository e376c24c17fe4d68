// The player side of the classroom protocol (docs/classroom-protocol.md and
// crates/cronica-classroom/protocol.schema.json), as TypeScript types plus a reader that accepts
// only well-formed server messages. A unit test checks the code lists against the schema.

import {
  ANSWER_KINDS,
  isCount,
  isObject,
  isString,
  readAnswerValue,
  type AnswerKind,
  type AnswerValue,
  type LeaderboardEntry,
  type PublicOption,
} from '../lib/live/wire';

export type { AnswerKind, AnswerValue, LeaderboardEntry, PublicOption };

export const ANSWER_REFUSALS = ['tooLate', 'alreadyAnswered', 'wrongQuestion', 'invalidAnswer', 'tooLong', 'notOpen', 'notSaved'] as const;
export type AnswerRefusal = (typeof ANSWER_REFUSALS)[number];

export const ERROR_CODES = [
  'malformed',
  'tooLarge',
  'rateLimited',
  'tooManyAttempts',
  'wrongPin',
  'nicknameInvalid',
  'nicknameTaken',
  'unknownToken',
  'unknownPlayer',
  'notJoined',
  'alreadyJoined',
  'notAllowed',
  'wrongPhase',
  'gameFinished',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface JoinedEvent {
  type: 'joined';
  playerId: number;
  token: string;
  nickname: string;
  score: number;
}

export interface QuestionEvent {
  type: 'question';
  questionId: string;
  index: number;
  total: number;
  prompt: string;
  kind: AnswerKind;
  /** A choice's options, an order question's items, a match question's options, in display order. */
  options: PublicOption[];
  /** A match question's left items, in order (empty for other kinds). */
  left: PublicOption[];
  points: number;
  timeLimitMs: number;
  deadlineMs: number;
}

export interface ResultEvent {
  type: 'result';
  questionId: string;
  index: number;
  yourAnswer: AnswerValue | null;
  right: boolean;
  points: number;
  totalScore: number;
  rank: number;
  correct: AnswerValue;
  explanation: string;
  source: string | null;
}

export interface PodiumEvent {
  type: 'podium';
  leaderboard: LeaderboardEntry[];
  yourScore: number;
  yourRank: number;
}

export type PlayerEvent =
  | JoinedEvent
  | QuestionEvent
  | { type: 'answerAccepted'; questionId: string; answer: AnswerValue }
  | { type: 'answerRefused'; questionId: string; reason: AnswerRefusal }
  | ResultEvent
  | PodiumEvent
  | { type: 'error'; code: ErrorCode; message: string }
  | { type: 'kicked' };

export type PlayerCommand =
  | { type: 'join'; pin: string; nickname: string }
  | { type: 'rejoin'; token: string }
  | ({ type: 'answer'; questionId: string } & AnswerValue);

/** Years the server accepts in an answer. */
export const YEAR_LIMIT = 10_000;

/** The longest typed answer the server accepts, in characters. */
export const TEXT_LIMIT = 200;

const answerValue = readAnswerValue;

function option(value: unknown): PublicOption | null {
  return isObject(value) && isString(value.id) && isString(value.text) ? { id: value.id, text: value.text } : null;
}

function entry(value: unknown): LeaderboardEntry | null {
  if (!isObject(value)) return null;
  const { playerId, nickname, score, rank } = value;
  return isCount(playerId) && isString(nickname) && isCount(score) && isCount(rank) ? { playerId, nickname, score, rank } : null;
}

function all<T>(value: unknown, read: (item: unknown) => T | null): T[] | null {
  if (!Array.isArray(value)) return null;
  const items = value.map(read);
  return items.every((item): item is T => item !== null) ? items : null;
}

const oneOf = <T extends string>(list: readonly T[], value: unknown): value is T => list.includes(value as T);

/** Reads one text frame from the server; null for anything that is not a well-formed player event. */
export function parseEvent(text: string): PlayerEvent | null {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isObject(data)) return null;
  const m = data;
  switch (m.type) {
    case 'joined':
      return isCount(m.playerId) && isString(m.token) && isString(m.nickname) && isCount(m.score)
        ? { type: 'joined', playerId: m.playerId, token: m.token, nickname: m.nickname, score: m.score }
        : null;
    case 'question': {
      const options = all(m.options, option);
      const left = m.left === undefined ? [] : all(m.left, option);
      const fields =
        isString(m.questionId) && isCount(m.index) && isCount(m.total) && isString(m.prompt) && isCount(m.points) &&
        isCount(m.timeLimitMs) && isCount(m.deadlineMs);
      if (!fields || !options || !left || !oneOf(ANSWER_KINDS, m.kind)) return null;
      return {
        type: 'question', questionId: m.questionId as string, index: m.index as number, total: m.total as number,
        prompt: m.prompt as string, kind: m.kind, options, left, points: m.points as number,
        timeLimitMs: m.timeLimitMs as number, deadlineMs: m.deadlineMs as number,
      };
    }
    case 'answerAccepted': {
      const answer = answerValue(m.answer);
      return isString(m.questionId) && answer ? { type: 'answerAccepted', questionId: m.questionId, answer } : null;
    }
    case 'answerRefused':
      return isString(m.questionId) && oneOf(ANSWER_REFUSALS, m.reason)
        ? { type: 'answerRefused', questionId: m.questionId, reason: m.reason }
        : null;
    case 'result': {
      const correct = answerValue(m.correct);
      const yourAnswer = m.yourAnswer === undefined || m.yourAnswer === null ? null : answerValue(m.yourAnswer);
      const fields =
        isString(m.questionId) && isCount(m.index) && typeof m.right === 'boolean' && isCount(m.points) &&
        isCount(m.totalScore) && isCount(m.rank) && isString(m.explanation) &&
        (m.source === undefined || m.source === null || isString(m.source));
      if (!fields || !correct || (yourAnswer === null && m.yourAnswer !== undefined && m.yourAnswer !== null)) return null;
      return {
        type: 'result', questionId: m.questionId as string, index: m.index as number, yourAnswer, right: m.right as boolean,
        points: m.points as number, totalScore: m.totalScore as number, rank: m.rank as number, correct,
        explanation: m.explanation as string, source: (m.source as string | null | undefined) ?? null,
      };
    }
    case 'podium': {
      const leaderboard = all(m.leaderboard, entry);
      return leaderboard && isCount(m.yourScore) && isCount(m.yourRank)
        ? { type: 'podium', leaderboard, yourScore: m.yourScore, yourRank: m.yourRank }
        : null;
    }
    case 'error':
      return oneOf(ERROR_CODES, m.code) && isString(m.message) ? { type: 'error', code: m.code, message: m.message } : null;
    case 'kicked':
      return { type: 'kicked' };
    default:
      return null;
  }
}

/** The `answer` message for a value. */
export function answerCommand(questionId: string, value: AnswerValue): PlayerCommand {
  return { type: 'answer', questionId, ...value };
}

/** The player socket's address for the page at `location` (same host, so the CSP's connect-src 'self' allows it). */
export function playerSocketUrl(location: { protocol: string; host: string }): string {
  return `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}/ws/player`;
}
