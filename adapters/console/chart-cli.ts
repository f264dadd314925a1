// `career-bot chart risk|compare|team|transition … --out FILE.png`: writes the chart a card shows.
// Roles are named the way the other commands take them; a team the way it is described in words.
import { writeFile } from 'node:fs/promises';
import type { Answer } from '../../commands/define.ts';
import { errorAnswer } from '../../commands/index.ts';
import type { Catalog } from '../../src/catalog/catalog.ts';
import { chartFor } from '../../src/charts/chart.ts';
import { CHART_KINDS, isDrawable, MAX_TEAM_CHART_ROLES, type ChartKind, type ChartRef } from '../../src/charts/ref.ts';
import { UserError } from '../../src/errors.ts';
import { parseIntent } from '../../src/intent/parse.ts';
import { splitPair } from '../../src/matching/split-pair.ts';
import { pngSize } from '../runtime/charts/png-size.ts';
import { ChartStore, DEFAULT_MAX_BYTES } from '../runtime/charts/store.ts';

const bad = (message: string) => new UserError('bad_input', message);

function chartRef(catalog: Catalog, kind: ChartKind, words: string[]): ChartRef {
  const text = words.join(' ').trim();
  if (!text)
    throw bad(
      `Name the role${kind === 'compare' ? 's' : ''} to draw, for example: chart ${kind} ${kind === 'team' ? '"4 backend developers, 2 data engineers"' : kind === 'compare' ? '"backend developer" "data engineer"' : '"backend developer"'}`,
    );
  const role = (name: string) => ({ id: catalog.resolve(name).role.id });
  switch (kind) {
    case 'risk':
    case 'transition':
      return { kind, roles: [role(text)] };
    case 'compare': {
      const pair = words.length === 2 ? words : splitPair(text);
      if (!pair?.[0]?.trim() || !pair[1]?.trim())
        throw bad('Compare needs two roles, for example: chart compare "backend developer" "data engineer"');
      const ref = { kind, roles: [role(pair[0]), role(pair[1])] };
      if (ref.roles[0]!.id === ref.roles[1]!.id)
        throw bad('Both names lead to the same role. Compare two different roles.');
      return ref;
    }
    case 'team': {
      const intent = parseIntent(catalog, text);
      if (intent.kind === 'clarify') throw new UserError('ambiguous', intent.message);
      if (intent.kind !== 'team')
        throw bad(
          'Describe the team with head counts, for example: chart team "4 backend developers, 2 data engineers and a DBA"',
        );
      const counts = new Map<string, number>();
      for (const m of intent.members) counts.set(m.match.role.id, (counts.get(m.match.role.id) ?? 0) + m.count);
      if (counts.size > MAX_TEAM_CHART_ROLES) throw bad(`A team chart shows up to ${MAX_TEAM_CHART_ROLES} roles.`);
      return { kind, roles: [...counts].map(([id, count]) => ({ id, count })) };
    }
  }
}

export async function chartAnswer(catalog: Catalog, words: string[], out: string | undefined): Promise<Answer> {
  try {
    const [kind = '', ...rest] = words;
    if (!(CHART_KINDS as readonly string[]).includes(kind))
      throw bad(
        `Which chart? One of: ${CHART_KINDS.join(', ')}. For example: chart risk "backend developer" --out chart.png`,
      );
    if (!out?.toLowerCase().endsWith('.png')) throw bad('Say where to write the chart with --out FILE.png');
    const ref = chartRef(catalog, kind as ChartKind, rest);
    if (!isDrawable(ref, catalog)) throw bad('Those roles make no chart.');
    const png = await new ChartStore(catalog, DEFAULT_MAX_BYTES, false).png(ref);
    await writeFile(out, png).catch((e: NodeJS.ErrnoException) => {
      throw bad(`Could not write ${out}: ${e.code ?? e.message}`);
    });
    const { width, height } = pngSize(png);
    const alt = chartFor(catalog, ref).alt;
    const doc = { kind: 'chart', chart: ref.kind, roles: ref.roles, file: out, width, height, alt };
    return {
      reply: {
        title: `Wrote ${out}`,
        tone: 'info',
        blocks: [{ type: 'text', text: `${width} × ${height} px PNG. ${alt}` }],
      },
      doc,
    };
  } catch (e) {
    if (e instanceof UserError) return errorAnswer(e);
    throw e;
  }
}
