import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, waitFor } from '@testing-library/svelte';
import type { Paragraph, Source } from '../backend';
import { answerCommands } from '../../test/backendMock';
import Prose from './Prose.svelte';

vi.mock('@tauri-apps/api/core', () => ({ invoke: vi.fn() }));

const source: Source = {
  id: 'bbc-1',
  title: 'Chile coup anniversary',
  publisher: 'BBC News',
  author: null,
  date: { iso: '2013-09-11', precision: 'day' },
  accessed: null,
  url: 'https://www.bbc.com/news/x',
  citation: null,
  kind: 'press',
  language: 'en',
};

const paragraphs: Paragraph[] = [
  {
    inlines: [
      { kind: 'text', text: 'El ' },
      { kind: 'link', text: 'golpe', target: { kind: 'event', id: 'golpe-1973' } },
      { kind: 'text', text: ' derrocó a ' },
      { kind: 'link', text: 'Salvador Allende', target: { kind: 'figure', id: 'salvador-allende' } },
      { kind: 'text', text: ', un hecho ' },
      { kind: 'emphasis', text: 'muy debatido' },
      { kind: 'text', text: ' (' },
      { kind: 'link', text: 'BBC', target: { kind: 'source', id: 'bbc-1' } },
      { kind: 'text', text: ').' },
    ],
  },
  {
    inlines: [
      { kind: 'link', text: 'estado de sitio', target: { kind: 'term', id: 'estado-de-sitio' } },
      { kind: 'text', text: ', ' },
      { kind: 'link', text: 'capítulo 2', target: { kind: 'chapter', id: 'dictadura' } },
      { kind: 'text', text: ', ' },
      { kind: 'link', text: 'debate', target: { kind: 'perspective', id: 'causas' } },
    ],
  },
];

describe('Prose', () => {
  it('renders text exactly, with emphasis and one paragraph each', () => {
    const { container } = render(Prose, { paragraphs, sources: [source] });
    const ps = container.querySelectorAll('p');
    expect(ps).toHaveLength(2);
    expect(ps[0]?.textContent).toBe('El golpe derrocó a Salvador Allende, un hecho muy debatido (BBC).');
    expect(ps[0]?.querySelector('em')?.textContent).toBe('muy debatido');
  });

  it('links each target kind to its route with test hooks', () => {
    const { container } = render(Prose, { paragraphs, sources: [source] });
    const links = [...container.querySelectorAll('a')].map((a) => [
      a.getAttribute('href'),
      a.dataset.linkKind,
      a.dataset.linkId,
      a.textContent,
    ]);
    expect(links).toEqual([
      ['#/events/golpe-1973', 'event', 'golpe-1973', 'golpe'],
      ['#/figures/salvador-allende', 'figure', 'salvador-allende', 'Salvador Allende'],
      ['#/terms/estado-de-sitio', 'term', 'estado-de-sitio', 'estado de sitio'],
      ['#/chapters/dictadura', 'chapter', 'dictadura', 'capítulo 2'],
      ['#/perspectives/causas', 'perspective', 'causas', 'debate'],
    ]);
  });

  it('never interprets text as HTML', () => {
    const { container } = render(Prose, {
      paragraphs: [{ inlines: [{ kind: 'text', text: '<img src=x onerror=alert(1)>' }] }],
    });
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('opens a known source in place without calling the backend', async () => {
    const invoke = answerCommands({});
    const { container } = render(Prose, { paragraphs, sources: [source] });
    const button = container.querySelector<HTMLButtonElement>('[data-link-kind="source"]')!;
    expect(button.dataset.linkId).toBe('bbc-1');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    await fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(container.textContent).toContain('BBC News');
    expect(container.textContent).toContain('https://www.bbc.com/news/x');
    // URLs are plain text, never links.
    expect(container.querySelector('a[href^="http"]')).toBeNull();
    expect(invoke).not.toHaveBeenCalled();
  });

  it('fetches a source that the section does not list', async () => {
    const invoke = answerCommands({ get_source: () => ({ ...source, publisher: 'Fetched Publisher' }) });
    const { container, findByText } = render(Prose, { paragraphs, sources: [] });
    await fireEvent.click(container.querySelector<HTMLButtonElement>('[data-link-kind="source"]')!);
    expect(await findByText('Fetched Publisher')).toBeTruthy();
    expect(invoke).toHaveBeenCalledWith('get_source', { id: 'bbc-1' });
  });

  it('marks each kind of link with its own drawing and says the kind in the link\'s name', () => {
    const { container } = render(Prose, { paragraphs, sources: [source] });
    const marked = [...container.querySelectorAll('a')].map((a) => [
      a.querySelector('svg')?.dataset.kindIcon,
      a.querySelector('svg')?.getAttribute('aria-hidden'),
      a.getAttribute('aria-label'),
    ]);
    expect(marked).toEqual([
      ['event', 'true', 'golpe (acontecimiento)'],
      ['figure', 'true', 'Salvador Allende (personaje)'],
      ['term', 'true', 'estado de sitio (glosario)'],
      ['chapter', 'true', 'capítulo 2 (capítulo)'],
      ['perspective', 'true', 'debate (perspectiva en debate)'],
    ]);
    // Five kinds, five different drawings.
    const drawings = [...container.querySelectorAll('a svg')].map((svg) => svg.innerHTML);
    expect(new Set(drawings).size).toBe(5);
    // The drawing stays on one line with the first word.
    const lead = container.querySelector('a[data-link-kind="figure"] .prose-link-lead');
    expect(lead?.textContent).toBe('Salvador');
  });

  it('opens a source under its line without splitting the sentence, and Escape closes it', async () => {
    answerCommands({});
    const { container } = render(Prose, { paragraphs, sources: [source] });
    const button = container.querySelector<HTMLButtonElement>('[data-link-kind="source"]')!;
    button.focus();
    await fireEvent.click(button);
    const popover = container.querySelector<HTMLElement>('[data-testid="source-popover"]')!;
    // Drawn over the text below (out of the flow), so ")." stays with its sentence.
    expect(popover.classList.contains('source-popover')).toBe(true);
    expect(popover.style.getPropertyValue('top')).toMatch(/^\d+px$/);
    const sentence = button.parentElement!;
    expect(popover.parentElement).toBe(sentence);
    expect(sentence.textContent?.replace(popover.textContent ?? '', '')).toBe('El golpe derrocó a Salvador Allende, un hecho muy debatido (BBC).');
    expect(popover.getAttribute('role')).toBe('group');
    expect(popover.getAttribute('aria-label')).toBe('Fuente citada');

    await fireEvent.keyDown(popover, { key: 'Escape' });
    await waitFor(() => expect(container.querySelector('[data-testid="source-popover"]')).toBeNull());
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(button);
  });

  it('closes a source with its close button, or by a click elsewhere', async () => {
    answerCommands({});
    const { container } = render(Prose, { paragraphs, sources: [source] });
    const button = container.querySelector<HTMLButtonElement>('[data-link-kind="source"]')!;
    await fireEvent.click(button);
    await fireEvent.click(container.querySelector<HTMLButtonElement>('button[aria-label="Cerrar fuente"]')!);
    expect(container.querySelector('[data-testid="source-popover"]')).toBeNull();
    expect(document.activeElement).toBe(button);

    await fireEvent.click(button);
    // A click inside the popover keeps it open; one elsewhere closes it.
    await fireEvent.pointerDown(container.querySelector('[data-testid="source-popover"] .citation')!);
    expect(container.querySelector('[data-testid="source-popover"]')).toBeTruthy();
    await fireEvent.pointerDown(document.body);
    await waitFor(() => expect(container.querySelector('[data-testid="source-popover"]')).toBeNull());
  });
});
