// Shares shown on the progress dashboard as whole percentages: 0 of 0 is 0 %, and a share that is
// not complete never rounds up to 100 % (nor one that has begun down to 0 %).
export function percent(part: number, whole: number): number {
  if (whole <= 0 || part <= 0) return 0;
  if (part >= whole) return 100;
  return Math.min(99, Math.max(1, Math.round((part / whole) * 100)));
}
