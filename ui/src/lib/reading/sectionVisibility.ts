// Reports when the end of a section has scrolled into view, which is what "read" means here.
// jsdom (tests) and very old webviews have no IntersectionObserver; then nothing is reported and
// sections are still marked through the "next section" button.

/** Observes every `[data-section-end]` marker inside `container`; returns a function that stops. */
export function observeSectionEnds(container: HTMLElement, onSeen: (sectionId: string) => void): () => void {
  if (typeof IntersectionObserver === 'undefined') return () => {};
  const observer = new IntersectionObserver((entries) => {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      const id = (entry.target as HTMLElement).dataset.sectionEnd;
      if (id) onSeen(id);
      observer.unobserve(entry.target);
    }
  });
  for (const marker of container.querySelectorAll<HTMLElement>('[data-section-end]')) observer.observe(marker);
  return () => observer.disconnect();
}
