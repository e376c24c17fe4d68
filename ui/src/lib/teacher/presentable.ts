// Bank questions and the teacher's own come in different shapes; the builder's list and the
// presenter show both the same way. This turns either into one plain view: what to show before
// the answer (in an order that does not give it away), and the answer, explanation and sources.
import type { BankQuestion, Lang, OwnAnswer, OwnQuestion, QuestionKind, QuizItemView, Source } from '../backend';
import { t } from '../app/appState.svelte';
import { wordCorrectAnswer } from '../quiz/answerWording';
import { scrambled } from './scramble';
import { shownText } from './teacherText';

export type PresentableKind = QuestionKind | 'typed';

export interface Presentable {
  kind: PresentableKind;
  prompt: string;
  /** Multiple choice: the options as shown, the right one marked. */
  choices: { text: string; correct: boolean }[];
  /** Order: the items to put in order, mixed. */
  orderItems: string[];
  /** Match: the left column as written, the right column mixed. */
  matchLeft: string[];
  matchRight: string[];
  answer: string;
  explanation: string;
  sources: Source[];
  /** An own question's source, as the teacher wrote it. */
  sourceNote: string | null;
}

export function kindLabel(kind: PresentableKind): string {
  return t(`teacher.kind.${kind}`);
}

export function presentBank(question: BankQuestion): Presentable {
  const { body, answer } = question;
  const rightOption = answer.kind === 'multipleChoice' ? answer.option.id : null;
  return {
    kind: question.kind,
    prompt: question.prompt,
    choices: body.kind === 'multipleChoice' ? body.options.map((o) => ({ text: o.text, correct: o.id === rightOption })) : [],
    orderItems: body.kind === 'order' ? body.items.map((item) => item.title) : [],
    matchLeft: body.kind === 'match' ? body.figures.map((figure) => figure.name) : [],
    matchRight: body.kind === 'match' ? body.roles.map((role) => role.text) : [],
    answer: wordCorrectAnswer(answer),
    explanation: question.explanation,
    sources: question.sources,
    sourceNote: null,
  };
}

/** An own answer in words, in `lang` where written. */
export function wordOwnAnswer(answer: OwnAnswer, lang: Lang): string {
  switch (answer.kind) {
    case 'multipleChoice': {
      const option = answer.options[answer.answer];
      return option ? shownText(option, lang) : '';
    }
    case 'trueFalse':
      return answer.answer ? t('quiz.true') : t('quiz.false');
    case 'year':
      return String(answer.answer);
    case 'order':
      return answer.items.map((item) => shownText(item, lang)).join(' → ');
    case 'match':
      return answer.pairs.map((pair) => `${shownText(pair.left, lang)}: ${shownText(pair.right, lang)}`).join('; ');
    case 'typed':
      return answer.accepted.map((text) => shownText(text, lang)).join(' / ');
    default:
      return unreachable(answer);
  }
}

function unreachable(answer: never): never {
  throw new Error(`unknown answer kind ${JSON.stringify(answer)}`);
}

export function presentOwn(question: OwnQuestion, lang: Lang): Presentable {
  const { answer } = question;
  const texts = (list: { es: string | null; en: string | null }[]) => list.map((text) => shownText(text, lang));
  return {
    kind: answer.kind,
    prompt: shownText(question.prompt, lang),
    choices:
      answer.kind === 'multipleChoice'
        ? answer.options.map((option, index) => ({ text: shownText(option, lang), correct: index === answer.answer }))
        : [],
    orderItems: answer.kind === 'order' ? scrambled(texts(answer.items), question.id) : [],
    matchLeft: answer.kind === 'match' ? texts(answer.pairs.map((pair) => pair.left)) : [],
    matchRight: answer.kind === 'match' ? scrambled(texts(answer.pairs.map((pair) => pair.right)), question.id) : [],
    answer: wordOwnAnswer(answer, lang),
    explanation: shownText(question.explanation, lang),
    sources: [],
    sourceNote: question.source?.trim() ? question.source.trim() : null,
  };
}

/** A quiz item's question, or null when it no longer exists. */
export function presentItem(view: QuizItemView, lang: Lang): Presentable | null {
  switch (view.status) {
    case 'bank':
      return presentBank(view.question);
    case 'own':
      return presentOwn(view.question, lang);
    case 'missing':
      return null;
  }
}
