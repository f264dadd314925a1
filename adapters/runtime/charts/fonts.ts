// The font charts are drawn in: Inter, from @expo-google-fonts/inter (regular and bold). resvg reads
// a font file again for nearly every character it lays out, so a chart's text took time in
// proportion to the file's size, and 340 KB a weight cost more than rasterising the whole chart.
// So on first use each file is cut down, with subset-font (HarfBuzz's subsetter), to the
// characters charts are written in and the layout features resvg applies: about 50 KB, drawn
// pixel for pixel the same. The cut files are kept in the system's temporary folder under a hash of
// what they were cut from, for the next start. A chart with a character outside the cut (a title in
// another script) is drawn with the whole files.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import subsetFont from 'subset-font';

const require = createRequire(import.meta.url);
/** A newer subsetter may cut differently: its version is part of a cut file's name. */
const { version: SUBSETTER } = require('subset-font/package.json') as { version: string };
/** The whole font files, regular and bold. */
export const FONT_FILES = ['400Regular/Inter_400Regular.ttf', '700Bold/Inter_700Bold.ttf'].map((f) =>
  require.resolve(`@expo-google-fonts/inter/${f}`),
);

/** What charts are written in: Latin letters (accented too), ×, punctuation, …, → and −. */
const RANGES: [number, number][] = [
  [0x20, 0x7e],
  [0xa0, 0x17f],
  [0x2010, 0x203a],
  [0x2192, 0x2192],
  [0x2212, 0x2212],
];
/** The features resvg's shaper applies; the font's stylistic sets and alternates are never asked for. */
const FEATURES = ['ccmp', 'locl', 'rlig', 'rclt', 'calt', 'clig', 'liga', 'kern', 'mark', 'mkmk', 'curs', 'dist'];

const hex = (n: number) => `\\u{${n.toString(16)}}`;
const OUTSIDE = new RegExp(`[^\\s${RANGES.map(([a, b]) => `${hex(a)}-${hex(b)}`).join('')}]`, 'u');
/** True when every character of the text (an SVG, say) is in the cut fonts. */
export const inCutFonts = (text: string) => !OUTSIDE.test(text);

async function cut(file: string, dir: string, characters: string): Promise<string> {
  const font = readFileSync(file);
  const hash = createHash('sha256')
    .update(font)
    .update(JSON.stringify([RANGES, FEATURES, SUBSETTER]))
    .digest('hex');
  const path = join(dir, `${hash.slice(0, 16)}-${basename(file)}`);
  if (existsSync(path)) return path;
  const subset = await subsetFont(font, characters, { targetFormat: 'sfnt', keepFeatures: FEATURES });
  const partial = `${path}.${process.pid}`;
  writeFileSync(partial, subset);
  renameSync(partial, path); // whole or not at all, when two processes cut at once
  return path;
}

/** The cut font files; the whole ones if they cannot be cut or kept (a read-only temporary folder). */
export async function cutFontFiles(): Promise<string[]> {
  const characters = RANGES.flatMap(([a, b]) =>
    Array.from({ length: b - a + 1 }, (_, i) => String.fromCodePoint(a + i)),
  ).join('');
  try {
    const dir = join(tmpdir(), 'career-bot-fonts');
    mkdirSync(dir, { recursive: true });
    return await Promise.all(FONT_FILES.map((f) => cut(f, dir, characters)));
  } catch {
    return FONT_FILES;
  }
}
