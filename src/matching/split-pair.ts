// Splits "A vs B" (also versus, or, and, with, a comma) into two role queries, keeping the order.
const SEPARATORS = [/\s+(?:vs\.?|versus)\s+/i, /\s*,\s*/, /\s+with\s+/i, /\s+or\s+/i, /\s+and\s+/i, /\s+to\s+/i];

export function splitPair(text: string): [string, string] | null {
  const cleaned = text
    .trim()
    .replace(/^(?:between\s+)/i, '')
    .replace(/[?!.]+$/, '');
  for (const sep of SEPARATORS) {
    const parts = cleaned
      .split(sep)
      .map((p) => p.trim())
      .filter(Boolean);
    if (parts.length === 2) return [parts[0]!, parts[1]!];
  }
  return null;
}
