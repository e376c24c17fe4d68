// Readable messages for everything the server can refuse or report. The switches name every code
// of the protocol: adding a code to protocol.ts without a message here fails the type check.
import type { MessageKey } from '../lib/i18n/i18n';
import type { Problem } from './connection';
import type { AnswerRefusal, ErrorCode } from './protocol';

function unreachable(value: never): never {
  throw new Error(`unhandled case: ${String(value)}`);
}

export function errorMessageKey(code: ErrorCode): MessageKey {
  switch (code) {
    case 'malformed':
      return 'student.error.malformed';
    case 'tooLarge':
      return 'student.error.tooLarge';
    case 'rateLimited':
      return 'student.error.rateLimited';
    case 'tooManyAttempts':
      return 'student.error.tooManyAttempts';
    case 'wrongPin':
      return 'student.error.wrongPin';
    case 'nicknameInvalid':
      return 'student.error.nicknameInvalid';
    case 'nicknameTaken':
      return 'student.error.nicknameTaken';
    case 'unknownToken':
      return 'student.error.unknownToken';
    case 'unknownPlayer':
      return 'student.error.unknownPlayer';
    case 'notJoined':
      return 'student.error.notJoined';
    case 'alreadyJoined':
      return 'student.error.alreadyJoined';
    case 'notAllowed':
      return 'student.error.notAllowed';
    case 'wrongPhase':
      return 'student.error.wrongPhase';
    case 'gameFinished':
      return 'student.error.gameFinished';
    case 'internal':
      return 'student.error.internal';
    default:
      return unreachable(code);
  }
}

export function refusalMessageKey(reason: AnswerRefusal): MessageKey {
  switch (reason) {
    case 'tooLate':
      return 'student.refused.tooLate';
    case 'alreadyAnswered':
      return 'student.refused.alreadyAnswered';
    case 'wrongQuestion':
      return 'student.refused.wrongQuestion';
    case 'invalidAnswer':
      return 'student.refused.invalidAnswer';
    case 'tooLong':
      return 'student.refused.tooLong';
    case 'notOpen':
      return 'student.refused.notOpen';
    case 'notSaved':
      return 'student.refused.notSaved';
    default:
      return unreachable(reason);
  }
}

export function problemMessageKey(problem: Problem): MessageKey {
  switch (problem.kind) {
    case 'error':
      return errorMessageKey(problem.code);
    case 'refused':
      return refusalMessageKey(problem.reason);
    case 'unreachable':
      return 'student.problem.unreachable';
    case 'replaced':
      return 'student.problem.replaced';
    case 'protocol':
      return 'student.problem.protocol';
    default:
      return unreachable(problem);
  }
}
