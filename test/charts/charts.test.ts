// Chart specs, paths and blocks: pure, over the whole catalog.
import { describe, expect, it } from 'vitest';
import { compareAnswer } from '../../commands/compare.ts';
import { riskAnswer } from '../../commands/risk.ts';
import { teamAnswer } from '../../commands/team.ts';
import { transitionAnswer } from '../../commands/transition.ts';
import { transitionTowardsAnswer } from '../../commands/transition-towards.ts';
import { catalogVersion } from '../../src/catalog/snapshot.ts';
import { chartBlock, chartCommandLine, type ChartBlock } from '../../src/charts/block.ts';
import { chartFor, chartShape } from '../../src/charts/chart.ts';
import { chartPath, parseChartPath, type ChartRef } from '../../src/charts/ref.ts';
import { ZONE_COLOURS } from '../../src/charts/theme.ts';
import { realCatalog } from '../helpers.ts';

const catalog = realCatalog();
const version = catalogVersion(catalog);
const assessed = catalog.roles.filter((r) => r.basis === 'assessed');

describe('GIVEN the catalog version', () => {
  it('THEN it is a short hash, the same each time', () => {
    expect(version).toMatch(/^[0-9a-f]{12}$/);
    expect(catalogVersion(catalog)).toBe(version);
  });
});

describe('GIVEN chart paths', () => {
  const backend = 'backend-developer-mid';
  it('GIVEN every role THEN its risk and transition paths read back to the same chart', () => {
    for (const role of catalog.roles)
      for (const kind of ['risk', 'transition'] as const) {
        const ref: ChartRef = { kind, roles: [{ id: role.id }] };
        expect(parseChartPath(chartPath(ref, version), catalog)).toEqual(ref);
      }
  });

  it('GIVEN compare and team paths THEN they read back', () => {
    const compare: ChartRef = { kind: 'compare', roles: [{ id: backend }, { id: 'data-engineer-mid' }] };
    const team: ChartRef = {
      kind: 'team',
      roles: [
        { id: backend, count: 4 },
        { id: 'data-engineer-mid', count: 1 },
      ],
    };
    expect(parseChartPath(chartPath(compare, version), catalog)).toEqual(compare);
    expect(parseChartPath(chartPath(team, version), catalog)).toEqual(team);
    expect(chartPath(team, version)).toBe(`/charts/team/${version}/${backend}~4/data-engineer-mid~1.png`);
  });

  it.each([
    `/charts/risk/${version}/no-such-role.png`,
    `/charts/risk/000000000000/${backend}.png`,
    `/charts/pie/${version}/${backend}.png`,
    `/charts/risk/${version}/${backend}`,
    `/charts/risk/${version}/${backend}.svg`,
    `/charts/risk/${version}/../../etc/passwd.png`,
    `/charts/risk/${version}/%2e%2e%2fetc.png`,
    `/charts/risk/${version}/${backend}/${backend}.png`,
    `/charts/risk/${version}/${backend}~2.png`,
    `/charts/compare/${version}/${backend}/${backend}.png`,
    `/charts/compare/${version}/${backend}.png`,
    `/charts/team/${version}/${backend}~0.png`,
    `/charts/team/${version}/${backend}~-3.png`,
    `/charts/team/${version}/${backend}~1e3.png`,
    `/charts/team/${version}/${backend}~04.png`,
    `/charts/risk/${version}/<!channel>.png`,
    `/charts/risk/${version}/BACKEND-DEVELOPER-MID.png`,
    `/charts/risk/${version}/${backend}.png?x=1/../..`,
    `/charts//${version}/${backend}.png`,
  ])('GIVEN the forged path %s THEN it is no chart', (path) => {
    expect(parseChartPath(path, catalog)).toBeUndefined();
  });
});

describe('GIVEN chart specs and alt text', () => {
  it('GIVEN every role THEN the risk chart has the three panels and its alt text says the score, zone and split', () => {
    for (const role of catalog.roles) {
      const s = catalog.score(role);
      const { spec, alt } = chartFor(catalog, { kind: 'risk', roles: [{ id: role.id }] });
      expect((spec.vconcat as unknown[]).length).toBe(3);
      expect(alt).toContain(`${s.score.toFixed(1)} out of 100, ${s.label}`);
      expect(alt).toContain(`${s.split.displaced}% of the week displaced`);
    }
  });

  it('GIVEN every hand-assessed role THEN the transition chart shows the moves the transition card lists', () => {
    for (const role of assessed) {
      const doc = transitionAnswer(catalog, role).doc as unknown as {
        suggestions: { role: { title: string }; gain: number }[];
      };
      const { alt } = chartFor(catalog, { kind: 'transition', roles: [{ id: role.id }] });
      for (const s of doc.suggestions) expect(alt).toContain(s.role.title);
    }
  });

  it('GIVEN every hand-assessed role, teams of 1 to 12 roles and moves THEN each kind of chart has one shape, whatever its rows', () => {
    const shapes = new Map<string, Set<string>>();
    const add = (ref: ChartRef) => {
      const { shape } = chartShape(chartFor(catalog, ref).spec);
      shapes.set(ref.kind, (shapes.get(ref.kind) ?? new Set()).add(shape));
    };
    for (const [i, role] of assessed.entries()) {
      add({ kind: 'risk', roles: [{ id: role.id }] });
      add({ kind: 'transition', roles: [{ id: role.id }] });
      add({ kind: 'compare', roles: [{ id: role.id }, { id: assessed[(i + 1) % assessed.length]!.id }] });
      const members = assessed.slice(i, i + 1 + (i % 12));
      add({ kind: 'team', roles: members.map((m, j) => ({ id: m.id, count: 1 + j })) });
    }
    expect(Object.fromEntries([...shapes].map(([kind, set]) => [kind, set.size]))).toEqual({
      risk: 1,
      transition: 1, // every hand-assessed role has moves; a role without any has a second shape
      compare: 1,
      team: 1,
    });
  });

  it("THEN a chart's rows and titles are in its data, not in its shape", () => {
    const { shape, datasets, params } = chartShape(
      chartFor(catalog, { kind: 'compare', roles: [{ id: 'backend-developer-mid' }, { id: 'data-engineer-mid' }] })
        .spec,
    );
    expect(shape).not.toContain('Backend');
    expect(JSON.stringify([datasets, params])).toContain('Backend/API Developer');
  });

  it('THEN zone colours are Okabe–Ito, not pure red and green', () => {
    expect(Object.values(ZONE_COLOURS)).not.toContain('#ff0000');
    expect(Object.values(ZONE_COLOURS)).not.toContain('#00ff00');
    expect(ZONE_COLOURS).toEqual({ red: '#D55E00', yellow: '#F0E442', green: '#009E73' });
  });

  it('GIVEN a team THEN its chart says the weighted score and people by zone', () => {
    const { alt } = chartFor(catalog, {
      kind: 'team',
      roles: [
        { id: 'backend-developer-mid', count: 4 },
        { id: 'data-engineer-mid', count: 2 },
      ],
    });
    expect(alt).toMatch(/^Chart of a team of 6: weighted score \d+\.\d out of 100/);
    expect(alt).toContain('People by zone');
  });
});

describe('GIVEN the chart block', () => {
  it('THEN it names the path, the alt text and how to write it from the command line', () => {
    const [block] = chartBlock(catalog, { kind: 'risk', roles: [{ id: 'backend-developer-mid' }] });
    expect(block?.path).toBe(`/charts/risk/${version}/backend-developer-mid.png`);
    expect(block?.alt).toContain('24.5 out of 100');
    expect(chartCommandLine(block!.ref)).toBe('career-bot chart risk backend-developer-mid --out chart.png');
  });

  it("GIVEN every role, asked for more often than the alt texts kept THEN each block carries its own chart's alt text", () => {
    const refs = catalog.roles.flatMap((r, i): ChartRef[] => [
      { kind: 'risk', roles: [{ id: r.id }] },
      { kind: 'compare', roles: [{ id: r.id }, { id: catalog.roles[(i + 1) % catalog.roles.length]!.id }] },
      { kind: 'compare', roles: [{ id: r.id }, { id: catalog.roles[(i + 2) % catalog.roles.length]!.id }] },
    ]);
    expect(refs.length).toBeGreaterThan(2048); // more than are kept: the oldest are dropped and built again
    for (const ref of [...refs, ...refs.slice(0, 50)])
      expect(chartBlock(catalog, ref)[0]?.alt).toBe(chartFor(catalog, ref).alt);
  });

  it('GIVEN a role not in the catalog THEN there is no block', () => {
    expect(chartBlock(catalog, { kind: 'risk', roles: [{ id: 'nobody' }] })).toEqual([]);
  });
});

describe('GIVEN the cards (the chart slot)', () => {
  const chartsOf = (blocks: { type: string }[]) =>
    blocks.filter((b): b is ChartBlock => b.type === 'chart').map((b) => b.ref);
  const backend = catalog.byId.get('backend-developer-mid')!;
  const data = catalog.byId.get('data-engineer-mid')!;

  it('THEN the compact risk, compare, team and transition cards each carry their chart once', () => {
    expect(chartsOf(riskAnswer(catalog, catalog.resolve(backend.id)).reply.blocks)).toEqual([
      { kind: 'risk', roles: [{ id: backend.id }] },
    ]);
    expect(chartsOf(compareAnswer(catalog, backend, data).reply.blocks)).toEqual([
      { kind: 'compare', roles: [{ id: backend.id }, { id: data.id }] },
    ]);
    const team = [
      { role: backend, count: 4 },
      { role: data, count: 2 },
    ];
    const teamCharts = chartsOf(teamAnswer(catalog, team).reply.blocks);
    expect(teamCharts).toHaveLength(1);
    expect(teamCharts[0]!.roles).toEqual(
      expect.arrayContaining([
        { id: backend.id, count: 4 },
        { id: data.id, count: 2 },
      ]),
    );
    for (const role of assessed) {
      const answer = transitionAnswer(catalog, role);
      const hasMoves = (answer.doc as unknown as { suggestions: unknown[] }).suggestions.length > 0;
      const expected = hasMoves ? [{ kind: 'transition', roles: [{ id: role.id }] }] : [];
      expect(chartsOf(answer.reply.blocks), role.id).toEqual(expected);
      expect(chartsOf(answer.full!().blocks), role.id).toEqual(expected);
    }
  });

  it('GIVEN a move named in a question THEN its card shows the two roles side by side', () => {
    expect(chartsOf(transitionTowardsAnswer(catalog, backend, data).reply.blocks)).toEqual([
      { kind: 'compare', roles: [{ id: backend.id }, { id: data.id }] },
    ]);
  });
});
