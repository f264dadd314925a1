// How numbers read in every answer: one way to sign them.

/** "+1.5", "−2.0" (a real minus sign), "0.0": zero carries no sign. */
export const signed = (n: number, digits = 1) =>
  n === 0 || Math.abs(n) < 0.5 * 10 ** -digits
    ? (0).toFixed(digits)
    : `${n > 0 ? '+' : '−'}${Math.abs(n).toFixed(digits)}`;
