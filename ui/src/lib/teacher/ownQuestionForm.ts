// The own-question editor keeps the fields of every kind at once, so switching kind back and
// forth loses nothing; saving sends only the chosen kind's answer. Blank fields are plain strings
// here and become "not written" (null) in the draft.
import type { OwnAnswer, OwnQuestion, OwnQuestionDraft } from '../backend';
import { teacherText, textFields } from './teacherText';

export type OwnKind = OwnAnswer['kind'];
export const OWN_KINDS: readonly OwnKind[] = ['multipleChoice', 'trueFalse', 'year', 'order', 'match', 'typed'];

export interface TextRow {
  es: string;
  en: string;
}

export interface PairRow {
  left: TextRow;
  right: TextRow;
}

export interface OwnQuestionForm {
  kind: OwnKind;
  prompt: TextRow;
  explanation: TextRow;
  source: string;
  options: TextRow[];
  rightOption: number;
  truth: boolean;
  year: string;
  items: TextRow[];
  pairs: PairRow[];
  accepted: TextRow[];
}

export const blankRow = (): TextRow => ({ es: '', en: '' });
const rows = (n: number): TextRow[] => Array.from({ length: n }, blankRow);

export function blankForm(): OwnQuestionForm {
  return {
    kind: 'multipleChoice',
    prompt: blankRow(),
    explanation: blankRow(),
    source: '',
    options: rows(4),
    rightOption: 0,
    truth: true,
    year: '',
    items: rows(3),
    pairs: [0, 1, 2].map(() => ({ left: blankRow(), right: blankRow() })),
    accepted: rows(1),
  };
}

export function formFromQuestion(question: OwnQuestion): OwnQuestionForm {
  const form = blankForm();
  form.prompt = textFields(question.prompt);
  form.explanation = textFields(question.explanation);
  form.source = question.source ?? '';
  const { answer } = question;
  form.kind = answer.kind;
  switch (answer.kind) {
    case 'multipleChoice':
      form.options = answer.options.map(textFields);
      form.rightOption = answer.answer;
      break;
    case 'trueFalse':
      form.truth = answer.answer;
      break;
    case 'year':
      form.year = String(answer.answer);
      break;
    case 'order':
      form.items = answer.items.map(textFields);
      break;
    case 'match':
      form.pairs = answer.pairs.map((pair) => ({ left: textFields(pair.left), right: textFields(pair.right) }));
      break;
    case 'typed':
      form.accepted = answer.accepted.map(textFields);
      break;
  }
  return form;
}

/** The year as typed; anything that is not a whole number is sent as 0 for the backend to refuse. */
function yearOf(text: string): number {
  const trimmed = text.trim();
  return /^-?\d{1,6}$/.test(trimmed) ? Number(trimmed) : 0;
}

function answerOf(form: OwnQuestionForm): OwnAnswer {
  switch (form.kind) {
    case 'multipleChoice':
      return { kind: 'multipleChoice', options: form.options.map(teacherText), answer: form.rightOption };
    case 'trueFalse':
      return { kind: 'trueFalse', answer: form.truth };
    case 'year':
      return { kind: 'year', answer: yearOf(form.year) };
    case 'order':
      return { kind: 'order', items: form.items.map(teacherText) };
    case 'match':
      return { kind: 'match', pairs: form.pairs.map((pair) => ({ left: teacherText(pair.left), right: teacherText(pair.right) })) };
    case 'typed':
      return { kind: 'typed', accepted: form.accepted.map(teacherText) };
  }
}

export function draftFromForm(form: OwnQuestionForm): OwnQuestionDraft {
  const source = form.source.trim();
  return {
    prompt: teacherText(form.prompt),
    answer: answerOf(form),
    explanation: teacherText(form.explanation),
    source: source === '' ? null : source,
  };
}
