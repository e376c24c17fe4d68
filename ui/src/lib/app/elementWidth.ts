// Follows an element's width (for SVG drawn to fit it). Where ResizeObserver is missing (old
// engines, the test DOM) the width is read once.

export function watchWidth(element: HTMLElement, onwidth: (width: number) => void): () => void {
  onwidth(element.clientWidth);
  if (typeof ResizeObserver === 'undefined') return () => {};
  const observer = new ResizeObserver(() => onwidth(element.clientWidth));
  observer.observe(element);
  return () => observer.disconnect();
}
