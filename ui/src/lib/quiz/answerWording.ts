// The right answer in words. The backend sends it as data; the wording is the UI's, in the UI's
// language. Shared by the learner's feedback and the teacher's views of the bank.
import type { CorrectAnswer } from '../backend';
import { t } from '../app/appState.svelte';

export function wordCorrectAnswer(answer: CorrectAnswer): string {
  switch (answer.kind) {
    case 'multipleChoice':
      return answer.option.text;
    case 'trueFalse':
      return answer.value ? t('quiz.true') : t('quiz.false');
    case 'year':
      return String(answer.year);
    case 'order':
      return answer.items.map((item) => item.title).join(' → ');
    case 'match':
      return answer.pairs.map((pair) => `${pair.figure.name}: ${pair.role}`).join('; ');
    case 'typed':
      return answer.answer;
    default:
      return unreachable(answer);
  }
}

function unreachable(answer: never): never {
  throw new Error(`unknown answer kind ${JSON.stringify(answer)}`);
}

/** The other answers a typed question accepts, in words; empty for other kinds or when there are none. */
export function wordOtherAccepted(answer: CorrectAnswer): string {
  return answer.kind === 'typed' ? answer.others.join(' · ') : '';
}
