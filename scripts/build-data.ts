// npm run build:data [dir]: reads the public data sets (../shared/data, or $SHARED_DATA_DIR, or the
// argument) and writes data/occupations.json, the compact derived file the bot reads at run time.
// Deterministic: sorted keys of input, fixed rounding, no dates, so a re-run is byte-identical.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { EstimatedTask, Occupation, OccupationFile } from '../src/estimate/occupation-data.ts';
import { normalizeTitle } from '../src/matching/normalize.ts';
import type { TitleIndexData } from '../src/matching/title-index.ts';
import { labelKey, taskShares, type Exposure, type TaskType } from '../src/estimate/task-method.ts';

/** ../shared/data next to the checkout; a git worktree one level deeper finds it one level up. */
export const DEFAULT_DATA_DIR =
  ['../../shared/data', '../../../shared/data']
    .map((p) => fileURLToPath(new URL(p, import.meta.url)))
    .find((p) => existsSync(p)) ?? fileURLToPath(new URL('../../shared/data', import.meta.url));
export const OUTPUT = fileURLToPath(new URL('../data/occupations.json', import.meta.url));
export const TITLES_OUTPUT = fileURLToPath(new URL('../data/onet-titles.json', import.meta.url));

/** Kept per occupation; the rest are merged into one entry so the file stays small. */
const MAX_TASKS = 8;
const MAX_TITLES = 20;
const MAX_RELATED = 10;
const MAX_ACTIVITIES = 4;

type Row = Record<string, string>;

/** O*NET and BLS text files: tab-separated, no quoting, CRLF or LF. */
function readTsv(path: string): Row[] {
  const lines = readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .filter((l) => l.length > 0);
  const header = lines[0]!.split('\t');
  return lines.slice(1).map((l) => {
    const cells = l.split('\t');
    return Object.fromEntries(header.map((h, i) => [h, cells[i] ?? '']));
  });
}
const readCsv = (path: string, delimiter = ','): Row[] =>
  parse(readFileSync(path, 'utf8'), { columns: true, delimiter, skip_empty_lines: true });

const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits;
const num = (s: string | undefined) => (s === undefined || s === '' || s === '—' || s === 'n/a' ? null : Number(s));
/** BLS counts are in thousands; openings are stored as people a year. */
const thousands = (s: string | undefined) => {
  const n = num(s);
  return n === null ? null : Math.round(n * 1000);
};
/** BLS top-codes the highest median wages as ">=$239,200": the floor is kept and flagged. */
function wageOf(s: string | undefined): { medianWage: number | null; medianWageTopCoded: boolean } {
  const topCoded = s?.startsWith('>=') ?? false;
  const wage = topCoded ? num(s!.replace(/[^0-9.]/g, '')) : num(s);
  return { medianWage: wage, medianWageTopCoded: topCoded };
}
const groupBy = <T>(rows: T[], key: (r: T) => string) => {
  const m = new Map<string, T[]>();
  for (const r of rows) m.set(key(r), [...(m.get(key(r)) ?? []), r]);
  return m;
};
const exposure = (s: string | undefined): Exposure | null => (s === 'E0' || s === 'E1' || s === 'E2' ? s : null);

/** Percent of values strictly below v. */
function percentileOf(sorted: number[], v: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < v) lo = mid + 1;
    else hi = mid;
  }
  return Math.round((lo / sorted.length) * 100);
}

/**
 * BLS Table 1.12, "Factors affecting occupational utilization": the reason BLS gives for an
 * occupation's projected share of employment, by NEM code. Only the "Total, all industries" rows:
 * the industry rows describe one industry's staffing, not the occupation as a whole.
 */
export async function readUtilizationFactors(dir: string): Promise<Map<string, string>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(join(dir, 'bls-projections', 'occupation.xlsx'));
  const sheet = workbook.getWorksheet('Table 1.12');
  if (!sheet) throw new Error('occupation.xlsx has no sheet "Table 1.12"');
  const factors = new Map<string, string>();
  sheet.eachRow((row) => {
    const [code, industry, factor] = [2, 3, 5].map((c) => String(row.getCell(c).value ?? '').trim());
    if (industry === 'Total, all industries' && /^\d{2}-\d{4}$/.test(code!) && factor) factors.set(code!, factor);
  });
  return factors;
}

/**
 * Routine cognitive intensity as Acemoglu & Autor (2011) build it from O*NET work context: the
 * mean of the standardised "importance of repeating same tasks", "importance of being exact or
 * accurate" and the reverse of "structured versus unstructured work" (high = the worker sets
 * the tasks). Returned as a percentile over the occupations that have work context.
 */
function routinePercentiles(contexts: Row[]): Map<string, number> {
  const columns = [
    ['importance_of_repeating_same_tasks_context', 1],
    ['importance_of_being_exact_or_accurate_context', 1],
    ['structured_versus_unstructured_work_context', -1],
  ] as const;
  const standardise = (column: string) => {
    const values = contexts.map((r) => Number(r[column]));
    const mean = values.reduce((a, v) => a + v, 0) / values.length;
    const sd = Math.sqrt(values.reduce((a, v) => a + (v - mean) ** 2, 0) / values.length);
    return (v: number) => (v - mean) / sd;
  };
  const z = columns.map(([column, sign]) => ({ column, sign, of: standardise(column) }));
  const index = new Map(
    contexts.map((r) => [r['occupation']!, z.reduce((a, c) => a + c.sign * c.of(Number(r[c.column])), 0) / z.length]),
  );
  const sorted = [...index.values()].sort((x, y) => x - y);
  return new Map([...index].map(([title, v]) => [title, percentileOf(sorted, v)]));
}

export async function buildOccupations(dir: string): Promise<OccupationFile> {
  const onet = (f: string) => join(dir, 'onet', f);
  const occupations = readTsv(onet('Occupation Data.txt'));
  const alternates = groupBy(readTsv(onet('Alternate Titles.txt')), (r) => r['O*NET-SOC Code']!);
  const reported = groupBy(readTsv(onet('Sample of Reported Titles.txt')), (r) => r['O*NET-SOC Code']!);
  const tasks = groupBy(readTsv(onet('Task Statements.txt')), (r) => r['O*NET-SOC Code']!);
  const related = groupBy(readTsv(onet('Related Occupations.txt')), (r) => r['O*NET-SOC Code']!);
  const jobZones = new Map(readTsv(onet('Job Zones.txt')).map((r) => [r['O*NET-SOC Code']!, Number(r['Job Zone'])]));
  const zoneNames = Object.fromEntries(
    readTsv(onet('Job Zone Reference.txt')).map((r) => [r['Job Zone']!, r['Name']!.replace(/^Job Zone \w+: /, '')]),
  );
  const iwaOfDwa = new Map(readTsv(onet('DWA Reference.txt')).map((r) => [r['DWA ID']!, r['IWA ID']!]));
  const iwaTitle = new Map(readTsv(onet('IWA Reference.txt')).map((r) => [r['IWA ID']!, r['IWA Title']!]));
  const elementOfIwa = new Map(readTsv(onet('IWA Reference.txt')).map((r) => [r['IWA ID']!, r['Element ID']!]));
  const dwasOfTask = groupBy(readTsv(onet('Tasks to DWAs.txt')), (r) => r['Task ID']!);

  const g = (f: string) => join(dir, 'gpts-are-gpts', f);
  const labels = new Map(
    readCsv(g('full_labelset.tsv'), '\t').map((r) => [String(Math.trunc(Number(r['Task ID']))), r]),
  );
  const occLevel = readCsv(g('occ_level.csv'));
  const beta = new Map(occLevel.map((r) => [r['O*NET-SOC Code']!, Number(r['dv_rating_beta'])]));
  const humanBeta = new Map(occLevel.map((r) => [r['O*NET-SOC Code']!, Number(r['human_rating_beta'])]));
  const contextRows = readCsv(g('occupations_onet_work_contexts.csv'));
  const contexts = new Map(contextRows.map((r) => [r['occupation']!, r]));
  const routine = routinePercentiles(contextRows);

  const b = (f: string) => join(dir, 'bls-projections', f);
  const nemOf = new Map(readTsv(b('nem-onet-to-soc-crosswalk.tsv')).map((r) => [r['O*NET-SOC Code']!, r['NEM Code']!]));
  const projections = new Map(
    readTsv(b('occupation_table_1_2.tsv'))
      .filter((r) => r['Occupation type'] === 'Line item')
      .map((r) => [r['2024 National Employment Matrix code']!, r]),
  );
  const factors = await readUtilizationFactors(dir);

  const applicabilityBySoc = new Map(
    readCsv(join(dir, 'working-with-ai', 'soc_ai_applicability_scores.csv')).map((r) => [
      r['SOC Code']!,
      Number(r['ai_applicability_score']),
    ]),
  );

  const sortedBeta = [...beta.values()].sort((x, y) => x - y);
  const applicabilityOf = (code: string) => applicabilityBySoc.get(nemOf.get(code) ?? code.slice(0, 7)) ?? null;
  const sortedApplicability = occupations
    .map((o) => applicabilityOf(o['O*NET-SOC Code']!))
    .filter((v): v is number => v !== null)
    .sort((x, y) => x - y);

  const out: Occupation[] = occupations.map((occ) => {
    const code = occ['O*NET-SOC Code']!;
    const title = occ['Title']!;
    const ownTasks = (tasks.get(code) ?? []).sort((x, y) => Number(x['Task ID']) - Number(y['Task ID']));
    const types = ownTasks.map((t): TaskType =>
      t['Task Type'] === 'Core' || t['Task Type'] === 'Supplemental' ? t['Task Type'] : null,
    );
    const shares = taskShares(types);
    // Only GPT-4's labels are read: the human annotators' labels stay out as the independent check.
    const all: (EstimatedTask & { id: string })[] = ownTasks.map((t, i) => {
      const label = labels.get(t['Task ID']!);
      const gpt4 = exposure(label?.['gpt4_exposure']);
      const automation = /^T[0-4]$/.test(label?.['gpt4_automation'] ?? '')
        ? Number(label!['gpt4_automation']!.slice(1))
        : null;
      return { id: t['Task ID']!, text: t['Task']!, type: types[i]!, share: shares[i]!, gpt4, automation };
    });
    const labelledShare = round(
      all.filter((t) => t.gpt4).reduce((a, t) => a + t.share, 0),
      1,
    );

    // Keep the most time-consuming tasks (Core first, then task ID); merge the rest into one entry.
    const ranked = [...all].sort((x, y) => y.share - x.share || Number(x.id) - Number(y.id));
    const kept: EstimatedTask[] = ranked.slice(0, MAX_TASKS).map(({ id: _id, ...t }) => t);
    const rest = ranked.slice(MAX_TASKS);
    if (rest.length > 0) {
      const share = round(
        rest.reduce((a, t) => a + t.share, 0),
        1,
      );
      const mix: Record<string, number> = {};
      for (const t of rest) mix[labelKey(t)] = (mix[labelKey(t)] ?? 0) + t.share;
      const sortedMix = Object.fromEntries(
        Object.keys(mix)
          .sort()
          .map((k) => [k, round(mix[k]!, 2)]),
      );
      kept.push({
        text: `${rest.length} further tasks (combined)`,
        type: null,
        share,
        gpt4: null,
        automation: null,
        merged: rest.length,
        mix: sortedMix,
      });
    }
    // Rounding the merged share can leave the total a tenth off 100: give it to the largest task.
    const drift = round(100 - kept.reduce((a, t) => a + t.share, 0), 1);
    if (kept.length && drift !== 0) kept[0]!.share = round(kept[0]!.share + drift, 1);

    const activityTime = new Map<string, number>();
    const exposedTime = new Map<string, number>();
    const elementWeight = new Map<string, number>();
    let mapped = 0;
    for (const t of all) {
      const iwas = [
        ...new Set((dwasOfTask.get(t.id) ?? []).map((d) => iwaOfDwa.get(d['DWA ID']!)).filter((x): x is string => !!x)),
      ];
      if (iwas.length) mapped += t.share;
      for (const iwa of iwas) {
        activityTime.set(iwa, (activityTime.get(iwa) ?? 0) + t.share / iwas.length);
        // Exposed: GPT-4 labels it E1 or E2, so this list does not depend on the fitted score table.
        if (t.gpt4 === 'E1' || t.gpt4 === 'E2')
          exposedTime.set(iwa, (exposedTime.get(iwa) ?? 0) + t.share / iwas.length);
        const element = elementOfIwa.get(iwa)!;
        elementWeight.set(element, (elementWeight.get(element) ?? 0) + t.share / iwas.length);
      }
    }
    const activityWeights = Object.fromEntries(
      [...elementWeight]
        .sort((x, y) => x[0].localeCompare(y[0]))
        .map(([k, v]) => [k, round(v, 1)])
        .filter(([, v]) => (v as number) > 0),
    );
    const top = (m: Map<string, number>) =>
      [...m]
        .sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))
        .slice(0, MAX_ACTIVITIES)
        .map(([iwa]) => iwaTitle.get(iwa)!.replace(/\.$/, ''));

    const titles: string[] = [];
    const addTitle = (t: string | undefined) => {
      if (t && t !== 'n/a' && t !== title && !titles.includes(t) && titles.length < MAX_TITLES) titles.push(t);
    };
    const ownReported = reported.get(code) ?? [];
    for (const r of ownReported.filter((x) => x['Shown in My Next Move'] === 'Y')) addTitle(r['Reported Job Title']);
    for (const r of ownReported) addTitle(r['Reported Job Title']);
    // Alternate titles named by more sources first: those are the ones people use most.
    const alts = [...(alternates.get(code) ?? [])].sort(
      (x, y) =>
        y['Source(s)']!.split(',').length - x['Source(s)']!.split(',').length ||
        x['Alternate Title']!.localeCompare(y['Alternate Title']!),
    );
    for (const a of alts) {
      addTitle(a['Alternate Title']);
      addTitle(a['Short Title']);
    }

    const ctx = contexts.get(title);
    const nem = nemOf.get(code);
    const proj = nem ? projections.get(nem) : undefined;
    const occBeta = beta.get(code) ?? null;
    const applicability = applicabilityOf(code);
    return {
      code,
      title,
      description: occ['Description']!,
      titles,
      jobZone: jobZones.get(code) ?? null,
      tasks: kept,
      taskCount: all.length,
      labelledShare,
      mappedShare: round(mapped, 1),
      activityWeights,
      context: ctx
        ? {
            automation: Number(ctx['degree_of_automation_context']),
            exact: Number(ctx['importance_of_being_exact_or_accurate_context']),
            repeating: Number(ctx['importance_of_repeating_same_tasks_context']),
            structured: Number(ctx['structured_versus_unstructured_work_context']),
            routinePercentile: routine.get(title)!,
          }
        : null,
      projection:
        nem && proj
          ? {
              nem,
              changePct: num(proj['Employment change, percent, 2024–34']),
              training:
                proj['Typical on-the-job training needed to attain competency in the occupation'] === '—'
                  ? null
                  : proj['Typical on-the-job training needed to attain competency in the occupation']!,
              education:
                proj['Typical education needed for entry'] === '—' ? null : proj['Typical education needed for entry']!,
              ...wageOf(proj['Median annual wage, dollars, 2024[1]']),
              openings: thousands(proj['Occupational openings, 2024–34 annual average']),
              factor: factors.get(nem) ?? null,
            }
          : null,
      applicability: applicability === null ? null : round(applicability, 3),
      beta: occBeta === null ? null : round(occBeta, 3),
      betaPercentile: occBeta === null ? null : percentileOf(sortedBeta, occBeta),
      humanBeta: humanBeta.has(code) ? round(humanBeta.get(code)!, 3) : null,
      applicabilityPercentile: applicability === null ? null : percentileOf(sortedApplicability, applicability),
      related: (related.get(code) ?? [])
        .sort((x, y) => Number(x['Index']) - Number(y['Index']))
        .slice(0, MAX_RELATED)
        .map((r) => r['Related O*NET-SOC Code']!),
      activities: top(activityTime),
      exposedActivities: top(exposedTime),
    };
  });

  const count = (p: (o: Occupation) => boolean) => out.filter(p).length;
  const counts = {
    occupations: out.length,
    withTasks: count((o) => o.taskCount > 0),
    withLabels: count((o) => o.labelledShare > 0),
    withJobZone: count((o) => o.jobZone !== null),
    withWorkContext: count((o) => o.context !== null),
    withProjection: count((o) => o.projection?.changePct != null),
    withWage: count((o) => o.projection?.medianWage != null),
    withApplicability: count((o) => o.applicability !== null),
    withUtilizationFactor: count((o) => o.projection?.factor != null),
    withBeta: count((o) => o.beta !== null),
    withRelated: count((o) => o.related.length > 0),
  };
  return { version: 1, release: 'O*NET 30.1', jobZones: zoneNames, counts, occupations: out };
}

/**
 * Every title, alternate title, short title and reported title, normalised once here so start-up
 * does not normalise 60,000 strings. Weight = how many sources name the title for that code
 * (a reported title counts 2, 3 when My Next Move shows it; the occupation's own title 10).
 */
export function buildTitles(dir: string): TitleIndexData {
  const onet = (f: string) => join(dir, 'onet', f);
  const codes = readTsv(onet('Occupation Data.txt')).map((r) => r['O*NET-SOC Code']!);
  const index = new Map(codes.map((c, i) => [c, i]));
  const weights = new Map<string, Map<number, number>>();
  let strings = 0;
  const add = (title: string | undefined, code: string, weight: number) => {
    if (!title || title === 'n/a') return;
    strings += 1;
    const key = normalizeTitle(title);
    if (!key) return;
    const byCode = weights.get(key) ?? new Map<number, number>();
    const i = index.get(code)!;
    byCode.set(i, Math.max(byCode.get(i) ?? 0, weight));
    weights.set(key, byCode);
  };
  for (const r of readTsv(onet('Occupation Data.txt'))) add(r['Title'], r['O*NET-SOC Code']!, 10);
  for (const r of readTsv(onet('Alternate Titles.txt'))) {
    const w = r['Source(s)']!.split(',').length;
    add(r['Alternate Title'], r['O*NET-SOC Code']!, w);
    add(r['Short Title'], r['O*NET-SOC Code']!, w);
  }
  for (const r of readTsv(onet('Sample of Reported Titles.txt')))
    add(r['Reported Job Title'], r['O*NET-SOC Code']!, r['Shown in My Next Move'] === 'Y' ? 3 : 2);
  const titles: Record<string, number[]> = {};
  for (const key of [...weights.keys()].sort()) titles[key] = [...weights.get(key)!].sort((a, b) => a[0] - b[0]).flat();
  return { strings, codes, titles };
}

export function serialiseTitles(data: TitleIndexData): string {
  return `{"strings":${data.strings},"codes":${JSON.stringify(data.codes)},\n"titles":{\n${Object.entries(data.titles)
    .map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`)
    .join(',\n')}\n}}\n`;
}

/**
 * Characters beyond ASCII as \u escapes: one en dash made the bot read the whole file as a string of
 * two bytes a character, twice the memory and a slower parse at every start.
 */
const asciiOnly = (json: string) =>
  json.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** One occupation per line: diffs stay readable and the file stays compact. */
export function serialise(file: OccupationFile): string {
  const { occupations, ...head } = file;
  return asciiOnly(
    `{${Object.entries(head)
      .map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`)
      .join(',')},\n"occupations":[\n${occupations.map((o) => JSON.stringify(o)).join(',\n')}\n]}\n`,
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dir = process.argv[2] ?? process.env.SHARED_DATA_DIR ?? DEFAULT_DATA_DIR;
  try {
    const file = await buildOccupations(dir);
    const text = serialise(file);
    writeFileSync(OUTPUT, text);
    console.log(`wrote ${OUTPUT} (${(text.length / 1024).toFixed(0)} KiB) from ${dir}`);
    for (const [k, v] of Object.entries(file.counts)) console.log(`  ${k}: ${v}`);
    const titles = buildTitles(dir);
    const titleText = serialiseTitles(titles);
    writeFileSync(TITLES_OUTPUT, titleText);
    console.log(
      `wrote ${TITLES_OUTPUT} (${(titleText.length / 1024).toFixed(0)} KiB): ${titles.strings} title strings, ${Object.keys(titles.titles).length} distinct normalised titles`,
    );
  } catch (e) {
    console.error(`build:data failed reading ${dir}: ${(e as Error).message}`);
    process.exit(1);
  }
}
