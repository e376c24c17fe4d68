import { describe, expect, it } from 'vitest';
import { formatRoute, linkTargetRoute, navSection, noteTargetRoute, parseHash, searchTargetRoute, type Route } from './router';

describe('parseHash', () => {
  it.each<[string, Route]>([
    ['', { name: 'home' }],
    ['#', { name: 'home' }],
    ['#/', { name: 'home' }],
    ['#/chapters', { name: 'chapters' }],
    ['#/chapters/', { name: 'chapters' }],
    ['#/chapters/golpe-1973', { name: 'chapter', id: 'golpe-1973', section: null }],
    ['#/chapters/golpe-1973?section=la-moneda', { name: 'chapter', id: 'golpe-1973', section: 'la-moneda' }],
    ['#/chapters/golpe-1973?section=', { name: 'chapter', id: 'golpe-1973', section: null }],
    ['#/chapters/golpe-1973/quiz', { name: 'quiz', id: 'golpe-1973' }],
    ['#/chapters/golpe-1973/practice', { name: 'practice', chapter: 'golpe-1973', era: null }],
    ['#/practice', { name: 'practice', chapter: null, era: null }],
    ['#/practice?era=dictadura', { name: 'practice', chapter: null, era: 'dictadura' }],
    ['#/practice/x', { name: 'notFound', path: '/practice/x' }],
    ['#/timeline', { name: 'timeline', era: null, figure: null }],
    ['#/timeline?era=dictadura', { name: 'timeline', era: 'dictadura', figure: null }],
    ['#/timeline?era=&figure=salvador-allende', { name: 'timeline', era: null, figure: 'salvador-allende' }],
    ['#/events/plebiscito-1988', { name: 'event', id: 'plebiscito-1988' }],
    ['#/figures', { name: 'figures' }],
    ['#/teacher/quiz/q-1/live', { name: 'host', source: 'quiz', id: 'q-1' }],
    ['#/teacher/chapter/golpe-1973/live', { name: 'host', source: 'chapter', id: 'golpe-1973' }],
    ['#/teacher/games', { name: 'liveGames' }],
    ['#/teacher/games/12', { name: 'liveGame', id: 12 }],
    ['#/teacher/games/012', { name: 'notFound', path: '/teacher/games/012' }],
    ['#/teacher/games/x', { name: 'notFound', path: '/teacher/games/x' }],
    ['#/figures/michelle-bachelet', { name: 'figure', id: 'michelle-bachelet' }],
    ['#/glossary', { name: 'glossary' }],
    ['#/terms/binominal', { name: 'term', id: 'binominal' }],
    ['#/perspectives', { name: 'perspectives' }],
    ['#/perspectives/causas-del-golpe', { name: 'perspective', id: 'causas-del-golpe' }],
    ['#/settings', { name: 'settings' }],
    ['#/review', { name: 'review' }],
    ['#/search', { name: 'search', query: '' }],
    ['#/search?q=', { name: 'search', query: '' }],
    ['#/search?q=nacionalizacion+del+cobre', { name: 'search', query: 'nacionalizacion del cobre' }],
    ['#/search?q=Pinochet%20', { name: 'search', query: 'Pinochet ' }],
    ['#/search?q=%C2%ABgolpe%C2%BB', { name: 'search', query: '«golpe»' }],
    ['#/teacher', { name: 'teacher' }],
    ['#/teacher/', { name: 'teacher' }],
    ['#/teacher/quiz/new', { name: 'teacherQuiz', id: null }],
    ['#/teacher/quiz/quiz-00ff', { name: 'teacherQuiz', id: 'quiz-00ff' }],
    ['#/teacher/quiz/quiz-00ff/present', { name: 'present', id: 'quiz-00ff' }],
    ['#/teacher/question/new', { name: 'teacherQuestion', id: null }],
    ['#/teacher/question/own-12ab', { name: 'teacherQuestion', id: 'own-12ab' }],
  ])('%s', (hash, route) => {
    expect(parseHash(hash)).toEqual(route);
  });

  it('decodes percent-encoded ids', () => {
    expect(parseHash('#/figures/salvador%2Dallende')).toEqual({ name: 'figure', id: 'salvador-allende' });
  });

  it('shows ids no content item could carry as not found, without asking the backend', () => {
    const absurd = 'x'.repeat(1_000_000);
    expect(parseHash(`#/events/${absurd}`)).toEqual({ name: 'notFound', path: `/events/${absurd}` });
    expect(parseHash('#/figures/a%20b').name).toBe('notFound');
    expect(parseHash('#/terms/%3Cscript%3E').name).toBe('notFound');
    expect(parseHash('#/chapters/Golpe-1973').name).toBe('notFound');
    expect(parseHash('#/chapters/golpe--1973/quiz').name).toBe('notFound');
    expect(parseHash('#/perspectives/-x').name).toBe('notFound');
    expect(parseHash(`#/teacher/chapter/${'a'.repeat(81)}/live`).name).toBe('notFound');
    expect(parseHash(`#/events/${'a'.repeat(80)}`)).toEqual({ name: 'event', id: 'a'.repeat(80) });
  });

  it('drops query ids no content item could carry', () => {
    expect(parseHash('#/chapters/c1?section=%3Cb%3E')).toEqual({ name: 'chapter', id: 'c1', section: null });
    expect(parseHash(`#/timeline?era=${'e'.repeat(200)}&figure=f1`)).toEqual({ name: 'timeline', era: null, figure: 'f1' });
  });

  it.each(['#/nowhere', '#/chapters/a/b/c', '#/events', '#/settings/extra', '#/review/x', '#/chapters/x/notquiz', '#/figures/%E0%A4%A', '#/teacher/quiz', '#/teacher/quiz/new/present', '#/teacher/quiz/q/other', '#/teacher/question/q/present', '#/teacher/other/x', '#/teacher/question', '#/search/x'])(
    'unknown or malformed %s is notFound',
    (hash) => {
      expect(parseHash(hash).name).toBe('notFound');
    },
  );
});

describe('formatRoute', () => {
  it('formats every route kind', () => {
    expect(formatRoute({ name: 'home' })).toBe('#/');
    expect(formatRoute({ name: 'chapter', id: 'c1', section: null })).toBe('#/chapters/c1');
    expect(formatRoute({ name: 'chapter', id: 'c1', section: 's2' })).toBe('#/chapters/c1?section=s2');
    expect(formatRoute({ name: 'quiz', id: 'c1' })).toBe('#/chapters/c1/quiz');
    expect(formatRoute({ name: 'practice', chapter: 'c1', era: null })).toBe('#/chapters/c1/practice');
    expect(formatRoute({ name: 'practice', chapter: null, era: 'dictadura' })).toBe('#/practice?era=dictadura');
    expect(formatRoute({ name: 'practice', chapter: null, era: null })).toBe('#/practice');
    expect(formatRoute({ name: 'timeline', era: null, figure: null })).toBe('#/timeline');
    expect(formatRoute({ name: 'timeline', era: 'e', figure: 'f' })).toBe('#/timeline?era=e&figure=f');
    expect(formatRoute({ name: 'timeline', era: null, figure: 'f' })).toBe('#/timeline?figure=f');
    expect(formatRoute({ name: 'term', id: 't' })).toBe('#/terms/t');
    expect(formatRoute({ name: 'perspective', id: 'p' })).toBe('#/perspectives/p');
  });

  it('round-trips through parseHash', () => {
    const routes: Route[] = [
      { name: 'home' },
      { name: 'chapters' },
      { name: 'chapter', id: 'unidad-popular', section: 'reforma-agraria' },
      { name: 'quiz', id: 'unidad-popular' },
      { name: 'timeline', era: 'transicion', figure: 'patricio-aylwin' },
      { name: 'event', id: 'e' },
      { name: 'figures' },
      { name: 'figure', id: 'f' },
      { name: 'glossary' },
      { name: 'term', id: 't' },
      { name: 'perspectives' },
      { name: 'perspective', id: 'p' },
      { name: 'settings' },
      { name: 'review' },
      { name: 'figure', id: 'salvador-allende' },
      { name: 'teacher' },
      { name: 'teacherQuiz', id: null },
      { name: 'teacherQuiz', id: 'quiz-1' },
      { name: 'teacherQuestion', id: null },
      { name: 'teacherQuestion', id: 'own-1' },
      { name: 'present', id: 'quiz 1/x' },
      { name: 'search', query: '' },
      { name: 'search', query: 'nacionalización del cobre' },
      // Exactly as typed: a trailing space (a finished word), quotes, operators, markup, '&', '#', '+'.
      { name: 'search', query: 'allende ' },
      { name: 'search', query: '"golpe" OR NEAR(a b) * -x' },
      { name: 'search', query: '<img src=x onerror=alert(1)>' },
      { name: 'search', query: 'a&q=b#c+d%20e?f/g' },
    ];
    for (const route of routes) expect(parseHash(formatRoute(route))).toEqual(route);
  });
});

describe('linkTargetRoute', () => {
  it('maps prose link kinds to routes', () => {
    expect(formatRoute(linkTargetRoute('figure', 'x')!)).toBe('#/figures/x');
    expect(formatRoute(linkTargetRoute('event', 'x')!)).toBe('#/events/x');
    expect(formatRoute(linkTargetRoute('term', 'x')!)).toBe('#/terms/x');
    expect(formatRoute(linkTargetRoute('chapter', 'x')!)).toBe('#/chapters/x');
    expect(formatRoute(linkTargetRoute('perspective', 'x')!)).toBe('#/perspectives/x');
    expect(linkTargetRoute('source', 'x')).toBeNull();
  });
});

describe('noteTargetRoute', () => {
  it('opens the item a note annotates', () => {
    expect(formatRoute(noteTargetRoute({ kind: 'section', chapterId: 'c', sectionId: 's' }))).toBe('#/chapters/c?section=s');
    expect(formatRoute(noteTargetRoute({ kind: 'event', id: 'e' }))).toBe('#/events/e');
    expect(formatRoute(noteTargetRoute({ kind: 'figure', id: 'f' }))).toBe('#/figures/f');
    expect(formatRoute(noteTargetRoute({ kind: 'term', id: 't' }))).toBe('#/terms/t');
  });
});

describe('searchTargetRoute', () => {
  it('opens the screen a search result names', () => {
    expect(formatRoute(searchTargetRoute({ screen: 'chapter', id: 'c', section: null }))).toBe('#/chapters/c');
    expect(formatRoute(searchTargetRoute({ screen: 'chapter', id: 'c', section: 's' }))).toBe('#/chapters/c?section=s');
    expect(formatRoute(searchTargetRoute({ screen: 'quiz', id: 'c', section: null }))).toBe('#/chapters/c/quiz');
    expect(formatRoute(searchTargetRoute({ screen: 'event', id: 'e', section: null }))).toBe('#/events/e');
    expect(formatRoute(searchTargetRoute({ screen: 'figure', id: 'f', section: null }))).toBe('#/figures/f');
    expect(formatRoute(searchTargetRoute({ screen: 'term', id: 't', section: null }))).toBe('#/terms/t');
    expect(formatRoute(searchTargetRoute({ screen: 'perspective', id: 'p', section: null }))).toBe('#/perspectives/p');
  });

  it('formats a search with its text in the query', () => {
    expect(formatRoute({ name: 'search', query: '' })).toBe('#/search');
    expect(formatRoute({ name: 'search', query: 'nacionalizacion del cobre' })).toBe('#/search?q=nacionalizacion+del+cobre');
  });
});

describe('navSection', () => {
  it('puts detail screens under their list', () => {
    expect(navSection({ name: 'quiz', id: 'c' })).toBe('chapters');
    expect(navSection({ name: 'event', id: 'e' })).toBe('timeline');
    expect(navSection({ name: 'term', id: 't' })).toBe('glossary');
    expect(navSection({ name: 'perspective', id: 'p' })).toBeNull();
    expect(navSection({ name: 'search', query: 'x' })).toBeNull();
    expect(navSection({ name: 'teacherQuiz', id: null })).toBe('teacher');
    expect(navSection({ name: 'teacherQuestion', id: 'q' })).toBe('teacher');
    expect(navSection({ name: 'present', id: 'q' })).toBe('teacher');
  });

  it('formats the teacher routes', () => {
    expect(formatRoute({ name: 'teacher' })).toBe('#/teacher');
    expect(formatRoute({ name: 'teacherQuiz', id: null })).toBe('#/teacher/quiz/new');
    expect(formatRoute({ name: 'teacherQuiz', id: 'quiz-1' })).toBe('#/teacher/quiz/quiz-1');
    expect(formatRoute({ name: 'teacherQuestion', id: null })).toBe('#/teacher/question/new');
    expect(formatRoute({ name: 'present', id: 'quiz-1' })).toBe('#/teacher/quiz/quiz-1/present');
  });
});
