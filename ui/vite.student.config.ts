// The student page of the live classroom quiz: a second build of this project, served by the
// classroom server (`cronica serve --student-page ui/dist-student`, or the app's hosted game).
// Its CSP allows only same-origin scripts and styles, so the build must never inline either.
import { defineConfig, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

/** The server serves `index.html` at `/`; the source page is `student.html` so it can sit next to the app's. */
function studentPageAsIndex(): Plugin {
  return {
    name: 'cronica-student-page-as-index',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const page = bundle['student.html'];
      if (!page || page.type !== 'asset') return;
      delete bundle['student.html'];
      this.emitFile({ type: 'asset', fileName: 'index.html', source: page.source });
    },
  };
}

export default defineConfig({
  plugins: [svelte({ compilerOptions: { css: 'external' } }), studentPageAsIndex()],
  // Relative asset paths, so the page works wherever the server mounts it.
  base: './',
  // The app's public files (its theme hint) are not the student page's.
  publicDir: false,
  clearScreen: false,
  build: {
    outDir: 'dist-student',
    emptyOutDir: true,
    // Phones from the last few years; nothing older needs to join a class quiz.
    target: 'es2020',
    // Never inline assets as data: URLs in scripts or styles (fonts or images would need a CSP exception).
    assetsInlineLimit: 0,
    // No module-preload polyfill: it is injected as an inline script in some setups, which the CSP blocks.
    modulePreload: { polyfill: false },
    cssCodeSplit: false,
    rollupOptions: {
      input: { student: 'student.html' },
    },
  },
});
