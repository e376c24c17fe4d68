import { describe, expect, it } from 'vitest';
import { answerCommand, parseEvent, playerSocketUrl } from './protocol';

describe('parseEvent', () => {
  it('reads each server message', () => {
    expect(parseEvent('{"type":"joined","playerId":1,"token":"ff","nickname":"Ana","score":0}')).toEqual({
      type: 'joined', playerId: 1, token: 'ff', nickname: 'Ana', score: 0,
    });
    expect(parseEvent('{"type":"answerAccepted","questionId":"q","answer":{"year":1973}}')).toEqual({
      type: 'answerAccepted', questionId: 'q', answer: { year: 1973 },
    });
    expect(parseEvent('{"type":"answerRefused","questionId":"q","reason":"tooLate"}')).toMatchObject({ reason: 'tooLate' });
    expect(parseEvent('{"type":"kicked"}')).toEqual({ type: 'kicked' });
    expect(parseEvent('{"type":"podium","leaderboard":[{"playerId":1,"nickname":"<b>","score":5,"rank":1}],"yourScore":5,"yourRank":1}'))
      .toMatchObject({ leaderboard: [{ nickname: '<b>' }] });
    expect(parseEvent('{"type":"error","code":"internal","message":"x"}')).toMatchObject({ code: 'internal' });
  });

  it('refuses what is not a well-formed player message', () => {
    for (const text of [
      'nope',
      '[]',
      'null',
      '{"type":"lobby"}',
      '{"type":"joined","playerId":-1,"token":"ff","nickname":"Ana","score":0}',
      '{"type":"answerRefused","questionId":"q","reason":"bored"}',
      '{"type":"error","code":"teapot","message":"x"}',
      '{"type":"question","questionId":"q","index":0,"total":1,"prompt":"p","kind":"order","options":[],"points":1,"timeLimitMs":1,"deadlineMs":1}',
      '{"type":"result","questionId":"q","index":0,"yourAnswer":{"x":1},"right":true,"points":1,"totalScore":1,"rank":1,"correct":{"year":1},"explanation":""}',
    ]) {
      expect(parseEvent(text), text).toBeNull();
    }
  });
});

describe('commands and addresses', () => {
  it('sends exactly one of optionId or year', () => {
    expect(answerCommand('q', { optionId: 'b' })).toEqual({ type: 'answer', questionId: 'q', optionId: 'b' });
    expect(answerCommand('q', { year: -44 })).toEqual({ type: 'answer', questionId: 'q', year: -44 });
  });

  it('opens the socket on the page host', () => {
    expect(playerSocketUrl({ protocol: 'http:', host: '192.168.1.20:8123' })).toBe('ws://192.168.1.20:8123/ws/player');
    expect(playerSocketUrl({ protocol: 'https:', host: 'aula.example' })).toBe('wss://aula.example/ws/player');
  });
});
