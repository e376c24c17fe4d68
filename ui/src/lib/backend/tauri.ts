// Calls reach Rust through Tauri's IPC; Tauri checks each against the window's capability.
import { invoke } from '@tauri-apps/api/core';
import type { Transport } from './generated';

export const tauriTransport: Transport = {
  call: (command, args) => invoke(command, args),
};
