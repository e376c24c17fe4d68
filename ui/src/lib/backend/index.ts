// The only module that talks to the Rust backend. Every call, its argument and result types come
// from `generated.ts`, which Rust writes from its one declaration of the API; this module only
// picks the transport: Tauri IPC in the desktop app, HTTP where the classroom server serves the UI.
import { makeApi, type ApiError, type ErrorKind } from './generated';
import { tauriTransport } from './tauri';

export * from './generated';
export { httpTransport } from './http';
export { tauriTransport } from './tauri';

export const backend = makeApi(tauriTransport);

function isApiError(error: unknown): error is ApiError {
  return typeof error === 'object' && error !== null && 'kind' in error && 'message' in error;
}

/** The kind of a failed call; anything that did not come from the backend counts as internal. */
export function errorKind(error: unknown): ErrorKind {
  return isApiError(error) ? error.kind : 'internal';
}

/** Errors from the backend arrive as `{ kind, message }`; this turns anything thrown into text. */
export function errorMessage(error: unknown): string {
  if (typeof error === 'string') return error;
  if (isApiError(error)) return error.message;
  if (error && typeof error === 'object' && 'message' in error) return String((error as { message: unknown }).message);
  return String(error);
}
