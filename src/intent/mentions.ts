// Finds role names inside a sentence: every span of one to four words is looked up in an index of
// the catalog's titles and aliases (exact after normalising, with seniority words, plurals, joined
// compounds and one- or two-letter typos tolerated), longest span first, left to right.
import { UserError, isUserError, roleRef, type RoleRef } from '../errors.ts';
import { editDistance } from '../matching/edit-distance.ts';
import type { Match } from '../matching/match.ts';
import { swapEngineerDeveloper } from '../matching/normalize.ts';
import type { Catalog } from '../catalog/catalog.ts';
import { extractSeniority, seniorityWord } from '../matching/seniority.ts';
import { everydayAt, isOccupationWord, prepareEverydayIndex } from './everyday.ts';
import { normWord } from './norm-word.ts';
import { COMMON_WORDS, NUMBER_WORDS } from './words.ts';

export const MAX_SPAN = 4;
/** Shorter words are too often real words a letter away from a title word ("cover", "coder"). */
const MIN_TYPO_LENGTH = 6;

export interface Mention {
  /** Index of the first and one past the last word in the message. */
  start: number;
  end: number;
  /** The normalised words that matched. */
  text: string;
  match?: Match;
  /** Set when the words name several families equally well. */
  candidates?: RoleRef[];
  /** A word other families' titles share too: the families it could also mean. */
  sharedWith?: RoleRef[];
  /** An everyday name found through a derived form or a single generic word: weak evidence. */
  weak?: boolean;
  /** Found among the everyday names of the O*NET occupations. */
  everyday?: boolean;
}

export interface Words {
  /** The message's words, lower-case, as typed. */
  raw: string[];
  /** Each word normalised on its own ('' for filler), typos corrected against the catalog's vocabulary. */
  norm: string[];
}

interface CatalogIndex {
  /** Every title and alias, normalised (also word by word), to the name as the catalog writes it. */
  names: Map<string, string>;
  /** Normalised words of every name. */
  vocabulary: Set<string>;
  /** Words a typo is compared with (as written in the catalog, and normalised), by first letter, with the word they stand for. */
  byInitial: Map<string, [string, string][]>;
  /** Last words shared by several families ("developer", "engineer"): alone, they name no role in particular. */
  heads: Set<string>;
  /** The first words of a longer name, when they begin names of one family only: "site reliability", "qa". */
  prefixes: Map<string, string>;
  /** Each normalised word of a name → the families whose names use it, with how many names do. */
  wordFamilies: Map<string, Map<string, number>>;
  /** Each normalised word of a family's own title → those families ("qa" → QA Engineer, Manual QA Tester). */
  titleWordFamilies: Map<string, string[]>;
  /**
   * What the resolver says to a title word several families share, said alone ("data"): a fuzzy
   * search over every name using the word, so it is kept, and filled in by the warm-up.
   */
  sharedResolved: Map<string, Resolution | undefined>;
}

type Resolution = Pick<Mention, 'match' | 'candidates'>;

/** Everyday forms of title words that catalog names rarely spell out, so typos of them are caught too. */
const TITLE_WORD_FORMS = [
  'development',
  'developers',
  'engineering',
  'engineers',
  'testing',
  'testers',
  'administration',
  'administrators',
  'analysts',
  'science',
  'scientists',
  'management',
  'managers',
  'operations',
  'infrastructure',
  'automation',
  'security',
  'reliability',
  'database',
  'software',
  'support',
];
const MIN_HEAD_FAMILIES = 3;
const MAX_ACRONYM = 4;
/** Activity → the person doing it, tried only when the result is a word of some title. */
const DOER_SUFFIXES: [string, string][] = [
  ['ement', 'er'],
  ['ment', 'er'],
  ['ation', 'ator'],
  ['ing', 'er'],
  ['ing', ''],
  ['sis', 'st'],
  ['ence', 'entist'],
  ['ics', 'ician'],
  ['', 'er'],
];
const indexes = new WeakMap<Catalog, CatalogIndex>();

const perWord = (name: string) => splitWords(name).map(normWord).filter(Boolean).join(' ');

function indexOf(catalog: Catalog): CatalogIndex {
  let index = indexes.get(catalog);
  if (index) return index;
  // Hand-assessed roles only: the O*NET estimates' everyday titles ("cooks", "mates", "team assemblers")
  // would turn chat words into roles. Estimated roles stay reachable through the commands.
  const roles = catalog.roles.filter(isAssessed);
  const families = [...catalog.families].filter(([, levels]) => levels.some(isAssessed));
  const names = new Map<string, string>();
  for (const role of roles) {
    for (const name of [role.familyTitle, role.title, ...role.aliases, ...role.ambiguousAliases]) {
      for (const key of [normWord(name), perWord(name)]) if (key && !names.has(key)) names.set(key, name);
    }
  }
  const vocabulary = new Set([...names.keys()].flatMap((n) => n.split(' ')));
  const written = new Map<string, string>([...vocabulary].map((w) => [w, w]));
  for (const role of roles) {
    for (const w of [...role.aliases, role.familyTitle].flatMap(splitWords))
      if (vocabulary.has(normWord(w))) written.set(w, normWord(w));
  }
  for (const w of TITLE_WORD_FORMS) if (vocabulary.has(normWord(w))) written.set(w, normWord(w));
  const byInitial = new Map<string, [string, string][]>();
  for (const [w, n] of written) {
    const list = byInitial.get(w[0]!) ?? [];
    byInitial.set(w[0]!, list);
    list.push([w, n]);
  }
  const headFamilies = new Map<string, Set<string>>();
  for (const role of roles) {
    for (const name of [role.familyTitle, ...role.aliases]) {
      const head = normWord(name).split(' ').at(-1);
      if (head) headFamilies.set(head, (headFamilies.get(head) ?? new Set()).add(role.family));
    }
  }
  const heads = new Set([...headFamilies].filter(([, f]) => f.size >= MIN_HEAD_FAMILIES).map(([h]) => h));
  const prefixFamilies = new Map<string, { families: Set<string>; name: string }>();
  for (const role of roles) {
    for (const name of [role.familyTitle, ...role.aliases]) {
      const tokens = normWord(name).split(' ');
      for (let n = 1; n < tokens.length; n++) {
        const prefix = tokens.slice(0, n).join(' ');
        // One word only when it is short like an acronym ("qa", "ux", "soc") and no everyday or seniority word.
        if (n === 1 && (prefix.length > MAX_ACRONYM || COMMON_WORDS.has(prefix) || seniorityWord(prefix))) continue;
        const entry = prefixFamilies.get(prefix) ?? { families: new Set<string>(), name };
        prefixFamilies.set(prefix, { ...entry, families: entry.families.add(role.family) });
      }
    }
  }
  const prefixes = new Map(
    [...prefixFamilies].filter(([p, e]) => e.families.size === 1 && !names.has(p)).map(([p, e]) => [p, e.name]),
  );
  const wordFamilies = new Map<string, Map<string, number>>();
  const titleWordFamilies = new Map<string, string[]>();
  for (const [family, levels] of families) {
    const first = levels[0]!;
    for (const name of new Set([first.familyTitle, ...levels.flatMap((r) => [r.title, ...r.aliases])])) {
      for (const w of new Set(perWord(name).split(' ').filter(Boolean))) {
        const counts = wordFamilies.get(w) ?? new Map<string, number>();
        wordFamilies.set(w, counts.set(family, (counts.get(family) ?? 0) + 1));
      }
    }
    for (const w of new Set(perWord(first.familyTitle).split(' ').filter(Boolean)))
      titleWordFamilies.set(w, [...(titleWordFamilies.get(w) ?? []), family]);
  }
  index = { names, vocabulary, byInitial, heads, prefixes, wordFamilies, titleWordFamilies, sharedResolved: new Map() };
  indexes.set(catalog, index);
  return index;
}

/** Builds the catalog's name index now, so that no question pays for it (called when the catalog loads). */
export function prepareMentionIndex(catalog: Catalog): void {
  const index = indexOf(catalog);
  for (const [word, families] of index.titleWordFamilies)
    if (families.length > 1)
      resolveSharedWord(catalog, index, word, roleQuery(word, index) ?? index.prefixes.get(word));
  prepareEverydayIndex(catalog);
}

/** The resolver's answer for a shared title word alone; `whole` is the catalog's name it spells, if any. */
function resolveSharedWord(
  catalog: Catalog,
  index: CatalogIndex,
  word: string,
  whole: string | undefined,
): Resolution | undefined {
  if (!index.sharedResolved.has(word)) index.sharedResolved.set(word, resolveMention(catalog, whole ?? word));
  return index.sharedResolved.get(word);
}

/**
 * Families the words most likely name, best first, from the index alone (no fuzzy search, so it
 * costs microseconds): each word votes for the families whose names use it, rarer words louder,
 * words of a family's own title loudest.
 */
export function guessFamilies(catalog: Catalog, words: string[], limit: number): string[] {
  const index = indexOf(catalog);
  const scores = new Map<string, number>();
  for (const word of new Set(words.filter(Boolean).flatMap((w) => w.split(' ')))) {
    if (COMMON_WORDS.has(word) || seniorityWord(word)) continue;
    const counts = index.wordFamilies.get(word);
    if (!counts) continue;
    const weight = 1 / counts.size;
    const ownTitle = new Set(index.titleWordFamilies.get(word) ?? []);
    for (const [family, n] of counts)
      scores.set(family, (scores.get(family) ?? 0) + weight * (ownTitle.has(family) ? 3 : 1) * Math.min(1 + n / 10, 2));
  }
  return [...scores]
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([f]) => f);
}

/** The families whose own titles use this one word, when there are several: said alone, it asks back. */
function sharedTitleWord(index: CatalogIndex, word: string): string[] | undefined {
  const families = index.titleWordFamilies.get(word);
  return families && families.length > 1 ? families : undefined;
}

export function splitWords(text: string): string[] {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/c\+\+/g, 'cpp')
    .replace(/c#/g, 'csharp')
    .replace(/\.net\b/g, 'dotnet')
    .replace(/\b(\w+)\.js\b/g, '$1js')
    .split(/[^\p{L}\p{N}']+/u)
    .map((w) => w.replace(/'s$|'/g, ''))
    .filter(Boolean);
}

/** A word the catalog does not know, mapped to the catalog word it is most likely a typo or plural of. */
function correct(word: string, index: CatalogIndex, catalog: Catalog): string {
  if (index.vocabulary.has(word) || COMMON_WORDS.has(word) || seniorityWord(word) || /\d/.test(word)) return word;
  if (word.endsWith('s') && index.vocabulary.has(word.slice(0, -1))) return word.slice(0, -1);
  // "testing" → "tester", "product management" → "manager": the person named by the activity.
  for (const [from, to] of DOER_SUFFIXES) {
    if (!word.endsWith(from)) continue;
    const doer = `${word.slice(0, word.length - from.length)}${to}`;
    if (index.vocabulary.has(doer)) return doer;
  }
  // A word some occupation's title uses ("bartender", "machinist") is no typo of a tech word.
  if (word.length < MIN_TYPO_LENGTH || isOccupationWord(catalog, word)) return word;
  const max = word.length >= 9 ? 2 : 1;
  let best = word;
  let bestDistance = max + 1;
  for (const [candidate, normalised] of index.byInitial.get(word[0]!) ?? []) {
    if (candidate.length < MIN_TYPO_LENGTH - 1) continue;
    const d = editDistance(word, candidate, max);
    if (d < bestDistance) [best, bestDistance] = [normalised, d];
  }
  return best;
}

export function wordsOf(catalog: Catalog, text: string): Words {
  const index = indexOf(catalog);
  const raw = splitWords(text);
  const norm = raw.map((w) => {
    let n = normWord(w);
    // "sysadmins": the plural hides a short form that normalises to a whole title ("system administrator").
    if (!index.vocabulary.has(n) && w.length > 3 && w.endsWith('s') && normWord(w.slice(0, -1)).includes(' '))
      n = normWord(w.slice(0, -1));
    return n.includes(' ') ? n : correct(n, index, catalog);
  });
  // "back end", "dev ops", "data base": two words the catalog writes as one.
  for (let i = 0; i + 1 < norm.length; i++) {
    const joined = normWord(`${raw[i]}${raw[i + 1]}`);
    if (norm[i] && norm[i + 1] && index.vocabulary.has(joined) && !index.names.has(`${norm[i]} ${norm[i + 1]}`)) {
      norm[i] = joined;
      norm[i + 1] = '';
    }
  }
  return { raw, norm };
}

/**
 * The catalog's own spelling of the role normalised words name (directly, without their seniority
 * words, or with engineer/developer swapped), so that the matcher finds it exactly, without a fuzzy search.
 */
function roleQuery(key: string, index: CatalogIndex): string | undefined {
  const named = index.names.get(key) ?? index.names.get(swapEngineerDeveloper(key));
  if (named) return named;
  if (!key.split(' ').some((t) => seniorityWord(t))) return undefined;
  const { level, rest } = extractSeniority(key);
  const base = rest ? (index.names.get(rest) ?? index.names.get(swapEngineerDeveloper(rest))) : undefined;
  return base && level ? `${level} ${base}` : undefined;
}

const isAssessed = (role: { basis?: string }) => role.basis !== 'estimated';

function resolveMention(catalog: Catalog, key: string): Resolution | undefined {
  try {
    return { match: catalog.resolve(key) };
  } catch (e) {
    if (isUserError(e) && e.code === 'ambiguous') {
      // A hand-assessed name an O*NET title shares: the assessed role is the one meant in a channel.
      const assessed = (e.candidates ?? []).map((c) => catalog.byId.get(c.id)).filter((r) => r && isAssessed(r));
      if (assessed.length === 1) return { match: { role: assessed[0]!, matched: assessed[0]!.title } };
      return { candidates: assessed.length ? assessed.map((r) => roleRef(r!)) : e.candidates };
    }
    if (e instanceof UserError) return undefined;
    throw e;
  }
}

/**
 * "manual QA" is no alias, but "manual" is a title word and "QA" one: a title word right next to a
 * mention may narrow it to another family ("manual qa" begins only Manual QA Tester's names).
 */
function widenWithNeighbours(catalog: Catalog, index: CatalogIndex, norm: string[], found: Mention[]): void {
  const taken = new Set(found.flatMap((m) => Array.from({ length: m.end - m.start }, (_, k) => m.start + k)));
  const usable = (i: number) =>
    i >= 0 &&
    i < norm.length &&
    !taken.has(i) &&
    Boolean(norm[i]) &&
    index.vocabulary.has(norm[i]!) &&
    !COMMON_WORDS.has(norm[i]!) &&
    !seniorityWord(norm[i]!) &&
    !/\d/.test(norm[i]!);
  for (const [k, m] of found.entries()) {
    if (!m.match) continue;
    const before = usable(m.start - 1) ? `${norm[m.start - 1]} ${m.text}` : undefined;
    const after = usable(m.end) ? `${m.text} ${norm[m.end]}` : undefined;
    for (const wider of [before, after]) {
      if (!wider) continue;
      // Exact names and unique name beginnings only: no fuzzy search here, it would cost milliseconds per word.
      const whole = roleQuery(wider, index) ?? index.prefixes.get(wider);
      const resolved = whole ? resolveMention(catalog, whole) : undefined;
      if (resolved?.match && resolved.match.role.family !== m.match.role.family) {
        found[k] = {
          ...m,
          start: wider === before ? m.start - 1 : m.start,
          end: wider === after ? m.end + 1 : m.end,
          text: wider,
          match: resolved.match,
        };
        break;
      }
    }
  }
}

/** Role mentions in order of appearance; a role named twice counts once. */
export function findMentions(catalog: Catalog, words: Words): Mention[] {
  const index = indexOf(catalog);
  const { norm } = words;
  const found: Mention[] = [];
  const seen = new Set<string>();
  let i = 0;
  while (i < norm.length) {
    let taken = 0;
    let pushed = false;
    if (norm[i]) {
      for (let len = Math.min(MAX_SPAN + 1, norm.length - i); len >= 1 && !taken; len--) {
        const end = i + len;
        if (!norm[end - 1]) continue;
        const key = norm.slice(i, end).filter(Boolean).join(' ');
        // Everyday words never name a role on their own, even where an alias spells one ("go", "it").
        if (len === 1 && COMMON_WORDS.has(key)) continue;
        const shared = len === 1 ? sharedTitleWord(index, key) : undefined;
        const whole = roleQuery(key, index) ?? index.prefixes.get(key);
        if (!whole && !shared) continue;
        const resolved = shared
          ? sharedMention(catalog, index, norm, i, shared, whole)
          : resolveMention(catalog, whole!);
        if (!resolved) continue;
        taken = len;
        const id = resolved.match?.role.id ?? resolved.candidates!.map((c) => c.id).join('|');
        if (!seen.has(id)) pushed = Boolean(found.push({ start: i, end, text: key, ...resolved }));
        seen.add(id);
      }
      // A longer everyday name wins ("security guards" over "security"), unless it leads back to the same assessed role.
      const everyday = everydayAt(catalog, words.raw, i, taken);
      if (everyday && !(taken && everyday.match?.role.basis !== 'estimated')) {
        if (pushed) found.pop();
        const id = everyday.match?.role.id ?? everyday.candidates!.map((c) => c.id).join('|');
        if (!seen.has(id)) found.push({ ...everyday, everyday: true });
        seen.add(id);
        taken = everyday.end - everyday.start;
      }
    }
    i += taken || 1;
  }
  widenWithNeighbours(catalog, index, norm, found);
  // "developer" next to "backend developers" adds nothing: a word many families end in, said alone, yields.
  // Likewise a one-word name several families share ("support") when a clearer name is also there.
  // A word with a head count in front ("2 mechanics") is a team member of its own, never dropped.
  const counted = (m: Mention) =>
    /^\d+$/.test(words.raw[m.start - 1] ?? '') || (NUMBER_WORDS[words.raw[m.start - 1] ?? ''] ?? 0) > 1;
  // An everyday name the data splits ("teacher") is never dropped: it asks back.
  const specific = found.filter(
    (m) => counted(m) || m.everyday || !(m.end - m.start === 1 && (index.heads.has(m.text) || !m.match)),
  );
  const kept = specific.length > 0 ? specific : found;
  // "move into QA", "is QA safe": said alone, a word several families' titles share asks back;
  // next to other roles ("QA vs devops") the family it is a name of stands.
  if (kept.length === 1 && kept[0]!.sharedWith)
    return [{ ...kept[0]!, match: undefined, candidates: kept[0]!.sharedWith }];
  return kept;
}

/**
 * A word several families' titles share: a neighbouring word only one of them uses decides ("manual
 * qa", "qa automation"); else the family it is an exact name of, remembering the others; else ask back.
 */
function sharedMention(
  catalog: Catalog,
  index: CatalogIndex,
  norm: string[],
  at: number,
  families: string[],
  whole: string | undefined,
): Pick<Mention, 'match' | 'candidates' | 'sharedWith'> | undefined {
  for (const j of [at + 1, at - 1, at + 2]) {
    const word = norm[j];
    if (!word || COMMON_WORDS.has(word) || seniorityWord(word) || index.heads.has(word)) continue;
    const users = families.filter((f) => index.wordFamilies.get(word)?.has(f));
    if (users.length === 1) {
      const role = catalog.defaultRole(users[0]!);
      return { match: { role, matched: role.familyTitle } };
    }
  }
  const candidates = families.map((f) => roleRef(catalog.defaultRole(f)));
  const exact = resolveSharedWord(catalog, index, norm[at]!, whole);
  if (whole && exact?.match) return { match: exact.match, sharedWith: candidates };
  // Where the resolver itself asks back ("engineer", "data"), the conversation asks with the same choices as the commands.
  return { candidates: exact?.candidates ?? candidates };
}
