// Hash-based routing: the app is served from a custom protocol with no server to answer deep
// links, and the hash keeps back/forward working for free. Routes are a typed union so a screen
// can never be asked for a parameter its path does not carry.
import type { ItemKind, NoteTarget, SearchTarget } from '../backend';

export type Route =
  | { name: 'home' }
  | { name: 'chapters' }
  | { name: 'chapter'; id: string; section: string | null }
  | { name: 'quiz'; id: string }
  /** Review with spaced repetition: what is due today across all chapters. */
  | { name: 'review' }
  /** Practice with the questions generated from the data: a chapter's, an era's, or (both null) all. */
  | { name: 'practice'; chapter: string | null; era: string | null }
  | { name: 'timeline'; era: string | null; figure: string | null }
  | { name: 'event'; id: string }
  /** Every election and plebiscite, as charts. */
  | { name: 'elections' }
  | { name: 'figures' }
  | { name: 'figure'; id: string }
  | { name: 'glossary' }
  | { name: 'term'; id: string }
  | { name: 'perspectives' }
  | { name: 'perspective'; id: string }
  /** Search results; `query` is the text exactly as typed (a trailing space means a finished word). */
  | { name: 'search'; query: string }
  | { name: 'settings' }
  /** The learner's notes and bookmarks, grouped by what they annotate. */
  | { name: 'notes' }
  /** The progress dashboard. */
  | { name: 'progress' }
  | { name: 'teacher' }
  /** The quiz builder; `id` is null for a new quiz. */
  | { name: 'teacherQuiz'; id: string | null }
  /** The own-question editor; `id` is null for a new question. */
  | { name: 'teacherQuestion'; id: string | null }
  | { name: 'present'; id: string }
  /** Hosting a live game of a teacher's quiz or a chapter's questions. */
  | { name: 'host'; source: LiveSourceKind; id: string }
  | { name: 'liveGames' }
  | { name: 'liveGame'; id: number }
  | { name: 'notFound'; path: string };

export type LiveSourceKind = 'quiz' | 'chapter';

export type RouteName = Route['name'];

function nonEmpty(value: string | null): string | null {
  return value === null || value === '' ? null : value;
}

/**
 * Whether `id` can name a content item: the content compiler accepts only such slugs (lowercase
 * letters, digits and single inner hyphens, at most 80 characters), so any other id in an address
 * is a broken link, shown as not found without asking the backend.
 */
export function isContentId(id: string): boolean {
  return id.length <= 80 && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(id);
}

/** A content id from the address, or null (not found) when no content item could carry it. */
function contentId(id: string | undefined): string | null {
  return id !== undefined && isContentId(id) ? id : null;
}

/** An optional content id from the query: one no item could carry is dropped. */
function optionalContentId(value: string | null): string | null {
  return value !== null && isContentId(value) ? value : null;
}

function decode(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

/** Turns `location.hash` ("#/chapters/x?section=y", "", "#/") into a route. */
export function parseHash(hash: string): Route {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  const queryAt = raw.indexOf('?');
  const path = queryAt === -1 ? raw : raw.slice(0, queryAt);
  const query = new URLSearchParams(queryAt === -1 ? '' : raw.slice(queryAt + 1));
  const decoded = path.split('/').filter((s) => s !== '').map(decode);
  if (decoded.some((s) => s === null)) return { name: 'notFound', path: raw };
  const segments = decoded as string[];
  const [first, id, extra] = segments;

  if (segments.length === 0) return { name: 'home' };
  switch (first) {
    case 'chapters': {
      if (id === undefined) return { name: 'chapters' };
      const chapter = contentId(id);
      if (chapter === null) break;
      if (extra === undefined && segments.length === 2) {
        return { name: 'chapter', id: chapter, section: optionalContentId(query.get('section')) };
      }
      if (extra === 'quiz' && segments.length === 3) return { name: 'quiz', id: chapter };
      if (extra === 'practice' && segments.length === 3) return { name: 'practice', chapter, era: null };
      break;
    }
    case 'practice':
      if (segments.length === 1) return { name: 'practice', chapter: null, era: optionalContentId(nonEmpty(query.get('era'))) };
      break;
    case 'timeline':
      if (segments.length === 1) {
        return {
          name: 'timeline',
          era: optionalContentId(nonEmpty(query.get('era'))),
          figure: optionalContentId(nonEmpty(query.get('figure'))),
        };
      }
      break;
    case 'elections':
      if (segments.length === 1) return { name: 'elections' };
      break;
    case 'figures': {
      if (segments.length === 1) return { name: 'figures' };
      const figure = contentId(id);
      if (segments.length === 2 && figure !== null) return { name: 'figure', id: figure };
      break;
    }
    case 'glossary':
      if (segments.length === 1) return { name: 'glossary' };
      break;
    case 'search':
      if (segments.length === 1) return { name: 'search', query: query.get('q') ?? '' };
      break;
    case 'settings':
      if (segments.length === 1) return { name: 'settings' };
      break;
    case 'review':
      if (segments.length === 1) return { name: 'review' };
      break;
    case 'notes':
    case 'progress':
      if (segments.length === 1) return { name: first };
      break;
    case 'teacher':
      return parseTeacher(segments.slice(1)) ?? { name: 'notFound', path: raw };
    case 'events':
    case 'terms':
    case 'perspectives': {
      if (first === 'perspectives' && segments.length === 1) return { name: 'perspectives' };
      const item = contentId(id);
      if (segments.length === 2 && item !== null) {
        const name = first === 'events' ? 'event' : first === 'terms' ? 'term' : 'perspective';
        return { name, id: item };
      }
      break;
    }
  }
  return { name: 'notFound', path: raw };
}

// "new" names the blank form; real ids come from the backend and never take that name.
const NEW = 'new';

/** The part of the path after "teacher/": the area, a quiz (to build or present) or a question. */
function parseTeacher(rest: string[]): Route | null {
  const [what, id, action] = rest;
  if (what === undefined) return { name: 'teacher' };
  if (what === 'games' && id === undefined) return { name: 'liveGames' };
  if (id === undefined) return null;
  if (what === 'quiz') {
    if (rest.length === 2) return { name: 'teacherQuiz', id: id === NEW ? null : id };
    if (rest.length === 3 && action === 'present' && id !== NEW) return { name: 'present', id };
    if (rest.length === 3 && action === 'live' && id !== NEW) return { name: 'host', source: 'quiz', id };
  }
  if (what === 'chapter' && rest.length === 3 && action === 'live' && isContentId(id)) return { name: 'host', source: 'chapter', id };
  if (what === 'games' && rest.length === 2) {
    const game = Number(id);
    return Number.isSafeInteger(game) && game > 0 && String(game) === id ? { name: 'liveGame', id: game } : null;
  }
  if (what === 'question' && rest.length === 2) return { name: 'teacherQuestion', id: id === NEW ? null : id };
  return null;
}

function withQuery(path: string, params: Record<string, string | null>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) query.set(key, value);
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

const enc = encodeURIComponent;

/** The inverse of parseHash: the `href` for a route, always starting with "#/". */
export function formatRoute(route: Route): string {
  switch (route.name) {
    case 'home':
      return '#/';
    case 'chapters':
      return '#/chapters';
    case 'chapter':
      return withQuery(`#/chapters/${enc(route.id)}`, { section: route.section });
    case 'quiz':
      return `#/chapters/${enc(route.id)}/quiz`;
    case 'practice':
      return route.chapter !== null ? `#/chapters/${enc(route.chapter)}/practice` : withQuery('#/practice', { era: route.era });
    case 'timeline':
      return withQuery('#/timeline', { era: route.era, figure: route.figure });
    case 'event':
      return `#/events/${enc(route.id)}`;
    case 'elections':
      return '#/elections';
    case 'figures':
      return '#/figures';
    case 'figure':
      return `#/figures/${enc(route.id)}`;
    case 'glossary':
      return '#/glossary';
    case 'term':
      return `#/terms/${enc(route.id)}`;
    case 'perspectives':
      return '#/perspectives';
    case 'perspective':
      return `#/perspectives/${enc(route.id)}`;
    case 'search':
      return withQuery('#/search', { q: route.query });
    case 'settings':
      return '#/settings';
    case 'review':
      return '#/review';
    case 'notes':
      return '#/notes';
    case 'progress':
      return '#/progress';
    case 'teacher':
      return '#/teacher';
    case 'teacherQuiz':
      return `#/teacher/quiz/${route.id === null ? NEW : enc(route.id)}`;
    case 'teacherQuestion':
      return `#/teacher/question/${route.id === null ? NEW : enc(route.id)}`;
    case 'present':
      return `#/teacher/quiz/${enc(route.id)}/present`;
    case 'host':
      return `#/teacher/${route.source}/${enc(route.id)}/live`;
    case 'liveGames':
      return '#/teacher/games';
    case 'liveGame':
      return `#/teacher/games/${route.id}`;
    case 'notFound':
      return `#/${route.path.replace(/^\/+/, '')}`;
  }
}

/**
 * Where a link inside prose goes. Sources have no screen of their own (they are shown in place),
 * so they return null and the prose renderer draws them differently; prose never links to eras or
 * questions (the content compiler refuses it), which have no screen either.
 */
export function linkTargetRoute(kind: ItemKind, id: string): Route | null {
  switch (kind) {
    case 'figure':
      return { name: 'figure', id };
    case 'event':
      return { name: 'event', id };
    case 'term':
      return { name: 'term', id };
    case 'chapter':
      return { name: 'chapter', id, section: null };
    case 'perspective':
      return { name: 'perspective', id };
    case 'source':
    case 'era':
    case 'question':
      return null;
  }
}

/** The screen a search result or suggestion opens. */
export function searchTargetRoute(target: SearchTarget): Route {
  if (target.screen === 'chapter') return { name: 'chapter', id: target.id, section: target.section };
  // Every other screen is named as its route and opens one item.
  return { name: target.screen, id: target.id };
}

/** The screen a note or bookmark opens: the item it annotates. */
export function noteTargetRoute(target: NoteTarget): Route {
  if (target.kind === 'section') return { name: 'chapter', id: target.chapterId, section: target.sectionId };
  // An event, a figure or a term: its kind is the name of its route.
  return { name: target.kind, id: target.id };
}

/** Which navigation item a route belongs to, for aria-current in the header. */
export function navSection(
  route: Route,
): 'home' | 'chapters' | 'review' | 'progress' | 'notes' | 'timeline' | 'figures' | 'glossary' | 'teacher' | 'settings' | null {
  switch (route.name) {
    case 'home':
      return 'home';
    case 'chapters':
    case 'chapter':
    case 'quiz':
    case 'practice':
      return 'chapters';
    case 'timeline':
    case 'event':
    case 'elections':
      return 'timeline';
    case 'figures':
    case 'figure':
      return 'figures';
    case 'glossary':
    case 'term':
      return 'glossary';
    case 'teacher':
    case 'teacherQuiz':
    case 'teacherQuestion':
    case 'present':
    case 'host':
    case 'liveGames':
    case 'liveGame':
      return 'teacher';
    case 'settings':
      return 'settings';
    case 'review':
      return 'review';
    case 'progress':
      return 'progress';
    case 'notes':
      return 'notes';
    default:
      return null;
  }
}
