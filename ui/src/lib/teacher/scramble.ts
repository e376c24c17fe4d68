// A teacher's order items are stored in their right order and match pairs side by side; shown as
// written they would give the answer away. This mixes them in a fixed way (the same every time a
// question is shown) that never leaves them in the written order.

function seedOf(text: string): number {
  let hash = 2166136261;
  for (let i = 0; i < text.length; i += 1) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619);
  return hash >>> 0;
}

/** mulberry32: a tiny deterministic generator, good enough to shuffle a handful of items. */
function generator(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let x = state;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

export function scrambled<T>(items: readonly T[], seed: string): T[] {
  const copy = [...items];
  const random = generator(seedOf(seed));
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  if (copy.length > 1 && copy.every((item, i) => item === items[i])) copy.push(copy.shift() as T);
  return copy;
}
