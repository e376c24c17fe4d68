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
    for (const answer of [{ order: ['2', '0', '1'] }, { matches: ['1', '0'] }, { text: 'Allende' }]) {
      expect(parseEvent(JSON.stringify({ type: 'answerAccepted', questionId: 'q', answer }))).toEqual({ type: 'answerAccepted', questionId: 'q', answer });
    }
    const match = { type: 'question', questionId: 'q', index: 0, total: 1, prompt: 'p', kind: 'match', points: 1, timeLimitMs: 1, deadlineMs: 1,
      options: [{ id: '0', text: 'Vía chilena' }], left: [{ id: '0', text: 'Allende' }] };
    expect(parseEvent(JSON.stringify(match))).toEqual(match);
    const typed = { ...match, kind: 'typed', options: [], left: undefined };
    expect(parseEvent(JSON.stringify(typed))).toEqual({ ...typed, left: [] });
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
      '{"type":"question","questionId":"q","index":0,"total":1,"prompt":"p","kind":"essay","options":[],"points":1,"timeLimitMs":1,"deadlineMs":1}',
      '{"type":"question","questionId":"q","index":0,"total":1,"prompt":"p","kind":"match","options":[],"left":[{"id":1}],"points":1,"timeLimitMs":1,"deadlineMs":1}',
      '{"type":"answerAccepted","questionId":"q","answer":{"order":[0,1]}}',
      '{"type":"answerAccepted","questionId":"q","answer":{"text":"a","year":1}}',
      '{"type":"result","questionId":"q","index":0,"yourAnswer":{"x":1},"right":true,"points":1,"totalScore":1,"rank":1,"correct":{"year":1},"explanation":""}',
    ]) {
      expect(parseEvent(text), text).toBeNull();
    }
  });
});

describe('commands and addresses', () => {
  it('sends exactly one answer field', () => {
    expect(answerCommand('q', { optionId: 'b' })).toEqual({ type: 'answer', questionId: 'q', optionId: 'b' });
    expect(answerCommand('q', { year: -44 })).toEqual({ type: 'answer', questionId: 'q', year: -44 });
    expect(answerCommand('q', { order: ['1', '0'] })).toEqual({ type: 'answer', questionId: 'q', order: ['1', '0'] });
    expect(answerCommand('q', { matches: ['0', '0'] })).toEqual({ type: 'answer', questionId: 'q', matches: ['0', '0'] });
    expect(answerCommand('q', { text: 'Allende' })).toEqual({ type: 'answer', questionId: 'q', text: 'Allende' });
  });

  it('opens the socket on the page host', () => {
    expect(playerSocketUrl({ protocol: 'http:', host: '192.168.1.20:8123' })).toBe('ws://192.168.1.20:8123/ws/player');
    expect(playerSocketUrl({ protocol: 'https:', host: 'aula.example' })).toBe('wss://aula.example/ws/player');
  });
});
