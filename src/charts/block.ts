// The chart block a card carries: where the image is served and what it shows in words.
import type { Catalog } from '../catalog/catalog.ts';
import { catalogVersion } from '../catalog/snapshot.ts';
import type { Block } from '../output/reply.ts';
import { chartFor } from './chart.ts';
import { chartPath, isDrawable, type ChartRef } from './ref.ts';

export type ChartBlock = Extract<Block, { type: 'chart' }>;

/** The block for a chart, or none when these roles make no chart (a team too big to draw). */
export function chartBlock(catalog: Catalog, ref: ChartRef): ChartBlock[] {
  if (!isDrawable(ref, catalog)) return [];
  return [{ type: 'chart', ref, path: chartPath(ref, catalogVersion(catalog)), alt: chartFor(catalog, ref).alt }];
}

/** The command line that writes the same chart to a file. */
export function chartCommandLine(ref: ChartRef, file = 'chart.png'): string {
  const roles =
    ref.kind === 'team'
      ? `"${ref.roles.map((r) => `${r.count ?? 1} ${r.id}`).join(', ')}"`
      : ref.roles.map((r) => r.id).join(' ');
  return `career-bot chart ${ref.kind} ${roles} --out ${file}`;
}
