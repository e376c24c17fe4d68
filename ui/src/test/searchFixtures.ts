// Search answers shaped like the backend's, for the search box and results screen tests.
import type { SearchHit, SearchKind, SearchResults, SearchTarget, Segment } from '../lib/backend';

/** Segments from a title written with [brackets] around the matches: "[Nacionalización] del [cobre]". */
export function marked(text: string): Segment[] {
  return text
    .split(/(\[[^\]]*\])/)
    .filter((part) => part !== '')
    .map((part) => (part.startsWith('[') ? { text: part.slice(1, -1), highlighted: true } : { text: part, highlighted: false }));
}

export function hit(kind: SearchKind, title: string, opens: SearchTarget, extra: Partial<SearchHit> = {}): SearchHit {
  return { kind, id: opens.id, section: opens.section, title: marked(title), context: '', date: null, snippet: [], opens, ...extra };
}

export const copper: SearchResults = {
  groups: [
    {
      kind: 'event',
      more: false,
      hits: [
        hit('event', '[Nacionalización] de la gran minería [del] [cobre]', { screen: 'event', id: 'nacionalizacion-del-cobre', section: null }, {
          date: { iso: '1971-07-11', precision: 'day' },
          snippet: marked('El Congreso Pleno aprobó la reforma que permitió nacionalizar la gran minería [del] [cobre] …'),
        }),
        hit('event', 'Chilenización [del] [cobre]', { screen: 'event', id: 'chilenizacion-del-cobre', section: null }, {
          date: { iso: '1966', precision: 'year' },
        }),
      ],
    },
    {
      kind: 'chapter',
      more: false,
      hits: [
        hit('chapter', 'El [cobre], «sueldo de Chile»', { screen: 'chapter', id: 'unidad-popular', section: 'cobre' }, {
          context: 'La Unidad Popular',
          snippet: marked('… la [nacionalización] [del] [cobre] fue aprobada por unanimidad …'),
        }),
      ],
    },
    {
      kind: 'question',
      more: true,
      hits: [
        hit('question', '¿En qué año se aprobó la [nacionalización] [del] [cobre]?', { screen: 'quiz', id: 'unidad-popular', section: null }, {
          context: 'La Unidad Popular',
        }),
      ],
    },
  ],
  suggestions: [],
};

export const nothingButSuggestions: SearchResults = {
  groups: [],
  suggestions: [
    { kind: 'figure', title: 'Augusto Pinochet Ugarte', context: 'Comandante en Jefe del Ejército', opens: { screen: 'figure', id: 'augusto-pinochet', section: null } },
    { kind: 'figure', title: 'Miguel Enríquez Espinosa', context: '', opens: { screen: 'figure', id: 'miguel-enriquez', section: null } },
  ],
};

export const nothing: SearchResults = { groups: [], suggestions: [] };

/** One result whose only title is `title`, highlighted whole. */
export function single(kind: SearchKind, title: string, id: string): SearchResults {
  const screen = kind === 'question' ? 'quiz' : kind === 'source' ? 'event' : kind === 'note' ? 'chapter' : kind;
  return { groups: [{ kind, more: false, hits: [hit(kind, `[${title}]`, { screen, id, section: null })] }], suggestions: [] };
}
