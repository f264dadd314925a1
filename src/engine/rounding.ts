// Rounding shared by the engine and the estimates: one way to round, one way to keep totals whole.

export const roundTo = (value: number, digits: number) => {
  const f = 10 ** digits;
  return Math.round((value + Number.EPSILON * Math.sign(value)) * f) / f;
};
export const round1 = (value: number) => roundTo(value, 1);
export const round2 = (value: number) => roundTo(value, 2);

/**
 * Rounds each value to tenths so that the rounded values sum exactly to `total` (largest remainder:
 * the values with the largest cut-off part take the missing tenths; ties go to the earlier value).
 */
export function roundToTotal(values: number[], total: number): number[] {
  const tenths = values.map((v) => v * 10);
  const floors = tenths.map(Math.floor);
  let missing = Math.round(total * 10) - floors.reduce((a, b) => a + b, 0);
  const order = values.map((_, i) => i).sort((a, b) => tenths[b]! - floors[b]! - (tenths[a]! - floors[a]!));
  const result = [...floors];
  for (let i = 0; missing !== 0 && values.length > 0; i = (i + 1) % values.length) {
    const idx = order[i]!;
    result[idx]! += missing > 0 ? 1 : -1;
    missing += missing > 0 ? -1 : 1;
  }
  return result.map((t) => t / 10);
}
