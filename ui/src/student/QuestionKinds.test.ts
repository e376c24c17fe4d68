import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';
import { tick } from 'svelte';
import StudentApp from './StudentApp.svelte';
import { StudentClient } from './connection';
import { fakeDeps } from './fakeSocket';
import { storageKeys } from './connection';
import { setLang } from './lang.svelte';

afterEach(() => setLang('es', null));

const HOSTILE = '<img src=x onerror=alert(1)>';

async function joined() {
  const fake = fakeDeps();
  const client = new StudentClient(fake.deps);
  render(StudentApp, { client });
  await fireEvent.input(screen.getByTestId('join-pin'), { target: { value: '482913' } });
  await fireEvent.input(screen.getByTestId('join-nickname'), { target: { value: 'Ana' } });
  await fireEvent.submit(screen.getByTestId('join-form'));
  fake.socket.open();
  fake.socket.receive({ type: 'joined', playerId: 1, token: 'ff', nickname: 'Ana', score: 0 });
  await tick();
  return { fake, client };
}

const base = { index: 0, total: 3, points: 1000, timeLimitMs: 20_000, deadlineMs: 20_000 };
const orderQuestion = {
  type: 'question', questionId: 'o', prompt: 'Ordena', kind: 'order', ...base,
  options: [{ id: '0', text: 'Golpe' }, { id: '1', text: 'Elección de 1970' }, { id: '2', text: HOSTILE }],
};
const matchQuestion = {
  type: 'question', questionId: 'm', prompt: 'Relaciona', kind: 'match', ...base,
  left: [{ id: '0', text: 'Frei' }, { id: '1', text: 'Allende' }],
  options: [{ id: '0', text: 'Vía chilena' }, { id: '1', text: 'Revolución en libertad' }],
};
const typedQuestion = { type: 'question', questionId: 't', prompt: '¿Quién ganó en 1970?', kind: 'typed', ...base, options: [] };

const texts = (testid: string) => screen.getAllByTestId(testid).map((e) => e.querySelector('.st-order-text')?.textContent ?? e.textContent);

describe('order questions', () => {
  it('moves items with Up and Down buttons, keeps the focus on the moved item, says where it went, and sends the order', async () => {
    const { fake } = await joined();
    fake.socket.receive(orderQuestion);
    await tick();
    expect(texts('order-item')).toEqual(['Golpe', 'Elección de 1970', HOSTILE]);
    expect(document.querySelector('img')).toBeNull();
    const ups = screen.getAllByTestId('order-up');
    const downs = screen.getAllByTestId('order-down');
    expect(ups.every((b) => b.tagName === 'BUTTON' && b.getAttribute('tabindex') === null)).toBe(true);
    expect(ups[0]!.hasAttribute('disabled')).toBe(true);
    expect(downs[2]!.hasAttribute('disabled')).toBe(true);
    expect(screen.getByRole('button', { name: 'Subir «Elección de 1970»' })).toBe(ups[1]);

    ups[1]!.focus();
    await fireEvent.click(ups[1]!);
    await tick();
    expect(texts('order-item')).toEqual(['Elección de 1970', 'Golpe', HOSTILE]);
    expect(screen.getByTestId('order-status').textContent).toBe('«Elección de 1970» quedó en el lugar 1 de 3.');
    // At the top its Up button is disabled, so the focus goes to its Down button, still on the same item.
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Bajar «Elección de 1970»' }));

    const golpeDown = screen.getByRole('button', { name: 'Bajar «Golpe»' });
    golpeDown.focus();
    await fireEvent.click(golpeDown);
    await tick();
    expect(texts('order-item')).toEqual(['Elección de 1970', HOSTILE, 'Golpe']);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Subir «Golpe»' }));

    await fireEvent.submit(screen.getByTestId('order-form'));
    expect(fake.socket.sent.at(-1)).toEqual({ type: 'answer', questionId: 'o', order: ['1', '2', '0'] });
    fake.socket.receive({ type: 'answerAccepted', questionId: 'o', answer: { order: ['1', '2', '0'] } });
    await tick();
    expect([...screen.getByTestId('own-answer').querySelectorAll('li')].map((li) => li.textContent)).toEqual(['Elección de 1970', HOSTILE, 'Golpe']);
  });

  it('shows the right order and the player’s own after the reveal, in English when chosen', async () => {
    const { fake } = await joined();
    await fireEvent.click(screen.getByTestId('lang-en'));
    fake.socket.receive(orderQuestion);
    await tick();
    expect(screen.getByRole('button', { name: 'Move “Golpe” down' })).toBeTruthy();
    expect(screen.getByTestId('order-submit').textContent).toBe('Send this order');
    fake.socket.receive({
      type: 'result', questionId: 'o', index: 0, yourAnswer: { order: ['0', '1', '2'] }, right: false, points: 0, totalScore: 0, rank: 2,
      correct: { order: ['1', '2', '0'] }, explanation: '', source: null,
    });
    await tick();
    expect(screen.getByTestId('result-outcome').textContent?.trim()).toBe('Not right');
    const items = (testid: string) => [...screen.getByTestId(testid).querySelectorAll('li')].map((li) => li.textContent);
    expect(items('result-yours')).toEqual(['Golpe', 'Elección de 1970', HOSTILE]);
    expect(items('result-correct')).toEqual(['Elección de 1970', HOSTILE, 'Golpe']);
  });
});

describe('match questions', () => {
  it('has one labelled select per item, names the ones missing, and sends the options chosen', async () => {
    const { fake } = await joined();
    fake.socket.receive(matchQuestion);
    await tick();
    const selects = screen.getAllByTestId('match-select') as HTMLSelectElement[];
    expect(selects).toHaveLength(2);
    expect(screen.getByLabelText('Frei')).toBe(selects[0]);
    expect([...selects[0]!.options].map((o) => o.textContent)).toEqual(['Elige…', 'Vía chilena', 'Revolución en libertad']);

    await fireEvent.change(selects[0]!, { target: { value: '1' } });
    await fireEvent.click(screen.getByTestId('match-submit'));
    expect(screen.getByTestId('match-problem').textContent).toContain('Falta elegir una opción para: Allende.');
    expect(selects[1]!.getAttribute('aria-invalid')).toBe('true');
    expect(fake.socket.sent.some((m) => (m as { type: string }).type === 'answer')).toBe(false);

    await fireEvent.change(selects[1]!, { target: { value: '0' } });
    await fireEvent.click(screen.getByTestId('match-submit'));
    expect(fake.socket.sent.at(-1)).toEqual({ type: 'answer', questionId: 'm', matches: ['1', '0'] });
    fake.socket.receive({ type: 'answerAccepted', questionId: 'm', answer: { matches: ['1', '0'] } });
    await tick();
    expect([...screen.getByTestId('own-answer').querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'Frei → Revolución en libertad',
      'Allende → Vía chilena',
    ]);
  });

  it('tells a refusal for a too long answer in words', async () => {
    const { fake } = await joined();
    fake.socket.receive(matchQuestion);
    await tick();
    fake.socket.receive({ type: 'answerRefused', questionId: 'm', reason: 'tooLong' });
    await tick();
    expect(screen.getByRole('alert').textContent).toContain('Esa respuesta es demasiado larga.');
  });
});

describe('typed questions', () => {
  it('needs a letter or number, sends the trimmed text, and shows it back as text', async () => {
    const { fake } = await joined();
    fake.socket.receive(typedQuestion);
    await tick();
    const input = screen.getByLabelText('Tu respuesta') as HTMLInputElement;
    expect(input.maxLength).toBe(200);
    await fireEvent.input(input, { target: { value: ' ¿? ' } });
    await fireEvent.click(screen.getByTestId('typed-submit'));
    expect(screen.getByTestId('typed-problem').textContent).toBe('Escribe una respuesta con al menos una letra o número.');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    await fireEvent.input(input, { target: { value: `  ${HOSTILE}  ` } });
    await fireEvent.submit(screen.getByTestId('typed-form'));
    expect(fake.socket.sent.at(-1)).toEqual({ type: 'answer', questionId: 't', text: HOSTILE });
    fake.socket.receive({ type: 'answerAccepted', questionId: 't', answer: { text: HOSTILE } });
    await tick();
    expect(screen.getByTestId('own-answer').textContent).toBe(HOSTILE);
    expect(document.querySelector('img')).toBeNull();

    fake.socket.receive({
      type: 'result', questionId: 't', index: 0, yourAnswer: { text: HOSTILE }, right: false, points: 0, totalScore: 0, rank: 1,
      correct: { text: 'Salvador Allende' }, explanation: 'Ganó con 36,6 %.', source: null,
    });
    await tick();
    expect(screen.getByTestId('result-correct').textContent).toBe('Salvador Allende');
    expect(screen.getByTestId('result-yours').textContent).toBe(HOSTILE);
  });
});

describe('a reload', () => {
  it('comes back to a match question with its own answer shown as it reads, also from a question saved by an older page', async () => {
    const first = await joined();
    first.fake.socket.receive(matchQuestion);
    await tick();
    first.client.dispose();
    const saved = JSON.parse(first.fake.storage.getItem(storageKeys.session('482913'))!);
    expect(saved.question.left).toEqual(matchQuestion.left);

    const fake = fakeDeps(first.fake.storage);
    const client = new StudentClient(fake.deps);
    client.start();
    fake.socket.open();
    expect(fake.socket.sent).toEqual([{ type: 'rejoin', token: 'ff' }]);
    fake.socket.receive({ type: 'joined', playerId: 1, token: 'ff', nickname: 'Ana', score: 0 });
    fake.socket.receive(matchQuestion);
    fake.socket.receive({ type: 'answerAccepted', questionId: 'm', answer: { matches: ['0', '1'] } });
    expect(client.state).toMatchObject({ screen: 'answered', answer: { matches: ['0', '1'] } });

    // An older page saved the question without `left`: it still reads.
    const older = fakeDeps();
    older.storage.setItem(storageKeys.current, '482913');
    const { left: _left, type: _type, deadlineMs: _deadline, ...withoutLeft } = matchQuestion;
    older.storage.setItem(storageKeys.session('482913'), JSON.stringify({ token: 'ff', nickname: 'Ana', question: { ...withoutLeft, deadlineAt: 0 } }));
    const again = new StudentClient(older.deps);
    again.start();
    expect(again.state.question?.left).toEqual([]);
  });
});
