// Finds the role a person means from the words they use: exact names first, then fuse.js over
// every title and alias; seniority words pick the level; close calls ask back.
import Fuse from 'fuse.js';
import { roleRef, UserError } from '../errors.ts';
import { normalizeTitle, swapEngineerDeveloper } from './normalize.ts';
import type { Role, Seniority } from '../catalog/schema.ts';
import type { Catalog } from '../catalog/catalog.ts';
import type { Match, NameResolver } from './match.ts';
import { extractSeniority, LEVEL_NAMES, nearestLevel } from './seniority.ts';
import { familiesForHit, familyForCode } from './onet-names.ts';
import { editDistance, expandAbbreviations } from './title-index.ts';
import { truncate } from '../output/text.ts';

export const MAX_QUERY_LENGTH = 120;
/** fuse.js scores run 0 (exact) … 1; above this nothing counts as a match. */
const MATCH_THRESHOLD = 0.34;
/** Two families this close in score are both plausible: ask back. */
const AMBIGUITY_MARGIN = 0.03;
const SUGGESTION_THRESHOLD = 0.6;

interface Entry {
  name: string;
  display: string;
  family: string;
  roleId?: string;
}

export class RoleMatcher implements NameResolver {
  private readonly exact = new Map<string, Entry[]>();
  private readonly fuse: Fuse<Entry>;

  constructor(private readonly catalog: Catalog) {
    const entries: Entry[] = [];
    const estimated = (family: string) => catalog.levelsOf(family)[0]?.basis === 'estimated';
    const add = (display: string, family: string, roleId: string | undefined, fuzzy = true) => {
      const name = normalizeTitle(display);
      if (!name) return;
      const list = this.exact.get(name) ?? [];
      if (list.some((e) => e.family === family && e.roleId === roleId)) return;
      // A name a hand-assessed role carries keeps leading to it, never to an O*NET estimate.
      if (estimated(family) && list.some((e) => !estimated(e.family))) return;
      const entry = { name, display, family, roleId };
      list.push(entry);
      this.exact.set(name, list);
      if (fuzzy) entries.push(entry);
    };
    for (const [family, levels] of catalog.families) {
      const first = levels[0]!;
      // Estimates are found fuzzily through the title index, keeping fuse.js small and fast.
      add(first.familyTitle, family, undefined, !estimated(family));
      const familyAliases = first.aliases.filter((a) => !first.levelAliases.includes(a));
      // A name several families share on purpose is indexed for each; the match then asks back.
      // O*NET alternate titles are matched through the title index, which weighs them by source.
      if (!estimated(family))
        for (const alias of [...familyAliases, ...first.ambiguousAliases]) add(alias, family, undefined);
      for (const role of levels) {
        add(role.title, family, role.id, !estimated(family));
        for (const alias of role.levelAliases) add(alias, family, role.id);
      }
    }
    // An O*NET occupation's own title answers that occupation, never an alias of a niche role.
    for (const o of catalog.estimates?.occupations.values() ?? []) {
      const family = familyForCode(catalog, o.code);
      const name = normalizeTitle(o.title);
      if (family && name) this.exact.set(name, [{ name, display: o.title, family }]);
    }
    this.fuse = new Fuse(entries, {
      keys: ['name'],
      includeScore: true,
      ignoreLocation: true,
      threshold: SUGGESTION_THRESHOLD,
      minMatchCharLength: 2,
    });
  }

  resolve(query: string): Match {
    try {
      return this.resolveOnce(query);
    } catch (e) {
      // "big data engineer (spark/hadoop)": the brackets often hold a stack; try without them.
      const bare = query.replace(/\([^)]*\)|\[[^\]]*\]/g, ' ').trim();
      if (e instanceof UserError && e.code === 'no_match' && bare && bare !== query.trim())
        return this.resolveOnce(bare);
      throw e;
    }
  }

  private resolveOnce(query: string): Match {
    const byId = this.catalog.byId.get(query.trim());
    if (byId) return { role: byId, matched: byId.title };
    const normalized = checkQuery(query);
    const direct = this.exact.get(normalized);
    if (direct) return this.fromEntries(query, direct, undefined);
    const { level, rest } = extractSeniority(normalized);
    if (!rest) {
      throw new UserError(
        'bad_input',
        `"${LEVEL_NAMES[level ?? 'any']}" of what? Add a job title, for example "${level ?? 'senior'} data engineer".`,
      );
    }
    const exact = this.exact.get(rest) ?? this.exact.get(swapEngineerDeveloper(rest));
    if (exact) return this.fromEntries(query, exact, level);

    const onetExact = this.onet(query, rest, level, 'exact');
    if (onetExact) return onetExact;
    // Short forms mean their long form everywhere ("hr" is human resources, not "HR Analyst").
    const spelled = expandAbbreviations(rest);
    const loose = this.fuse.search(spelled, { limit: 20 });
    const agreement = new Map(loose.map((r) => [r, wordAgreement(spelled, r.item.name)]));
    const results = loose.filter((r) => agreement.get(r)! >= MIN_WORD_AGREEMENT);
    const best = results[0];
    if (!best || (best.score ?? 1) > MATCH_THRESHOLD) {
      const onetFuzzy = this.onet(query, rest, level, 'fuzzy');
      if (onetFuzzy) return onetFuzzy;
      // Suggest only names sharing at least one word with the query, never look-alike letters.
      const nearest = this.uniqueFamilies(loose.filter((r) => agreement.get(r)! > 0))
        .slice(0, 3)
        .map((f) => this.catalog.defaultRole(f));
      throw new UserError(
        'no_match',
        `I don't know a role called "${clip(query)}".${nearest.length ? ' Did you mean one of these?' : ' Try a job title such as "backend developer" or "data engineer".'}`,
        nearest.map(roleRef),
      );
    }
    const close = results.filter(
      (r) => (r.score ?? 1) <= Math.min(MATCH_THRESHOLD, (best.score ?? 0) + AMBIGUITY_MARGIN),
    );
    return this.fromEntries(
      query,
      close.map((r) => r.item),
      level,
    );
  }

  /** Roles ranked for autocomplete: default level of each matching family first, then its other levels. */
  suggest(query: string, limit: number): Role[] {
    const normalized = normalizeTitle(query.slice(0, MAX_QUERY_LENGTH));
    const { level, rest } = extractSeniority(normalized);
    const fuzzy = rest ? this.fuse.search(rest, { limit: limit * 3 }) : [];
    // Close catalog names first, then O*NET titles completing what was typed, then loose names.
    const index = this.catalog.titleIndex;
    const onet =
      rest && index
        ? index.search(expandAbbreviations(rest), limit, true).flatMap((hit) => familiesForHit(this.catalog, hit))
        : [];
    const families = rest
      ? [
          ...this.uniqueFamilies(fuzzy.filter((r) => (r.score ?? 1) <= MATCH_THRESHOLD)),
          ...onet,
          ...this.uniqueFamilies(fuzzy),
        ]
      : [...this.catalog.families.keys()];
    const roles: Role[] = [];
    for (const family of new Set(families)) {
      const levels = this.catalog.levelsOf(family);
      const first = level ? nearestLevel(levels, level) : this.catalog.defaultRole(family);
      roles.push(first, ...levels.filter((r) => r !== first));
    }
    return roles.slice(0, limit);
  }

  /** O*NET titles (all 60,000+), exactly or with typos, through matching/title-index.ts. */
  private onet(
    query: string,
    rest: string,
    level: Exclude<Seniority, 'any'> | undefined,
    how: 'exact' | 'fuzzy',
  ): Match | undefined {
    const index = this.catalog.titleIndex;
    if (!index) return undefined;
    const expanded = expandAbbreviations(rest);
    const hits =
      how === 'exact'
        ? // The heaviest of the forms: "customer service rep" (one source) loses to the expanded title.
          [index.exact(rest), index.exact(swapEngineerDeveloper(rest)), index.exact(expanded)]
            .filter((h) => !!h)
            .sort((a, b) => b.codes[0]!.weight - a.codes[0]!.weight)
            .slice(0, 1)
        : index.search(expanded, 3);
    const top = hits.filter((h) => h.score === hits[0]?.score);
    const families = [...new Set(top.flatMap((h) => familiesForHit(this.catalog, h)))];
    if (families.length === 0) return undefined;
    return this.fromEntries(
      query,
      families.map((family) => ({ name: top[0]!.key, display: top[0]!.key, family })),
      level,
    );
  }

  private uniqueFamilies(results: { item: Entry }[]): string[] {
    return [...new Set(results.map((r) => r.item.family))];
  }

  private fromEntries(query: string, entries: Entry[], level: Exclude<Seniority, 'any'> | undefined): Match {
    const families = [...new Set(entries.map((e) => e.family))];
    if (families.length > 1) {
      const candidates = families.map((f) => {
        const levels = this.catalog.levelsOf(f);
        return level ? nearestLevel(levels, level) : this.catalog.defaultRole(f);
      });
      throw new UserError(
        'ambiguous',
        `"${clip(query)}" could mean several roles. Which one did you mean?`,
        candidates.map(roleRef),
      );
    }
    const entry = entries[0]!;
    const levels = this.catalog.levelsOf(entry.family);
    if (entry.roleId && !level) return { role: this.catalog.byId.get(entry.roleId)!, matched: entry.display };
    if (!level) return { role: this.catalog.defaultRole(entry.family), matched: entry.display };
    const role = nearestLevel(levels, level);
    const note =
      role.seniority === level || (role.seniority === 'any' && levels.length === 1 && level === 'mid')
        ? undefined
        : `There is no ${LEVEL_NAMES[level].toLowerCase()} level for ${role.familyTitle}; showing ${role.title}.`;
    return { role, matched: entry.display, requestedLevel: level, note };
  }
}

/** Share of the query's words that must agree with the name's words for a fuzzy hit to count. */
const MIN_WORD_AGREEMENT = 2 / 3;

/**
 * fuse.js scores characters, so "penguin" comes close to "engineer". The share of query words
 * that equal a word of the name, start it, or are a typo of it; a fuzzy hit needs most of them.
 */
export function wordAgreement(query: string, name: string): number {
  const nameWords = name.split(' ');
  const close = (q: string, w: string) => {
    if (q === w || (q.length >= 3 && w.startsWith(q)) || isTransposition(q, w)) return true;
    const letters = q.replace(/\d+\w*$/, ''); // "unity3d" is "unity" with a version glued on
    if (letters.length >= 4 && letters !== q && letters === w) return true;
    const edits = q.length >= 8 ? 2 : q.length >= 4 ? 1 : 0;
    return edits > 0 && Math.abs(q.length - w.length) <= edits && editDistance(q, w, edits) <= edits;
  };
  // A short bare number ("sdet 2") is a grade or a count, not part of the title.
  const words = query.split(' ').filter((w) => !/^\d{1,2}$/.test(w));
  if (words.length === 0) return 0;
  return words.filter((q) => nameWords.some((w) => close(q, w))).length / words.length;
}

/** Two neighbouring letters swapped ("netwrok"): one slip of the fingers, not two edits. */
function isTransposition(a: string, b: string): boolean {
  if (a.length !== b.length || a.length < 4) return false;
  const diff = [...a].flatMap((ch, i) => (ch === b[i] ? [] : [i]));
  return diff.length === 2 && diff[1] === diff[0]! + 1 && a[diff[0]!] === b[diff[1]!] && a[diff[1]!] === b[diff[0]!];
}

/** Rejects input no title could be made from, with a message for the person who typed it. */
function checkQuery(query: string): string {
  const trimmed = query.trim();
  if (!trimmed)
    throw new UserError('bad_input', 'Tell me a job title, for example "backend developer" or "data analyst".');
  if (trimmed.length > MAX_QUERY_LENGTH) {
    throw new UserError(
      'bad_input',
      `That is ${trimmed.length} characters, too long for a job title. Try a few words, like "QA engineer".`,
    );
  }
  const normalized = normalizeTitle(trimmed);
  if (!normalized)
    throw new UserError('bad_input', 'I could not find any words in that. Try a job title such as "data engineer".');
  return normalized;
}

const clip = (s: string) => truncate(s.trim(), 60);
