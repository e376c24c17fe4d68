// What the classroom protocol's player and teacher sides share (docs/classroom-protocol.md): the
// answer, option and leaderboard shapes, and the checks their readers build on, so a message is
// judged by one set of rules on both sides.

export type AnswerValue = { optionId: string } | { year: number };

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
