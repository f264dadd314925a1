// Text widths from the shipped font's own advance widths, so Vega lays out labels (and cuts the
// long ones) for the font resvg draws with. Without a canvas Vega guesses 0.8 em a character,
// which leaves charts half empty. This reads only what it needs from the TrueType file: the
// character map (cmap format 4), the advance widths (hmtx) and the units per em (head).
import { readFileSync } from 'node:fs';

export type Advance = (text: string, fontSize: number) => number;

function tables(font: Buffer): Map<string, number> {
  const offsets = new Map<string, number>();
  for (let i = 0; i < font.readUInt16BE(4); i++)
    offsets.set(font.toString('latin1', 12 + i * 16, 16 + i * 16), font.readUInt32BE(12 + i * 16 + 8));
  return offsets;
}

/** code point → glyph, from the Windows Unicode BMP subtable (format 4). */
function glyphMap(font: Buffer, cmap: number): (code: number) => number {
  let sub = -1;
  for (let i = 0; i < font.readUInt16BE(cmap + 2); i++) {
    const at = cmap + 4 + i * 8;
    if (font.readUInt16BE(at) === 3 && font.readUInt16BE(at + 2) === 1) sub = cmap + font.readUInt32BE(at + 4);
  }
  if (sub < 0 || font.readUInt16BE(sub) !== 4) return () => 0;
  const segs = font.readUInt16BE(sub + 6) / 2;
  const ends = sub + 14;
  const starts = ends + segs * 2 + 2;
  const deltas = starts + segs * 2;
  const ranges = deltas + segs * 2;
  return (code) => {
    for (let s = 0; s < segs; s++) {
      if (code > font.readUInt16BE(ends + s * 2)) continue;
      const start = font.readUInt16BE(starts + s * 2);
      if (code < start) return 0;
      const delta = font.readInt16BE(deltas + s * 2);
      const range = font.readUInt16BE(ranges + s * 2);
      if (range === 0) return (code + delta) & 0xffff;
      const glyph = font.readUInt16BE(ranges + s * 2 + range + (code - start) * 2);
      return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
    }
    return 0;
  };
}

/** How wide text is in this font, in pixels at a font size. */
export function advanceWidths(path: string): Advance {
  const font = readFileSync(path);
  const t = tables(font);
  const unitsPerEm = font.readUInt16BE(t.get('head')! + 18);
  const metrics = font.readUInt16BE(t.get('hhea')! + 34);
  const hmtx = t.get('hmtx')!;
  const glyph = glyphMap(font, t.get('cmap')!);
  const advance = (g: number) => font.readUInt16BE(hmtx + Math.min(g, metrics - 1) * 4);
  const cache = new Map<number, number>();
  return (text, fontSize) => {
    let units = 0;
    for (const ch of text) {
      const code = ch.codePointAt(0)!;
      let w = cache.get(code);
      if (w === undefined) cache.set(code, (w = advance(code > 0xffff ? 0 : glyph(code))));
      units += w;
    }
    return (units / unitsPerEm) * fontSize;
  };
}
