import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';
import StartupError from './StartupError.svelte';
import { detailsText, parseStartupError } from './startupError';

// As the shell writes it (`StartupFailure::page`), every value percent-encoded.
const missing =
  '?problem=contentMissing&lang=en&path=%2Fopt%2FCr%C3%B3nica%20%26%20co%2Fcontent.db&detail=%2Fopt%2FCr%C3%B3nica%20%26%20co%2Fcontent.db%3A%20content%20database%20not%20found';

afterEach(() => vi.unstubAllGlobals());

describe('the start-up error page', () => {
  it('reads its problem, language, path and details from its address', () => {
    expect(parseStartupError(missing)).toEqual({
      problem: 'contentMissing',
      lang: 'en',
      path: '/opt/Crónica & co/content.db',
      detail: '/opt/Crónica & co/content.db: content database not found',
    });
    // Unknown or missing values: a general problem, in Spanish.
    expect(parseStartupError('?problem=<script>&lang=fr')).toEqual({ problem: 'internal', lang: 'es', path: null, detail: '' });
    expect(parseStartupError('?problem=toString').problem).toBe('internal');
  });

  it('says what is wrong and what to do, in English', () => {
    render(StartupError, { error: parseStartupError(missing) });
    expect(screen.getByTestId('startup-error-title').textContent).toBe('Crónica cannot open');
    expect(screen.getByTestId('startup-error-what').textContent).toMatch(/content is missing/);
    expect(screen.getByTestId('startup-error-todo').textContent).toMatch(/^Reinstall Crónica/);
    expect(screen.getByTestId('startup-error-path').textContent).toBe('/opt/Crónica & co/content.db');
  });

  it('says it in Spanish, with the path shown as text', () => {
    const path = '/home/ana/<b>datos</b>';
    render(StartupError, { error: { problem: 'appDataUnusable', lang: 'es', path, detail: 'permiso denegado' } });
    expect(screen.getByTestId('startup-error-title').textContent).toBe('Crónica no puede abrirse');
    expect(screen.getByTestId('startup-error-todo').textContent).toMatch(/Libera espacio en el disco/);
    expect(screen.getByTestId('startup-error-path').textContent).toBe(path);
    expect(document.querySelector('b')).toBeNull();
  });

  it('copies the details, or says it could not', async () => {
    const error = parseStartupError(missing);
    const writeText = vi.fn().mockResolvedValue(undefined);
    vi.stubGlobal('navigator', { clipboard: { writeText } });
    render(StartupError, { error });
    expect((screen.getByTestId('startup-error-details') as HTMLTextAreaElement).value).toBe(detailsText(error));
    await fireEvent.click(screen.getByTestId('startup-error-copy'));
    expect(writeText).toHaveBeenCalledWith('Crónica: contentMissing\n/opt/Crónica & co/content.db\n/opt/Crónica & co/content.db: content database not found');
    await vi.waitFor(() => expect(screen.getByTestId('startup-error-copy-status').textContent?.trim()).toBe('Details copied.'));
  });

  it('falls back when there is no clipboard to write to', async () => {
    vi.stubGlobal('navigator', {});
    render(StartupError, { error: parseStartupError(missing) });
    await fireEvent.click(screen.getByTestId('startup-error-copy'));
    await vi.waitFor(() => expect(screen.getByTestId('startup-error-copy-status').textContent?.trim()).toMatch(/copied|could not be copied/));
  });
});
