import { describe, expect, it, vi } from 'vitest';
import { makeApi } from './generated';
import { httpTransport } from './http';

function answering(status: number, body: unknown) {
  return vi.fn(async () => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } }));
}

describe('the HTTP transport', () => {
  it('posts the call with its camel-case arguments and returns the result', async () => {
    const fetcher = answering(200, { id: 'golpe-1973', title: 'El golpe' });
    const api = makeApi(httpTransport('http://127.0.0.1:9', fetcher));
    const result = await api.getChapter('es', 'golpe-1973');
    expect(result).toEqual({ id: 'golpe-1973', title: 'El golpe' });
    expect(fetcher).toHaveBeenCalledWith('http://127.0.0.1:9/api/get_chapter', expect.objectContaining({ method: 'POST' }));
    const init = (fetcher.mock.calls[0] as unknown[])[1] as RequestInit;
    expect(JSON.parse(String(init.body))).toEqual({ lang: 'es', id: 'golpe-1973' });
  });

  it('turns a failed call into the backend error shape', async () => {
    const api = makeApi(httpTransport('', answering(404, { kind: 'notFound', message: "no chapter with id 'x'" })));
    await expect(api.getChapter('es', 'x')).rejects.toEqual({ kind: 'notFound', message: "no chapter with id 'x'" });
  });

  it('reports an unreachable server as an internal error', async () => {
    const api = makeApi(httpTransport('', vi.fn(async () => Promise.reject(new TypeError('network down')))));
    await expect(api.home('es')).rejects.toMatchObject({ kind: 'internal' });
  });
});
