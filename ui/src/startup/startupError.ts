// What the start-up error window shows, read from its own address (the shell writes it with
// `StartupFailure::page`): the problem, the learner's language, the path at fault and the details.
import type { Lang, StartupProblem } from '../lib/backend/generated';
import { esStartup } from '../lib/i18n/es/startup';
import { enStartup } from '../lib/i18n/en/startup';

export type StartupKey = keyof typeof esStartup;

const dictionaries: Record<Lang, Record<StartupKey, string>> = { es: esStartup, en: enStartup };

export function translateStartup(lang: Lang, key: StartupKey): string {
  return dictionaries[lang][key];
}

/** The text of each problem: what is wrong, and what to do about it. */
export const PROBLEM_TEXT: Record<StartupProblem, { what: StartupKey; todo: StartupKey }> = {
  contentMissing: { what: 'startup.contentMissing.what', todo: 'startup.contentMissing.todo' },
  contentUnreadable: { what: 'startup.contentUnreadable.what', todo: 'startup.contentUnreadable.todo' },
  contentOutdated: { what: 'startup.contentOutdated.what', todo: 'startup.contentOutdated.todo' },
  appDataUnusable: { what: 'startup.appDataUnusable.what', todo: 'startup.appDataUnusable.todo' },
  internal: { what: 'startup.internal.what', todo: 'startup.internal.todo' },
};

export interface StartupError {
  problem: StartupProblem;
  lang: Lang;
  path: string | null;
  detail: string;
}

function isProblem(value: string | null): value is StartupProblem {
  return value !== null && Object.hasOwn(PROBLEM_TEXT, value);
}

/** Reads the page's query; anything missing or unknown falls back to a general problem in Spanish. */
export function parseStartupError(search: string): StartupError {
  const query = new URLSearchParams(search);
  const problem = query.get('problem');
  const lang = query.get('lang');
  return {
    problem: isProblem(problem) ? problem : 'internal',
    lang: lang === 'en' ? 'en' : 'es',
    path: query.get('path') || null,
    detail: query.get('detail') ?? '',
  };
}

/** The text the copy button puts on the clipboard: enough for someone else to help. */
export function detailsText(error: StartupError): string {
  return [`Crónica: ${error.problem}`, error.path, error.detail].filter((line) => line).join('\n');
}
