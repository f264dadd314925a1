// Everyday names for every occupation the catalog holds, found inside sentences: every O*NET title,
// alternate and reported title (the title index), each occupation's own title split into the names
// it lists ("Waiters and Waitresses", "Cooks, Restaurant" → "restaurant cook"), singular and plural
// forms, activity words ("nursing", "welding"), "drives a forklift" → "forklift driver", and the few
// informal names in everyday-names.tsv. Only words that end a job title somewhere (head nouns:
// "teller", "mechanic") can end a name, so chat words never become roles.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { RoleRef } from '../errors.ts';
import { roleRef } from '../errors.ts';
import type { Catalog } from '../catalog/catalog.ts';
import type { Match } from '../matching/match.ts';
import { familyForCode } from '../matching/onet-names.ts';
import { expandAbbreviations } from '../matching/title-index.ts';
import { seniorityWord } from '../matching/seniority.ts';
import { normWord } from './norm-word.ts';
import { COMMON_WORDS, QUESTION_WORDS } from './words.ts';

export const EVERYDAY_NAMES_FILE = fileURLToPath(new URL('./everyday-names.tsv', import.meta.url));
const MAX_SPAN = 4;
/** A name leads to one occupation when its heaviest reading outweighs the next more than this many times. */
const CLEAR_WINNER = 2;
/** An occupation's own title counts like this many sources naming it. */
const OWN_TITLE_WEIGHT = 10;
const MAX_CANDIDATES = 5;

/** Activity or field word → the person doing it, tried only when the result is a known title. */
const ACTIVITY_FORMS: [string, string][] = [
  ['istry', 'ist'],
  ['ism', 'ist'],
  ['acy', 'acist'],
  ['ogy', 'ogist'],
  ['ing', 'er'],
  ['ing', 'e'],
  ['ing', 'ant'],
  ['ing', ''],
  ['ry', 'er'],
  ['ics', 'ician'],
];

export interface EverydayMention {
  start: number;
  end: number;
  text: string;
  match?: Match;
  candidates?: RoleRef[];
  /** Found through a derived form (activity word, verb and object) or a single generic word. */
  weak: boolean;
}

interface EverydayIndex {
  /** Extra names from the occupations' own titles, normalised → codes. */
  own: Map<string, string[]>;
  /** Words that end some job title. */
  heads: Set<string>;
  /** Every word of the occupations' titles and alternate titles. */
  words: Set<string>;
  /** Each occupation's own title, as its distinct normalised words (a few: an array, not a Set each). */
  titleWords: Map<string, string[]>;
  /** The words before the last of an own title, two or more ("data entry" of Data Entry Keyers). */
  leads: Map<string, string[]>;
  /** Informal name (normalised) → the title it means (normalised). */
  informal: Map<string, string>;
}

const indexes = new WeakMap<Catalog, EverydayIndex>();

const perWord = (text: string) =>
  text
    .split(/\s+/)
    .map((w) => normWord(w))
    .filter(Boolean)
    .join(' ');

/**
 * The last word of perWord(text), normalising words from the end only: of the 20,000 alternate titles
 * only the last word is wanted, and normalising every word filled the word memo with thousands more.
 */
function lastWord(text: string): string {
  const raw = text.split(/\s+/);
  for (let i = raw.length - 1; i >= 0; i--) {
    const n = normWord(raw[i]!);
    if (n) return n.slice(n.lastIndexOf(' ') + 1);
  }
  return '';
}

const QUALIFIER = /^(?:except|all other|including)\b/i;

/**
 * The names an occupation's own title lists: "Waiters and Waitresses" → waiter, waitress; "Dentists,
 * General" → dentist, general dentist; "Kindergarten Teachers, Except Special Education" →
 * kindergarten teacher. Lists are split only when every item is one word, so "Nursing Instructors and
 * Teachers" never yields "teacher", and helpers or supervisors "of" others are never the others.
 */
function namesInTitle(title: string): string[] {
  if (/--|\bof\b/i.test(title)) return [title];
  const parts = title.split(/,\s*/).filter((p) => !QUALIFIER.test(p));
  const names = [title, parts[0]!];
  const items = parts
    .flatMap((p) => p.split(/\s+and\s+|^and\s+|\//))
    .map((p) => p.trim())
    .filter(Boolean);
  if (items.every((p) => !p.includes(' '))) names.push(...items);
  else if (parts[0]!.includes(' and ') && parts[0]!.split(/\s+and\s+/).every((p) => !p.includes(' ')))
    names.push(...parts[0]!.split(/\s+and\s+/));
  // "Cooks, Restaurant": a short qualifier after the comma goes in front.
  const [head, qualifier] = title.split(/,\s*/);
  if (
    parts.length === 2 &&
    qualifier &&
    !head!.includes(' and ') &&
    qualifier.split(' ').length <= 2 &&
    !QUALIFIER.test(qualifier)
  )
    names.push(`${qualifier} ${head}`);
  return names;
}

function indexOf(catalog: Catalog): EverydayIndex {
  let index = indexes.get(catalog);
  if (index) return index;
  const own = new Map<string, string[]>();
  const heads = new Set<string>();
  const words = new Set<string>();
  const titleWords = new Map<string, string[]>();
  const leads = new Map<string, string[]>();
  for (const occupation of catalog.estimates?.occupations.values() ?? []) {
    const ownWords = [...new Set(perWord(occupation.title).split(' '))];
    titleWords.set(occupation.code, ownWords);
    for (const w of ownWords) words.add(w);
    const lead = perWord(occupation.title.split(',')[0]!).split(' ').slice(0, -1);
    if (lead.length >= 2 && !lead.includes('and')) {
      const key = lead.join(' ');
      leads.set(key, [...new Set([...(leads.get(key) ?? []), occupation.code])]);
    }
    for (const name of namesInTitle(occupation.title)) {
      const key = perWord(name);
      if (!key) continue;
      own.set(key, [...new Set([...(own.get(key) ?? []), occupation.code])]);
      heads.add(key.split(' ').at(-1)!);
    }
    for (const name of occupation.titles) {
      const head = lastWord(name.replace(/\([^)]*\)/g, ' '));
      if (head) heads.add(head);
    }
  }
  for (const word of [...heads])
    if (COMMON_WORDS.has(word) || QUESTION_WORDS.has(word) || /\d/.test(word)) heads.delete(word);
  const informal = new Map<string, string>();
  for (const line of readFileSync(EVERYDAY_NAMES_FILE, 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [name = '', title = ''] = line.split('\t');
    if (!name || !title) continue;
    informal.set(perWord(name), perWord(title));
    // An informal name is a job's name by definition: it may end a name ("hvac tech").
    heads.add(perWord(name).split(' ').at(-1)!);
  }
  index = { own, heads, words, informal, titleWords, leads };
  indexes.set(catalog, index);
  return index;
}

export function prepareEverydayIndex(catalog: Catalog): void {
  if (catalog.estimates) indexOf(catalog);
}

/** Does some occupation's title use this normalised word ("bartender", "machinist")? */
export function isOccupationWord(catalog: Catalog, word: string): boolean {
  return catalog.estimates ? indexOf(catalog).words.has(word) : false;
}

/** The codes a normalised name leads to, heaviest first. */
function codesFor(catalog: Catalog, index: EverydayIndex, key: string): { code: string; weight: number }[] {
  const weights = new Map<string, number>();
  const add = (code: string, weight: number) => weights.set(code, (weights.get(code) ?? 0) + weight);
  // "customer service rep": the short form's readings and the spelled-out title's together.
  const expanded = expandAbbreviations(key);
  for (const k of expanded === key ? [key] : [key, expanded]) {
    for (const c of catalog.titleIndex?.exact(k)?.codes ?? []) add(c.code, c.weight);
    for (const code of index.own.get(k) ?? []) add(code, OWN_TITLE_WEIGHT);
  }
  // An occupation whose own title holds every word of the name ("mail carrier" in Postal Service Mail Carriers) is likelier.
  const words = expanded.split(' ');
  if (words.length > 1)
    for (const code of weights.keys())
      if (words.every((w) => index.titleWords.get(code)?.includes(w))) add(code, OWN_TITLE_WEIGHT / 2);
  return [...weights]
    .map(([code, weight]) => ({ code, weight }))
    .sort((a, b) => b.weight - a.weight || (a.code < b.code ? -1 : 1));
}

/** One occupation when the evidence is clear; else the real candidates to ask back with. */
function resolveKey(
  catalog: Catalog,
  index: EverydayIndex,
  key: string,
): Pick<EverydayMention, 'match' | 'candidates'> | undefined {
  const codes = codesFor(catalog, index, key).filter((c) => familyForCode(catalog, c.code));
  if (codes.length === 0) return undefined;
  const [first, second] = codes;
  if (!second || first!.weight > CLEAR_WINNER * second.weight) {
    const role = catalog.defaultRole(familyForCode(catalog, first!.code)!);
    return { match: { role, matched: role.title } };
  }
  const families = [...new Set(codes.map((c) => familyForCode(catalog, c.code)!))].slice(0, MAX_CANDIDATES);
  if (families.length === 1) {
    const role = catalog.defaultRole(families[0]!);
    return { match: { role, matched: role.title } };
  }
  return { candidates: families.map((f) => roleRef(catalog.defaultRole(f))) };
}

function singularForms(word: string): string[] {
  const forms = [word];
  if (word.endsWith('ies')) forms.push(`${word.slice(0, -3)}y`);
  if (word.endsWith('ves')) forms.push(`${word.slice(0, -3)}fe`, `${word.slice(0, -3)}f`);
  if (word.endsWith('es')) forms.push(word.slice(0, -2));
  if (word.endsWith('s')) forms.push(word.slice(0, -1));
  if (word.endsWith('fe')) forms.push(`${word.slice(0, -2)}ves`);
  if (word.endsWith('f')) forms.push(`${word.slice(0, -1)}ves`);
  if (/[^aeiou]y$/.test(word)) forms.push(`${word.slice(0, -1)}ies`);
  return forms;
}

function activityForms(word: string): string[] {
  const out: string[] = [];
  for (const [from, to] of ACTIVITY_FORMS) {
    if (!word.endsWith(from) || word.length - from.length < 3) continue;
    const stem = word.slice(0, word.length - from.length);
    out.push(`${stem}${to}`);
    // "plumbing" → plumber, "running" → runner.
    if (from === 'ing' && to === 'er' && /(.)\1$/.test(stem)) out.push(`${stem.slice(0, -1)}er`);
  }
  return out;
}

/** "drives" → driver, "teaches" → teacher, "works" → worker. */
function doerOfVerb(word: string): string[] {
  if (!word.endsWith('s') || word.length < 5 || word.endsWith('ss')) return [];
  const stem = word.endsWith('es') && /(?:ch|sh|x)es$/.test(word) ? word.slice(0, -2) : word.slice(0, -1);
  return stem.endsWith('e') ? [`${stem}r`] : [`${stem}er`];
}

const FILLER = new Set(['a', 'an', 'the', 'in', 'at', 'on', 'for']);

/**
 * The longest everyday name starting at word `i` (raw words, lower-case), longer than `minLength`
 * words; undefined when none. Costs a few map lookups per span.
 */
export function everydayAt(catalog: Catalog, raw: string[], i: number, minLength: number): EverydayMention | undefined {
  if (!catalog.estimates || !catalog.titleIndex) return undefined;
  const index = indexOf(catalog);
  const first = raw[i]!;
  if (COMMON_WORDS.has(first) || seniorityWord(first)) return undefined;
  // "drives a forklift", "teaching kindergarten": the doer of the verb with its object, when the data names one.
  const doing = verbAndObject(catalog, index, raw, i);
  if (doing && doing.end - i > minLength) return doing;
  for (let len = Math.min(MAX_SPAN, raw.length - i); len > minLength; len--) {
    const words = raw.slice(i, i + len);
    const last = words.at(-1)!;
    const lead = words.slice(0, -1).map((w) => normWord(w));
    if (lead.some((w) => !w) || (len > 1 && COMMON_WORDS.has(last))) continue;
    const found = spanOf(catalog, index, lead, last, len);
    if (found) return { start: i, end: i + len, ...found };
  }
  return undefined;
}

function verbAndObject(catalog: Catalog, index: EverydayIndex, raw: string[], i: number): EverydayMention | undefined {
  const verb = raw[i]!;
  const doers = [...doerOfVerb(verb), ...(verb.endsWith('ing') ? activityForms(verb) : [])].filter((d) =>
    index.heads.has(normWord(d)),
  );
  if (doers.length === 0) return undefined;
  let j = i + 1;
  while (j < raw.length && FILLER.has(raw[j]!)) j++;
  for (let len = Math.min(2, raw.length - j); len >= 1; len--) {
    const object = raw.slice(j, j + len).map((w) => normWord(w));
    if (object.some((w) => !w || COMMON_WORDS.has(w))) continue;
    for (const doer of doers) {
      const key = [...object, normWord(doer)].join(' ');
      const resolved = resolveKey(catalog, index, key);
      if (resolved?.match) return { start: i, end: j + len, text: key, ...resolved, weak: true };
    }
  }
  return undefined;
}

function spanOf(
  catalog: Catalog,
  index: EverydayIndex,
  lead: string[],
  last: string,
  len: number,
): Omit<EverydayMention, 'start' | 'end'> | undefined {
  const whole = [...lead, normWord(last)].join(' ');
  if (!endsLikeAName(index, last)) return leadName(catalog, index, whole, len);
  const informal = index.informal.get(whole) ?? (len > 1 ? index.informal.get(normWord(last)) : undefined);
  const tries: { key: string; weak: boolean }[] = [];
  if (index.informal.has(whole)) tries.push({ key: informal!, weak: false });
  else if (informal) tries.push({ key: [...lead, informal].join(' '), weak: false });
  // "welding as a career": the person doing an activity is meant, when the data names one clearly.
  for (const form of activityForms(last)) {
    const key = [...lead, normWord(form)].join(' ');
    if (index.heads.has(key.split(' ').at(-1)!) && resolveKey(catalog, index, key)?.match)
      tries.push({ key, weak: true });
  }
  for (const form of singularForms(last)) tries.push({ key: [...lead, normWord(form)].join(' '), weak: false });
  for (const form of activityForms(last)) tries.push({ key: [...lead, normWord(form)].join(' '), weak: true });
  for (const { key, weak } of tries) {
    const head = key.split(' ').at(-1)!;
    if (!head || !index.heads.has(head)) continue;
    if (len === 1 && (QUESTION_WORDS.has(last) || QUESTION_WORDS.has(normWord(last)) || QUESTION_WORDS.has(head)))
      continue;
    const resolved = resolveKey(catalog, index, key);
    if (!resolved) continue;
    // A single generic word ("manager", "driver") that leads to several occupations is weak evidence.
    return { text: key, ...resolved, weak: weak || (len === 1 && !resolved.match) };
  }
  return leadName(catalog, index, whole, len);
}

/** "data entry jobs": the words before an own title's last word name it too, as weaker evidence. */
function leadName(
  catalog: Catalog,
  index: EverydayIndex,
  whole: string,
  len: number,
): Omit<EverydayMention, 'start' | 'end'> | undefined {
  const codes = len >= 2 ? index.leads.get(whole) : undefined;
  if (codes?.length === 1 && familyForCode(catalog, codes[0]!)) {
    const role = catalog.defaultRole(familyForCode(catalog, codes[0]!)!);
    return { text: whole, match: { role, matched: role.title }, weak: true };
  }
  return undefined;
}

const endsMemo = new WeakMap<EverydayIndex, Map<string, boolean>>();

/** Could this word end a job name in any of its forms? Most words of a message cannot: skip them fast. */
function endsLikeAName(index: EverydayIndex, word: string): boolean {
  let memo = endsMemo.get(index);
  if (!memo) endsMemo.set(index, (memo = new Map()));
  let yes = memo.get(word);
  if (yes === undefined) {
    const informal = index.informal.get(normWord(word));
    const forms = [...singularForms(word), ...activityForms(word)].map((f) => normWord(f));
    yes = forms.some((f) => index.heads.has(f)) || Boolean(informal && index.heads.has(informal.split(' ').at(-1)!));
    if (memo.size > 20_000) memo.clear();
    memo.set(word, yes);
  }
  return yes;
}
