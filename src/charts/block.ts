// The chart block a card carries: where the image is served and what it shows in words.
import type { Catalog } from '../catalog/catalog.ts';
import { catalogVersion } from '../catalog/snapshot.ts';
import type { Block } from '../output/reply.ts';
import { chartFor } from './chart.ts';
import { chartPath, isDrawable, type ChartRef } from './ref.ts';

export type ChartBlock = Extract<Block, { type: 'chart' }>;

/**
 * Alt texts by chart path, which names the roles and the catalog's version. Words for a chart come
 * from the whole chart's data; building that for every card was half of what an answer allocated.
 */
const alts = new WeakMap<Catalog, Map<string, string>>();
const MAX_ALTS = 2048;

function altOf(catalog: Catalog, ref: ChartRef, path: string): string {
  let byPath = alts.get(catalog);
  if (!byPath) alts.set(catalog, (byPath = new Map()));
  let alt = byPath.get(path);
  if (alt === undefined) {
    alt = chartFor(catalog, ref).alt;
    if (byPath.size >= MAX_ALTS) byPath.delete(byPath.keys().next().value!); // the oldest
    byPath.set(path, alt);
  }
  return alt;
}

/** The block for a chart, or none when these roles make no chart (a team too big to draw). */
export function chartBlock(catalog: Catalog, ref: ChartRef): ChartBlock[] {
  if (!isDrawable(ref, catalog)) return [];
  const path = chartPath(ref, catalogVersion(catalog));
  return [{ type: 'chart', ref, path, alt: altOf(catalog, ref, path) }];
}

/** The command line that writes the same chart to a file. */
export function chartCommandLine(ref: ChartRef, file = 'chart.png'): string {
  const roles =
    ref.kind === 'team'
      ? `"${ref.roles.map((r) => `${r.count ?? 1} ${r.id}`).join(', ')}"`
      : ref.roles.map((r) => r.id).join(' ');
  return `career-bot chart ${ref.kind} ${roles} --out ${file}`;
}
