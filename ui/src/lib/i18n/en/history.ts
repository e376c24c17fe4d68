// English strings for the visual timeline and the election charts, key for key with the Spanish ones.
import type { esHistory } from '../es/history';

export const enHistory: Record<keyof typeof esHistory, string> = {
  'timeline.view.label': 'Timeline view',
  'timeline.view.list': 'List',
  'timeline.view.visual': 'Chart',
  'timeline.elections': 'Elections and plebiscites',
  'timeline.visual.label': 'Timeline chart',
  'timeline.visual.help':
    'With the focus on the timeline: + and − zoom in and out, the arrow keys move it, Home and End go to either end. Tab goes through the events on screen and Enter opens the one chosen. With a mouse, the wheel zooms and dragging moves; on a touch screen, pinch or swipe.',
  'timeline.visual.zoomIn': 'Zoom in',
  'timeline.visual.zoomOut': 'Zoom out',
  'timeline.visual.showAll': 'Show all',
  'timeline.visual.showing': 'Showing {from} to {to}',
  'timeline.visual.eras': 'Eras',
  'timeline.visual.presidencies': 'Presidencies',
  'timeline.visual.events': 'Events',
  'timeline.visual.inOffice': 'in office',
  'timeline.visual.hint': 'Point at or focus an event to see its title.',
  'elections.title': 'Elections and plebiscites',
  'elections.intro':
    'The results of the votes the chapters discuss, as a percentage of valid votes (blank and spoilt ballots left out), with their sources.',
  'elections.kind.presidential': 'Presidential election',
  'elections.kind.plebiscite': 'Plebiscite',
  'elections.showTable': 'Show as table',
  'elections.hideTable': 'Hide the table',
  'elections.option': 'Option',
  'elections.share': 'Valid votes (%)',
  'elections.votes': 'Votes',
  'elections.votesUnknown': 'not given',
  'elections.chartLabel': '{title} — {results}',
  'elections.openEvent': 'See the event',
  'elections.openEventLabel': 'See the event: {title}',
  'elections.sources': 'Sources of the results',
  'elections.inChapter': 'Results',
};
