// Locations shared by the browser-level tests.
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CRONICA_CLI = process.env.CRONICA_CLI ?? path.join(ROOT, 'target', 'debug', 'cronica');
export const APP_BINARY = process.env.CRONICA_APP ?? path.join(ROOT, 'target', 'release', 'cronica-app');
export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
