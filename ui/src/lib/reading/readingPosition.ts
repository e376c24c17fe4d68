// Where the reader is in a long chapter: how much of it lies above the bottom of the window, and
// which section is being read (the last one whose start has passed the reading line, a quarter of
// the way down the window). Pure, so it is tested without a layout engine.

export interface ReadingMeasure {
  /** The window's scroll offset and height. */
  scrollY: number;
  viewport: number;
  /** The article's top (in page coordinates) and height. */
  top: number;
  height: number;
  /** Each section's top, in page coordinates, in reading order. */
  sectionTops: number[];
}

export interface ReadingPlace {
  /** 0 to 100, whole numbers. */
  percent: number;
  /** The index of the section being read (0 before the first one starts). */
  section: number;
}

export function readingPlace(m: ReadingMeasure): ReadingPlace {
  const seen = m.height <= 0 ? 1 : (m.scrollY + m.viewport - m.top) / m.height;
  const percent = Math.round(Math.min(1, Math.max(0, seen)) * 100);
  const line = m.scrollY + m.viewport / 4;
  let section = 0;
  m.sectionTops.forEach((top, index) => {
    if (top <= line) section = index;
  });
  return { percent, section };
}
