/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';

export default defineConfig({
  plugins: [svelte(), svelteTesting()],
  // Relative asset paths: Tauri serves dist/ from its own custom protocol, not from a web root.
  base: './',
  // Keep the Tauri CLI's own output readable next to Vite's.
  clearScreen: false,
  server: { port: 5173, strictPort: true },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // WebKitGTK / WebView2 both support this; nothing older needs to run the app.
    target: 'es2022',
    rollupOptions: {
      // The app, and the page of the window the shell opens when the app cannot start.
      input: { main: 'index.html', startupError: 'startup-error.html' },
    },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.ts'],
    setupFiles: ['src/test/setup.ts'],
  },
});
