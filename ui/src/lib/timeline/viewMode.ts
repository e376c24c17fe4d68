// Which view of the timeline the learner chose last (the list or the chart), kept in the webview's
// storage so the choice survives a restart. Storage that refuses (private modes) means the list.

export type TimelineView = 'list' | 'visual';

const KEY = 'cronica.timelineView';

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export function loadTimelineView(): TimelineView {
  try {
    return storage()?.getItem(KEY) === 'visual' ? 'visual' : 'list';
  } catch {
    return 'list';
  }
}

export function saveTimelineView(view: TimelineView): void {
  try {
    storage()?.setItem(KEY, view);
  } catch {
    // Full or refused storage: the choice lasts for this session only.
  }
}
