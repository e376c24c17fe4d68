import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';
import JoinForm from './JoinForm.svelte';
import { checkNickname, parseYear } from './format';
import { setLang } from './lang.svelte';

afterEach(() => setLang('es', null));

function fill(pin: string, nickname: string) {
  fireEvent.input(screen.getByTestId('join-pin'), { target: { value: pin } });
  fireEvent.input(screen.getByTestId('join-nickname'), { target: { value: nickname } });
}

describe('JoinForm', () => {
  it('is in Spanish by default and joins with the PIN and the trimmed nickname', async () => {
    const onjoin = vi.fn();
    render(JoinForm, { onjoin });
    expect(screen.getByRole('heading').textContent).toBe('Entrar al juego');
    expect(screen.getByLabelText('PIN del juego')).toBe(screen.getByTestId('join-pin'));
    fill(' 482 913 ', '  Ana  ');
    await fireEvent.submit(screen.getByTestId('join-form'));
    expect(onjoin).toHaveBeenCalledWith('482913', 'Ana');
    expect(screen.queryByTestId('pin-problem')).toBeNull();
  });

  it('explains a PIN that is not 6 digits and sends nothing', async () => {
    const onjoin = vi.fn();
    render(JoinForm, { onjoin });
    fill('12345', 'Ana');
    await fireEvent.submit(screen.getByTestId('join-form'));
    expect(onjoin).not.toHaveBeenCalled();
    expect(screen.getByTestId('pin-problem').textContent).toBe('El PIN tiene 6 números.');
    expect(screen.getByTestId('join-pin').getAttribute('aria-invalid')).toBe('true');
  });

  it('keeps a hostile nickname as text and explains the length limit', async () => {
    const onjoin = vi.fn();
    render(JoinForm, { onjoin });
    fill('482913', '<img src=x onerror=alert(1)>');
    await fireEvent.submit(screen.getByTestId('join-form'));
    expect(onjoin).not.toHaveBeenCalled();
    expect(screen.getByTestId('nickname-problem').textContent).toBe('El apodo puede tener hasta 20 caracteres; este tiene 28.');
    expect((screen.getByTestId('join-nickname') as HTMLInputElement).value).toBe('<img src=x onerror=alert(1)>');
    expect(document.querySelector('img')).toBeNull();
  });

  it('accepts markup that fits, as typed', async () => {
    const onjoin = vi.fn();
    render(JoinForm, { onjoin });
    fill('482913', '<svg onload=alert()>');
    await fireEvent.submit(screen.getByTestId('join-form'));
    expect(onjoin).toHaveBeenCalledWith('482913', '<svg onload=alert()>');
  });

  it('starts from the last PIN and cannot be sent twice while joining', async () => {
    const onjoin = vi.fn();
    render(JoinForm, { onjoin, initialPin: '482913', busy: true });
    expect((screen.getByTestId('join-pin') as HTMLInputElement).value).toBe('482913');
    const submit = screen.getByTestId('join-submit') as HTMLButtonElement;
    expect(submit.disabled).toBe(true);
    expect(submit.textContent?.trim()).toBe('Entrando…');
  });

  it('switches to English', async () => {
    setLang('en', null);
    const onjoin = vi.fn();
    render(JoinForm, { onjoin });
    expect(screen.getByRole('heading').textContent).toBe('Join the game');
    fill('', '');
    await fireEvent.submit(screen.getByTestId('join-form'));
    expect(screen.getByTestId('pin-problem').textContent).toBe('The PIN has 6 digits.');
    expect(screen.getByTestId('nickname-problem').textContent).toBe('Write a nickname.');
  });
});

describe('the form checks', () => {
  it('count characters, not bytes, and refuse invisible direction overrides', () => {
    expect(checkNickname('ñ'.repeat(20))).toBeNull();
    expect(checkNickname('ñ'.repeat(21))?.key).toBe('student.join.nicknameLong');
    expect(checkNickname('ana\u202Eorep')?.key).toBe('student.join.nicknameChars');
    expect(checkNickname('a\nb')?.key).toBe('student.join.nicknameChars');
    expect(checkNickname('   ')?.key).toBe('student.join.nicknameEmpty');
  });

  it('read years the server accepts', () => {
    expect(parseYear(' 1973 ')).toBe(1973);
    expect(parseYear('−44')).toBe(-44);
    expect(parseYear('19.73')).toBeNull();
    expect(parseYear('20000')).toBeNull();
    expect(parseYear('')).toBeNull();
  });
});
