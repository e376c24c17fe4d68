// Test-only stand-in for the Tauri bridge. Each test file calls
//   vi.mock('@tauri-apps/api/core', () => ({ invoke: vi.fn() }));
// and then routes commands to handlers with `answerCommands`.
import { invoke } from '@tauri-apps/api/core';
import { vi } from 'vitest';

export type Handler = (args: Record<string, unknown>) => unknown;

/** Makes `invoke(command, args)` call `handlers[command]`; unknown commands reject like the backend. */
export function answerCommands(handlers: Record<string, Handler>): ReturnType<typeof vi.mocked<typeof invoke>> {
  const mocked = vi.mocked(invoke);
  mocked.mockReset();
  mocked.mockImplementation(async (command: string, args?: unknown) => {
    const handler = handlers[command];
    if (!handler) throw { kind: 'notFound', message: `no handler for ${command}` };
    return handler((args ?? {}) as Record<string, unknown>);
  });
  return mocked;
}

/** Arguments of every call made for `command`, in order. */
export function callsOf(command: string): Record<string, unknown>[] {
  return vi
    .mocked(invoke)
    .mock.calls.filter(([name]) => name === command)
    .map(([, args]) => (args ?? {}) as Record<string, unknown>);
}
