// Calls reach Rust as `POST {base}/api/{command}` with the arguments as a JSON body, for pages the
// classroom server serves to browsers. A failed call answers with the same `{ kind, message }`.
import type { ApiError, Transport } from './generated';

export function httpTransport(base = '', fetcher: typeof fetch = (input, init) => fetch(input, init)): Transport {
  return {
    async call<T>(command: string, args: Record<string, unknown>): Promise<T> {
      let response: Response;
      try {
        response = await fetcher(`${base}/api/${command}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(args),
        });
      } catch (error) {
        throw { kind: 'internal', message: String(error) } satisfies ApiError;
      }
      const body: unknown = await response.json().catch(() => null);
      if (!response.ok) {
        const error = body as Partial<ApiError> | null;
        throw { kind: error?.kind ?? 'internal', message: error?.message ?? `HTTP ${response.status}` } satisfies ApiError;
      }
      return body as T;
    },
  };
}
