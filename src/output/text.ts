// Cutting text to a length: one way for every renderer and message.

/** Cuts to at most `max` characters with an ellipsis, never leaving half an escape such as "&am". */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${text.slice(0, max - 1).replace(/&[a-z]{0,4}$/, '')}…`;
}
