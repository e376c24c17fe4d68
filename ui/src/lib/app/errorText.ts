// What a failed call means to a learner, by the error's kind: the backend's own message is written
// for developers (in English, naming ids), so screens lead with this, in the learner's language.
import { errorKind, errorMessage, type ErrorKind } from '../backend';
import type { MessageKey } from '../i18n/i18n';
import { t } from './appState.svelte';

/** The sentence that says what happened and what to do about it. */
export function errorExplanationKey(kind: ErrorKind): MessageKey {
  switch (kind) {
    case 'invalidContent':
      return 'error.kind.invalidContent';
    case 'io':
      return 'error.kind.io';
    case 'database':
      return 'error.kind.database';
    case 'notFound':
      return 'error.kind.notFound';
    case 'invalidInput':
      return 'error.kind.invalidInput';
    case 'corrupt':
      return 'error.kind.corrupt';
    case 'settings':
      return 'error.kind.settings';
    case 'hosting':
      return 'error.kind.hosting';
    case 'browser':
      return 'error.kind.browser';
    case 'print':
      return 'error.kind.print';
    case 'internal':
      return 'error.kind.internal';
    default: {
      const unknown: never = kind;
      return unknown;
    }
  }
}

/** Trying again cannot help when the thing asked for does not exist or the request was malformed. */
export function retryHelps(kind: ErrorKind): boolean {
  return kind !== 'notFound' && kind !== 'invalidInput';
}

/** At most `limit` characters of `text`, with an ellipsis when cut: inputs are quoted, never echoed whole. */
export function shortQuote(text: string, limit = 120): string {
  const chars = Array.from(text);
  return chars.length <= limit ? text : `${chars.slice(0, limit).join('')}…`;
}

/** A failed call in one line: what it means in the learner's language, then the backend's words, quoted short. */
export function describeError(error: unknown): string {
  return `${t(errorExplanationKey(errorKind(error)))} (${shortQuote(errorMessage(error), 200)})`;
}
