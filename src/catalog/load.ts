// Loads roles/*.yaml, validates every file and the catalog as a whole, and indexes the roles.
// Any problem stops start-up with the file, the field and what is wrong; nothing is skipped.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseDocument } from 'yaml';
import type { z } from 'zod';
import { catalogKey, readCache, writeCache, type CachedCatalog } from './cache.ts';
import { normalizeTitle } from '../matching/normalize.ts';
import { completeAssessmentSchema, familyFileSchema, JUDGEMENT, type FamilyFile, type Role } from './schema.ts';
import { LEVEL_NAMES } from '../matching/seniority.ts';

export interface CatalogProblem {
  file: string;
  field: string;
  message: string;
}

export class CatalogError extends Error {
  constructor(readonly problems: CatalogProblem[]) {
    super(
      `The role catalog has ${problems.length} problem(s):\n${problems.map((p) => `  ${p.file}: ${p.field}: ${p.message}`).join('\n')}`,
    );
    this.name = 'CatalogError';
  }
}

const SHARE_TOLERANCE = 0.01;

const fieldPath = (path: readonly PropertyKey[]) =>
  path.reduce<string>(
    (acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)),
    '',
  ) || '(file)';

function zodProblems(file: string, error: z.ZodError): CatalogProblem[] {
  return error.issues.map((issue) => ({ file, field: fieldPath(issue.path), message: issue.message }));
}

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>(
    (v, key) => (v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[key] : undefined),
    value,
  );
}

export function roleId(family: string, seniority: string): string {
  return seniority === 'any' ? family : `${family}-${seniority}`;
}

/** Turns one parsed family file into complete roles, or problems. */
export function rolesFromFamily(file: string, data: FamilyFile): { roles: Role[]; problems: CatalogProblem[] } {
  const problems: CatalogProblem[] = [];
  const roles: Role[] = [];
  const { levels, family, title, onet, aliases, ambiguousAliases, sources, default: _default, ...inherited } = data;
  const seen = new Set<string>();
  levels.forEach((level, i) => {
    const { seniority, title: levelTitle, aliases: levelAliases, sources: levelSources, published, ...own } = level;
    if (seen.has(seniority))
      problems.push({
        file,
        field: `levels[${i}].seniority`,
        message: `level "${seniority}" appears twice in this family`,
      });
    seen.add(seniority);
    const merged = { ...inherited, ...Object.fromEntries(Object.entries(own).filter(([, v]) => v !== undefined)) };
    const parsed = completeAssessmentSchema.safeParse(merged);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const missing = valueAt(merged, issue.path) === undefined;
        problems.push({
          file,
          field: fieldPath(['levels', i, ...issue.path]),
          message: missing ? 'is missing (set it on the level or on the family)' : issue.message,
        });
      }
      return;
    }
    for (const [key, item] of Object.entries(parsed.data.evidence)) {
      if (item.source) continue;
      const where = own.evidence ? ['levels', i, 'evidence'] : ['evidence'];
      problems.push({
        file,
        field: fieldPath([...where, key, 'source']),
        message: `is missing: cite where the number comes from, or write "${JUDGEMENT}"`,
      });
    }
    const total = parsed.data.tasks.reduce((a, t) => a + t.share, 0);
    if (Math.abs(total - 100) > SHARE_TOLERANCE) {
      problems.push({ file, field: `levels[${i}].tasks`, message: `task shares sum to ${+total.toFixed(2)}, not 100` });
    }
    roles.push({
      ...parsed.data,
      id: roleId(family, seniority),
      family,
      familyTitle: title,
      title: levelTitle ?? (seniority === 'any' ? title : `${title} (${LEVEL_NAMES[seniority]})`),
      seniority,
      onet,
      aliases: [...aliases, ...(levelAliases ?? [])],
      levelAliases: levelAliases ?? [],
      ambiguousAliases,
      sources: [...sources, ...(levelSources ?? [])],
      published,
      basis: 'assessed',
      file,
    });
  });
  if (data.default && !seen.has(data.default)) {
    problems.push({
      file,
      field: 'default',
      message: `names level "${data.default}", which this family does not have`,
    });
  }
  if (sources.length === 0 && levels.every((l) => !l.sources?.length)) {
    problems.push({ file, field: 'sources', message: 'a role must list its sources' });
  }
  return { roles, problems };
}

/** Reads and validates one role file. */
export function parseRoleFile(
  file: string,
  source: string,
): { family?: FamilyFile; roles: Role[]; problems: CatalogProblem[] } {
  const doc = parseDocument(source, { prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      roles: [],
      problems: doc.errors.map((e) => ({
        file,
        field: `line ${e.linePos?.[0]?.line ?? '?'}`,
        message: `not valid YAML: ${e.message.split('\n')[0]}`,
      })),
    };
  }
  const parsed = familyFileSchema.safeParse(doc.toJS());
  if (!parsed.success) return { roles: [], problems: zodProblems(file, parsed.error) };
  return { family: parsed.data, ...rolesFromFamily(file, parsed.data) };
}

/** Checks that need the whole catalog: unique ids, aliases claimed once, known transition targets. */
export function crossCheck(roles: Role[], familyDefaults: Map<string, string | undefined>): CatalogProblem[] {
  const problems: CatalogProblem[] = [];
  const ids = new Map<string, Role>();
  for (const role of roles) {
    const other = ids.get(role.id);
    if (other)
      problems.push({
        file: role.file,
        field: 'family',
        message: `role id "${role.id}" is already used by ${other.file}`,
      });
    else ids.set(role.id, role);
  }
  const families = new Set(roles.map((r) => r.family));
  const claims = new Map<string, Role>();
  for (const role of roles) {
    for (const alias of new Set([role.familyTitle, role.title, ...role.aliases])) {
      const key = normalizeTitle(alias);
      if (!key) {
        problems.push({ file: role.file, field: 'aliases', message: `"${alias}" has no letters or digits` });
        continue;
      }
      const owner = claims.get(key);
      const sharedOnPurpose = (r: Role) => r.ambiguousAliases.some((a) => normalizeTitle(a) === key);
      if (owner && owner.family !== role.family && !(sharedOnPurpose(owner) && sharedOnPurpose(role))) {
        problems.push({
          file: role.file,
          field: 'aliases',
          message: `"${alias}" is already claimed by ${owner.file} (${owner.title}); list it under ambiguousAliases in both files if it really names both`,
        });
      } else if (!owner) claims.set(key, role);
    }
  }
  for (const role of roles) {
    role.transitions.forEach((t, i) => {
      const field = `transitions[${i}].to (${role.id})`;
      if (!ids.has(t.to) && !families.has(t.to))
        problems.push({ file: role.file, field, message: `"${t.to}" is not a role or family in the catalog` });
      else if (t.to === role.id || (t.to === role.family && familyDefaults.get(role.family) === role.seniority)) {
        problems.push({ file: role.file, field, message: 'a role cannot transition to itself' });
      }
    });
  }
  return problems;
}

export interface LoadedRoles {
  roles: Role[];
  defaults: Map<string, string | undefined>;
  /** The content key of the role files and their validation code; absent when loaded without the cache. */
  key?: string;
}

/** Loads every *.yaml / *.yml in `dir`; throws CatalogError listing every problem found. */
export function loadRoleFiles(dir: string, options: { cache?: boolean } = {}): LoadedRoles {
  let names: string[];
  try {
    names = readdirSync(dir)
      .filter((n) => /\.ya?ml$/.test(n))
      .sort();
  } catch (e) {
    throw new CatalogError([
      { file: dir, field: '(directory)', message: `cannot read the roles directory: ${(e as Error).message}` },
    ]);
  }
  if (names.length === 0)
    throw new CatalogError([{ file: dir, field: '(directory)', message: 'holds no .yaml role files' }]);
  const files = names.map((name) => {
    const path = join(dir, name);
    return { name: relative(process.cwd(), path) || path, text: readFileSync(path, 'utf8') };
  });
  const useCache = options.cache ?? true;
  const key = useCache ? catalogKey(files) : '';
  const cached = useCache ? readCache<CachedCatalog>('catalog', key) : undefined;
  if (cached) return { roles: cached.roles, defaults: new Map(cached.defaults), key };

  const problems: CatalogProblem[] = [];
  const roles: Role[] = [];
  const defaults = new Map<string, string | undefined>();
  for (const { name, text } of files) {
    const result = parseRoleFile(name, text);
    problems.push(...result.problems);
    roles.push(...result.roles);
    if (result.family?.default) defaults.set(result.family.family, result.family.default);
  }
  problems.push(...crossCheck(roles, defaults));
  if (problems.length > 0) throw new CatalogError(problems);
  if (!useCache) return { roles, defaults };
  writeCache('catalog', key, { roles, defaults: [...defaults] });
  return { roles, defaults, key };
}
