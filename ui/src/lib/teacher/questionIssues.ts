// The backend checks a teacher's question and answers with issues located by part of the form
// (`part`) and described as data (`problem`). This names the form field each part belongs to and
// words each problem in the interface language; both switches must cover every case.
import type { Lang, QuestionIssue, QuestionPart, QuestionProblem } from '../backend';
import { t } from '../app/appState.svelte';

/** Form fields an issue can be shown next to. */
export type IssueField =
  | `prompt-${Lang}`
  | `explanation-${Lang}`
  | 'options'
  | `optionTexts-${Lang}`
  | 'answer'
  | 'items'
  | 'pairs'
  | `pairTexts-${Lang}`
  | 'source';

export function issueField(part: QuestionPart): IssueField {
  switch (part.part) {
    case 'prompt':
      return `prompt-${part.lang}`;
    case 'explanation':
      return `explanation-${part.lang}`;
    case 'optionTexts':
      return `optionTexts-${part.lang}`;
    case 'pairTexts':
      return `pairTexts-${part.lang}`;
    case 'options':
    case 'answer':
    case 'items':
    case 'pairs':
    case 'source':
      return part.part;
    default:
      return unreachable(part);
  }
}

function languageName(lang: Lang): string {
  return t(`teacher.lang.${lang}`);
}

export function issueMessage(problem: QuestionProblem): string {
  switch (problem.problem) {
    case 'optionCount':
      return t('problem.optionCount', { found: problem.found });
    case 'answerNotAnOption':
      return t('problem.answerNotAnOption', { options: problem.options });
    case 'optionsRepeat':
      return t('problem.optionsRepeat', { language: languageName(problem.lang) });
    case 'rolesRepeat':
      return t('problem.rolesRepeat', { language: languageName(problem.lang) });
    case 'yearOutOfRange':
      return t('problem.yearOutOfRange', { year: problem.year, max: problem.max });
    case 'itemCount':
      return t('problem.itemCount', { found: problem.found });
    case 'pairCount':
      return t('problem.pairCount', { found: problem.found });
    case 'noAcceptedAnswer':
      return t('problem.noAcceptedAnswer');
    case 'acceptedWithoutWords':
      return t('problem.acceptedWithoutWords', { language: languageName(problem.lang) });
    case 'acceptedRepeat':
      return t('problem.acceptedRepeat', { language: languageName(problem.lang) });
    case 'missingText':
      return t('problem.missingText', { language: languageName(problem.lang) });
    case 'tooLong':
      return t('problem.tooLong', { max: problem.max });
    default:
      return unreachable(problem);
  }
}

function unreachable(value: never): never {
  throw new Error(`unknown question issue ${JSON.stringify(value)}`);
}

/** The issues' words, grouped by the field they belong next to (each message once per field). */
export function issuesByField(issues: QuestionIssue[]): Partial<Record<IssueField, string[]>> {
  const grouped: Partial<Record<IssueField, string[]>> = {};
  for (const issue of issues) {
    const messages = (grouped[issueField(issue.part)] ??= []);
    const message = issueMessage(issue.problem);
    if (!messages.includes(message)) messages.push(message);
  }
  return grouped;
}
