// English strings for review with spaced repetition; the keys are those of es/review.ts.
import type { esReview } from '../es/review';

export const enReview: Record<keyof typeof esReview, string> = {
  'nav.review': 'Review',
  'review.title': 'Review',
  'review.intro':
    'Questions you have answered come back when it is time to review them: the ones you missed, today; the ones you got right, at ever longer intervals.',
  'review.due.one': '1 question to review today',
  'review.due.other': '{n} questions to review today',
  'review.byChapter': 'By chapter',
  'review.chapterCount.one': '1 question',
  'review.chapterCount.other': '{n} questions',
  'review.start': 'Start review',
  'review.continue': 'Keep reviewing',
  'review.progress': 'Question {n} of {total}',
  'review.fromChapter': 'From the chapter “{chapter}”',
  'review.nextDue': 'Next review: {when}',
  'review.next': 'Next',
  'review.finish': 'Finish',
  'review.sessionDone': 'Review finished: {correct} of {total} answers right.',
  'review.nothingDue': 'Nothing due today',
  'review.nothingYet': 'There is nothing to review yet. Answer a chapter’s quiz and its questions will come back here.',
  'review.toChapters': 'Go to the chapters',
  'home.review': 'Review',
  'home.reviewNow': 'Review now',
  'date.today': 'today',
  'date.tomorrow': 'tomorrow',
  'date.inDays': 'in {n} days',
  'date.relative': '{relative}, {date}',
};
