import { t } from './appState.svelte';

/** Keeps document.title in step with the screen (and its language): "Screen — Crónica". */
export function usePageTitle(title: () => string | null | undefined): void {
  $effect(() => {
    const screen = title();
    const app = t('app.name');
    document.title = screen ? `${screen} — ${app}` : app;
  });
}
