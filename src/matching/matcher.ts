// Finds the role a person means from the words they use: exact names first, then the O*NET title
// index, then fuse.js over the few names sharing a word with the query (the word index finds them);
// seniority words pick the level; close calls ask back. One resolver for the commands and the conversation.
import Fuse from 'fuse.js';
import { roleRef, UserError } from '../errors.ts';
import { normalizeTitle, swapEngineerDeveloper } from './normalize.ts';
import type { Role, Seniority } from '../catalog/schema.ts';
import type { Catalog } from '../catalog/catalog.ts';
import type { Match, NameResolver } from './match.ts';
import { extractSeniority, LEVEL_NAMES, nearestLevel } from './seniority.ts';
import { familiesForHit, familyForCode } from './onet-names.ts';
import { expandAbbreviations } from './title-index.ts';
import { WordIndex } from './word-index.ts';
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
  /** The names fuse.js may score, and their words. */
  private readonly entries: Entry[] = [];
  private readonly words: WordIndex;

  constructor(private readonly catalog: Catalog) {
    const entries = this.entries;
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
    this.words = new WordIndex(entries.map((e) => e.name));
  }

  /**
   * fuse.js over the names that `minAgreement` of the query's words agree with, best first. A name's
   * fuse.js score does not depend on the other names, so scoring only these ranks them exactly as
   * scoring every name would. Where many names qualify (suggestions, a common word), those sharing
   * the most words are scored, at most MAX_SCORED.
   */
  private fuzzy(query: string, minAgreement: number, limit: number, prefixLast = false, cap = Infinity) {
    // fuse.js finds nothing for one letter (minMatchCharLength), so neither do we, for free.
    if (query.length < FUSE_OPTIONS.minMatchCharLength) return [];
    const agreement = this.words.agreement(query, prefixLast);
    let ids = [...agreement.keys()].filter((id) => agreement.get(id)! >= minAgreement);
    if (ids.length > cap) ids = ids.sort((a, b) => agreement.get(b)! - agreement.get(a)! || a - b).slice(0, cap);
    if (ids.length === 0) return [];
    const fuse = new Fuse(
      ids.sort((a, b) => a - b).map((id) => this.entries[id]!),
      FUSE_OPTIONS,
    );
    return fuse.search(query, { limit }).map((r) => ({ item: r.item, score: r.score ?? 1 }));
  }

  resolve(query: string): Match {
    // "big data engineer (spark/hadoop)": the brackets often hold a stack; try without them.
    const bare = query.replace(/\([^)]*\)|\[[^\]]*\]/g, ' ').trim();
    const retry = Boolean(bare) && bare !== query.trim();
    try {
      // When the bare query is tried next, its suggestions are the ones shown: none are looked for here.
      return this.resolveOnce(query, !retry);
    } catch (e) {
      if (e instanceof UserError && e.code === 'no_match' && retry) return this.resolveOnce(bare);
      throw e;
    }
  }

  private resolveOnce(query: string, suggest = true): Match {
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
    const results = this.fuzzy(spelled, MIN_WORD_AGREEMENT, 20);
    const best = results[0];
    if (!best || best.score > MATCH_THRESHOLD) {
      const onetFuzzy = this.onet(query, rest, level, 'fuzzy');
      if (onetFuzzy) return onetFuzzy;
      // Suggest only names sharing at least one word with the query, never look-alike letters.
      const nearest = suggest
        ? this.uniqueFamilies(this.fuzzy(spelled, Number.MIN_VALUE, 20, false, MAX_SCORED))
            .slice(0, 3)
            .map((f) => this.catalog.defaultRole(f))
        : [];
      throw new UserError(
        'no_match',
        `I don't know a role called "${clip(query)}".${nearest.length ? ' Did you mean one of these?' : ' Try a job title such as "backend developer" or "data engineer".'}`,
        nearest.map(roleRef),
      );
    }
    const close = results.filter((r) => r.score <= Math.min(MATCH_THRESHOLD, best.score + AMBIGUITY_MARGIN));
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
    // Names every typed word agrees with (the last one still being typed), else names some words agree with.
    const fuzzy = rest
      ? ((r) => (r.length ? r : this.fuzzy(rest, Number.MIN_VALUE, limit * 3, true, MAX_SCORED)))(
          this.fuzzy(rest, 1, limit * 3, true, MAX_SCORED),
        )
      : [];
    // Close catalog names first, then O*NET titles completing what was typed, then loose names.
    const index = this.catalog.titleIndex;
    const onet =
      rest && index
        ? index.search(expandAbbreviations(rest), limit, true).flatMap((hit) => familiesForHit(this.catalog, hit))
        : [];
    const families = rest
      ? [
          ...this.uniqueFamilies(fuzzy.filter((r) => r.score <= MATCH_THRESHOLD)),
          ...onet,
          ...this.uniqueFamilies(fuzzy),
        ]
      : [...this.catalog.families.keys()];
    const roles: Role[] = [];
    for (const family of new Set(families)) {
      if (roles.length >= limit) break;
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

/** Share of the query's words that must agree with a name's words (word-index.ts) for a fuzzy hit to count. */
const MIN_WORD_AGREEMENT = 2 / 3;

/** The most names fuse.js scores for suggestions; beyond it, names sharing fewer words wait. */
const MAX_SCORED = 64;

const FUSE_OPTIONS = {
  keys: ['name'],
  includeScore: true,
  ignoreLocation: true,
  threshold: SUGGESTION_THRESHOLD,
  minMatchCharLength: 2,
};

/**
 * Mentions and broadcasts pasted with a title ("@here backend developer", "<!channel> nurse"): Slack's
 * <@U…>, <!here>, <#C…|name>, Discord's <@123>, <@&123>, <#123>, and a typed @everyone / @here.
 */
const CHAT_MENTION = /<[@#!][^<>]{0,120}>|(?<![\w@])@(?:everyone|here|channel)\b/gi;

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
  const normalized = normalizeTitle(trimmed.replace(CHAT_MENTION, ' '));
  if (!normalized)
    throw new UserError('bad_input', 'I could not find any words in that. Try a job title such as "data engineer".');
  return normalized;
}

const clip = (s: string) => truncate(s.trim(), 60);
