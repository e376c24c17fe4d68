// Presidencies and election results for the visual timeline's and the charts' tests.
import type { Election, Presidency } from '../lib/backend';

export const presidencies: Presidency[] = [
  { figure: { id: 'salvador-allende', name: 'Salvador Allende' }, start: { iso: '1970-11-03', precision: 'day' }, end: { iso: '1973-09-11', precision: 'day' } },
  { figure: { id: 'augusto-pinochet', name: 'Augusto Pinochet' }, start: { iso: '1974-12', precision: 'month' }, end: { iso: '1990-03-11', precision: 'day' } },
];

export const plebiscite1988: Election = {
  id: 'plebiscito-1988',
  kind: 'plebiscite',
  title: 'Plebiscito nacional de 1988',
  event: 'plebiscito-1988',
  date: { iso: '1988-10-05', precision: 'day' },
  note: 'Sobre el total de votos emitidos, el No obtuvo 54,71 % y el Sí 43,01 %.',
  ballots: [
    {
      title: '¿Augusto Pinochet debe seguir en el poder hasta 1997?',
      options: [
        { label: 'No', share: 55.99, votes: 3967569 },
        { label: 'Sí', share: 44.01, votes: 3119110 },
      ],
    },
  ],
  sources: [
    {
      id: 'eswiki-plebiscito-1988', title: 'Plebiscito nacional de Chile de 1988', publisher: 'Wikipedia (español)', author: null, date: null,
      accessed: '2026-11-21', url: 'https://es.wikipedia.org/wiki/Plebiscito_nacional_de_Chile_de_1988', citation: null, kind: 'encyclopedia', language: 'es',
    },
  ],
  mentions: [{ chapter: 'constitucion-1980-plebiscito-1988', section: 'plebiscito' }],
};

export const plebiscite2020: Election = {
  ...plebiscite1988,
  id: 'plebiscito-2020',
  title: 'Plebiscito nacional de 2020',
  event: 'plebiscito-nacional-2020',
  date: { iso: '2020-10-25', precision: 'day' },
  note: null,
  ballots: [
    { title: '¿Quiere usted una nueva Constitución?', options: [{ label: 'Apruebo', share: 78.28, votes: null }, { label: 'Rechazo', share: 21.72, votes: null }] },
    { title: '¿Qué tipo de órgano?', options: [{ label: 'Convención Constitucional', share: 79, votes: null }, { label: 'Convención Mixta', share: 21, votes: null }] },
  ],
  mentions: [],
};
