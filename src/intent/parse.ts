// The intent parser: free text from a channel → what was asked, about which roles. Pure and local:
// no network, a few hundred microseconds. Follow-ups read the roles of the conversation so far.
import { isUserError, roleRef, type RoleRef } from '../errors.ts';
import type { Match } from '../matching/match.ts';
import { normalizeTitle, ownValue } from '../matching/normalize.ts';
import type { Catalog } from '../catalog/catalog.ts';
import type { Role } from '../catalog/schema.ts';
import { extractSeniority, LEVEL_NAMES, nearestLevel } from '../matching/seniority.ts';
import {
  AS_A_BEFORE,
  COMPARE_FOLLOW_UP,
  FROM_BEFORE,
  GREETING,
  HELP,
  HELP_ANYWHERE,
  HELP_ASKED,
  LESS_SCHOOLING,
  PLAN,
  POINTS_BACK,
  RISK_QUESTION,
  ROLES,
  TEAM,
  THANKS,
  TOWARDS_BEFORE,
  TRANSITION,
  ZONE_WORDS,
} from './cues.ts';
import { findMentions, guessFamilies, prepareMentionIndex, wordsOf, type Mention, type Words } from './mentions.ts';
import { answerToAskBack, memberFor, teamFollowUp } from './follow-ups.ts';
import { isOtherLanguage } from './language.ts';
import type { Intent, IntentContext, TeamMember } from './types.ts';
import { NUMBER_WORDS, QUESTION_WORDS } from './words.ts';

export const MAX_MESSAGE_LENGTH = 600;
const MAX_GUESS_WORDS = 5;
const MAX_CANDIDATES = 3;
const POSSESSIVE = /^(?:my|his|her|their|your|our)$/;
const WHY =
  /^(?:but\s+|and\s+|ok(?:ay)?\s+|so\s+)?(?:why\b|how\s+come\b|what'?s\s+the\s+reason|explain\b|reasons?\b|on\s+what\s+basis)/;
/** "compare the two", "which one is safer?" after two answers. */
const COMPARE_TWO =
  /\b(?:compare|vs\.?|versus|side\s+by\s+side)\b|\bwhich\s+(?:one\s+|of\s+(?:the|them|those)\s+(?:two\s+)?)?(?:is\s+)?(?:safer|better|riskier|more|less)\b/;
const FOLLOW_UP_OPENER =
  /^(?:and|also|plus|what\s+about|how\s+about|same\s+(?:for|with)|now|ok(?:ay)?\s+(?:and|what\s+about)|then)\b/;

/**
 * Builds the catalog's name index and runs a few questions through every path once, so that the
 * first real question pays neither for the index nor for compiling the cue patterns.
 */
export function prepareIntentParser(catalog: Catalog): void {
  prepareMentionIndex(catalog);
  for (const text of warmUpQuestions(catalog)) parseIntent(catalog, text);
}

/**
 * Questions that take every path of the parser once, written from the catalog's own titles. Each is
 * asked twice: as typed on a keyboard, and with an emoji as chat text often has. Text with any
 * character beyond Latin-1 (an emoji, a phone's curly apostrophe) is held two bytes a character, and
 * V8 compiles each pattern again, at a millisecond or more in all, the first time it meets such text.
 */
export function warmUpQuestions(catalog: Catalog): string[] {
  const firsts = [...catalog.families.values()].map((levels) => levels[0]!);
  const [first, second] = firsts.filter((r) => r.basis !== 'estimated').map((r) => r.familyTitle);
  if (!first || !second) return [];
  // An everyday occupation (an O*NET estimate) named in a sentence: the everyday-name path and its card.
  const everyday = firsts.find((r) => r.basis === 'estimated')?.familyTitle;
  const questions = [
    `how exposed are senior ${first}s?`,
    `${first} vs ${second}`,
    `we have 3 ${first}s and 2 ${second}s`,
    `move from ${first} to ${second}`,
    ...(everyday ? [`how exposed are ${everyday.toLowerCase()}?`] : []),
    'which roles do you know?',
    'thanks',
    // An unknown title in a question: reads the O*NET title index now rather than in someone's answer.
    'is a blockchain wizard safe?',
  ];
  return [...questions, ...questions.map((q) => `${q} \u{1F44D}`)];
}

export function parseIntent(catalog: Catalog, text: string, context?: IntentContext): Intent {
  const message = text.trim().slice(0, MAX_MESSAGE_LENGTH);
  let lower = message
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/<@[^>]+>/g, ' ')
    .trim();
  if (!lower) return { kind: 'smalltalk', topic: 'greeting' };
  if (isOtherLanguage(lower)) return { kind: 'smalltalk', topic: 'language' };
  const words = wordsOf(catalog, lower);
  // "roles in the red zone": a zone's colour can also begin a title ("Red Team Operator"); asking for a list, it is the zone.
  const listing = ROLES.test(lower);
  // Likewise "roles data": a word too vague to name a role filters the list.
  const asksAboutRoles =
    RISK_QUESTION.test(lower) || TRANSITION.test(lower) || TEAM.test(lower) || words.raw.length <= 3;
  const mentions = findMentions(catalog, words).filter(
    (m) =>
      !(listing && (ZONE_WORDS[m.text] || !m.match)) &&
      !(m.weak && !asksAboutRoles) &&
      // "my brother", "my manager": a one-word everyday name after a possessive is a person, not a job asked about.
      // "cheers mate", "thanks guys": a one-word everyday name in a greeting or thanks is a person too.
      !(
        m.everyday &&
        m.end - m.start === 1 &&
        (POSSESSIVE.test(words.raw[m.start - 1] ?? '') || GREETING.test(lower) || THANKS.test(lower))
      ),
  );
  const answered = answerToAskBack(catalog, context, words, mentions);
  if (answered) return answered;
  // On a team's card, "our testers" means the team's own testers.
  const onTeam = (context?.team ?? [])
    .map((m) => catalog.byId.get(m.id))
    .filter((r): r is Role => Boolean(r))
    .map((role) => ({ match: asMatch(role), count: 1 }));
  for (const [k, m] of mentions.entries()) {
    const member = !m.match ? memberFor(onTeam, m) : undefined;
    if (member) mentions[k] = { ...m, match: member.match, candidates: undefined };
  }
  const counted = (m: Mention) => countBefore(words.raw, m.start)?.count ?? countAfter(words.raw, m.end)?.count;
  const aboutTeam = teamFollowUp(catalog, context, lower, mentions, counted);
  if (aboutTeam) return aboutTeam;
  const story = storyMentions(catalog, words, mentions, lower);
  if (story) {
    mentions.splice(0, mentions.length, ...story);
    // The story's question is its last sentence: "moved into the office" earlier is no move question.
    lower = questionOf(lower);
  }
  const unclear = mentions.find((m) => !m.match);
  if (unclear) {
    const then = TRANSITION.test(lower) ? 'transition' : 'risk';
    const team = isTeam(words, mentions, lower);
    // A team with a vague member asks about that one only, keeping the others for the answer.
    const known = team ? mentions.filter((m) => m.match) : [];
    return {
      kind: 'clarify',
      message: `"${unclear.text}" could mean several roles. Which one did you mean?`,
      candidates: unclear.candidates ?? [],
      then,
      text: unclear.text,
      ...(team
        ? {
            team: known.map((m) => ({ match: m.match!, count: counted(m) ?? 1 })),
            count: counted(unclear) ?? 1,
            at: known.filter((m) => m.start < unclear.start).length,
          }
        : {}),
    };
  }
  const matches = mentions.map((m) => m.match!);
  const known = (context?.roles ?? []).map((id) => catalog.byId.get(id)).filter((r): r is Role => Boolean(r));
  const level = extractSeniority(words.norm.filter(Boolean).join(' ')).level;
  const atLevel = (m: Match) =>
    level && !m.requestedLevel && matches.length === 1 ? relevel(catalog, m.role, level) : m;

  if (matches.length === 0) return withoutMentions(catalog, lower, words, known, context?.lastKind, level);

  const team = teamOf(words, mentions, lower);
  if (team) return { kind: 'team', members: team };

  const plan = PLAN.test(lower);
  const lessSchooling = LESS_SCHOOLING.test(lower);
  if (TRANSITION.test(lower) || joinedByTo(words, mentions) || plan || lessSchooling) {
    const move = transitionOf(catalog, lower, words, mentions, known);
    return move.kind === 'transition'
      ? { ...move, ...(plan ? { plan } : {}), ...(lessSchooling ? { lessSchooling } : {}) }
      : move;
  }
  if (matches.length >= 2) return { kind: 'compare', a: matches[0]!, b: matches[1]!, followUp: false };

  const only = atLevel(matches[0]!);
  const previous = known[0];
  const opensFollowUp = FOLLOW_UP_OPENER.test(lower);
  if (previous && previous.family !== only.role.family) {
    if (COMPARE_FOLLOW_UP.test(lower) || (opensFollowUp && context?.lastKind === 'compare')) {
      return { kind: 'compare', a: asMatch(previous), b: only, followUp: true };
    }
    if (opensFollowUp && context?.lastKind === 'transition') return { kind: 'transition', from: only, followUp: true };
  }
  return { kind: 'risk', role: only, followUp: false };
}

/** The same family at another level, saying so when that level does not exist. */
function relevel(catalog: Catalog, role: Role, level: NonNullable<Match['requestedLevel']>): Match {
  const levels = catalog.levelsOf(role.family);
  const picked = nearestLevel(levels, level);
  const exists = picked.seniority === level || (picked.seniority === 'any' && level === 'mid');
  return {
    role: picked,
    matched: picked.title,
    requestedLevel: level,
    note: exists
      ? undefined
      : `There is no ${LEVEL_NAMES[level].toLowerCase()} level for ${picked.familyTitle}; showing ${picked.title}.`,
  };
}

const asMatch = (role: Role): Match => ({ role, matched: role.title });
// Local, not role-catalog's ref(): the catalog imports this module to prepare it when it loads.

function withoutMentions(
  catalog: Catalog,
  lower: string,
  words: Words,
  known: Role[],
  lastKind: string | undefined,
  level: Match['requestedLevel'],
): Intent {
  if (HELP.test(lower) || HELP_ANYWHERE.test(lower) || HELP_ASKED.test(lower)) return { kind: 'help' };
  const [first, second] = known;
  if (TRANSITION.test(lower)) {
    if (first)
      return { kind: 'transition', from: level ? relevel(catalog, first, level) : asMatch(first), followUp: true };
    return {
      kind: 'clarify',
      message: 'Which role are you in today? Tell me, for example "I\'m a QA engineer, where could I go next?"',
      candidates: [],
    };
  }
  if (ROLES.test(lower) && !(first && POINTS_BACK.test(lower) && !/\broles\b|\bjobs\b/.test(lower)))
    return { kind: 'roles', filter: rolesFilter(lower) };
  if (first && level) {
    if (lastKind === 'compare' && second)
      return { kind: 'compare', a: relevel(catalog, first, level), b: relevel(catalog, second, level), followUp: true };
    if (lastKind === 'transition') return { kind: 'transition', from: relevel(catalog, first, level), followUp: true };
    return { kind: 'risk', role: relevel(catalog, first, level), followUp: true };
  }
  if (first && WHY.test(lower)) return { kind: 'why', role: asMatch(first) };
  if (first && second && COMPARE_TWO.test(lower))
    return { kind: 'compare', a: asMatch(second), b: asMatch(first), followUp: true };
  const small = smalltalkOf(lower, words);
  if (small) return small;
  // Leftover words that are no question words may name a role we do not know: guess, don't assume a follow-up.
  const pointsBack = POINTS_BACK.test(lower) || residueOf(words).length === 0;
  if (first && pointsBack && (POINTS_BACK.test(lower) || RISK_QUESTION.test(lower) || COMPARE_FOLLOW_UP.test(lower))) {
    if (lastKind === 'compare' && second)
      return { kind: 'compare', a: asMatch(first), b: asMatch(second), followUp: true };
    return { kind: 'risk', role: asMatch(first), followUp: true };
  }
  return guessUnknownTitle(catalog, lower, words);
}

function smalltalkOf(lower: string, words: Words): Intent | undefined {
  if (words.raw.length > 8) return undefined;
  if (GREETING.test(lower)) return { kind: 'smalltalk', topic: 'greeting' };
  if (THANKS.test(lower)) return { kind: 'smalltalk', topic: 'thanks' };
  return undefined;
}

/** No known title in the message: if it looks like a question about a role, ask back with the nearest ones. */
function guessUnknownTitle(catalog: Catalog, lower: string, words: Words): Intent {
  const residue = residueOf(words);
  // Short text is taken as a title attempt ("banana") only when every word of it could be part of one.
  const looksLikeRoleQuestion =
    RISK_QUESTION.test(lower) || (words.raw.length <= 3 && residue.length === words.raw.length);
  if (residue.length === 0 && RISK_QUESTION.test(lower))
    return {
      kind: 'clarify',
      message: 'Which role do you mean? Name a job title, for example "is backend development safe?"',
      candidates: [],
    };
  if (!looksLikeRoleQuestion || residue.length === 0 || residue.length > MAX_GUESS_WORDS)
    return { kind: 'smalltalk', topic: 'offtopic' };
  const guess = residue.join(' ');
  const exact = RISK_QUESTION.test(lower) ? exactTitle(catalog, guess) : undefined;
  if (exact) return { kind: 'risk', role: exact, followUp: false };
  // A guess from leftover words is offered, never answered as if it were certain; the index keeps it to microseconds.
  const nearest = guessFamilies(catalog, residueNorm(words), MAX_CANDIDATES).map((f) =>
    roleRef(catalog.defaultRole(f)),
  );
  if (nearest.length === 1)
    return {
      kind: 'clarify',
      message: `I'm not sure which role "${guess}" is. Did you mean ${nearest[0]!.title}?`,
      candidates: nearest,
    };
  const message = nearest.length
    ? `I don't know a role called "${guess}". Did you mean one of these?`
    : `I don't know a role called "${guess}". Try a job title such as "backend developer" or "data engineer".`;
  return { kind: 'clarify', message, candidates: nearest };
}

/**
 * "are registered nurses safe?": the leftover words spelling out a title of the whole catalog
 * (O*NET estimates included) exactly, plural aside. A near miss stays a question back.
 */
function exactTitle(catalog: Catalog, guess: string): Match | undefined {
  // Only an exact hit in the O*NET title map (a lookup) goes on to resolve: a miss there would be a slow fuzzy search.
  if (!catalog.titleIndex?.exact(normalizeTitle(guess))) return undefined;
  try {
    const match = catalog.resolve(guess);
    return normalizeTitle(match.matched) === normalizeTitle(guess) ? match : undefined;
  } catch (e) {
    if (isUserError(e)) return undefined;
    throw e;
  }
}

/** Words that are neither question words, filler nor numbers. */
function residueOf(words: Words): string[] {
  return words.raw.filter((w, i) => isResidue(words, i));
}

const residueNorm = (words: Words) => words.norm.filter((_, i) => isResidue(words, i));
const isResidue = (words: Words, i: number) =>
  Boolean(words.norm[i]) &&
  !QUESTION_WORDS.has(words.raw[i]!) &&
  !QUESTION_WORDS.has(words.norm[i]!) &&
  !/^\d+$/.test(words.raw[i]!);

const FILTER_NOISE = new Set([
  ...QUESTION_WORDS,
  'show',
  'list',
  'see',
  'give',
  'display',
  'browse',
  'known',
  'there',
  'exist',
  'available',
  'covered',
  'cover',
]);
const filterWords = (text: string) =>
  text
    .split(/\s+/)
    .filter((w) => w && !FILTER_NOISE.has(w))
    .join(' ');

function rolesFilter(lower: string): string {
  for (const [word, zone] of Object.entries(ZONE_WORDS)) if (new RegExp(`\\b${word}\\b`).test(lower)) return zone;
  const after =
    /\b(?:roles?|jobs|titles)\b.*?\b(?:in|for|about|with|matching|like|related\s+to|containing)\s+([a-z0-9 +#-]+?)\s*(?:[?.!,]|$)/.exec(
      lower,
    ) ?? /^roles?\s+([a-z0-9 +#-]+?)\s*(?:[?.!,]|$)/.exec(lower);
  if (after && filterWords(after[1]!)) return filterWords(after[1]!);
  const before = /\b([a-z0-9+#-]+)\s+(?:roles|jobs|titles)\b/.exec(lower);
  return before ? filterWords(before[1]!) : '';
}

/** Head counts in front of role names ("4 backend devs, 2 testers and a DBA") make a team question. */
function isTeam(words: Words, mentions: Mention[], lower: string): boolean {
  const counts = mentions.map((m) => countBefore(words.raw, m.start) ?? countAfter(words.raw, m.end));
  const explicit = counts.filter((c) => c !== undefined && c.explicit).length;
  return explicit >= 2 || (explicit >= 1 && (TEAM.test(lower) || mentions.length >= 2));
}

function teamOf(words: Words, mentions: Mention[], lower: string): TeamMember[] | undefined {
  if (!isTeam(words, mentions, lower)) return undefined;
  return mentions.map((m) => ({
    match: m.match!,
    count: (countBefore(words.raw, m.start) ?? countAfter(words.raw, m.end))?.count ?? 1,
  }));
}

const LONG_MESSAGE_WORDS = 20;
const SELF_BEFORE = /\b(?:i'?m|i\s+am|im|i\s+work\s+as|i'?ve\s+been)\s+(?:an?\s+|the\s+)?$/;

/**
 * A long message that tells a story names roles in passing; the question is about the person's own
 * ("now I'm a bookkeeper … how exposed is my current job?") and any role they want to move into.
 */
function storyMentions(catalog: Catalog, words: Words, mentions: Mention[], lower: string): Mention[] | undefined {
  if (mentions.length < 2 || words.raw.length < LONG_MESSAGE_WORDS) return undefined;
  const before = (m: Mention) => `${words.raw.slice(Math.max(0, m.start - 4), m.start).join(' ')} `;
  // The last "I'm a …" of the story, looked up where it stands (a role named twice is listed once).
  let current: Mention | undefined;
  for (let k = words.raw.length - 1; k >= 0 && !current; k--) {
    if (!SELF_BEFORE.test(`${words.raw.slice(Math.max(0, k - 3), k + 1).join(' ')} `)) continue;
    const from = k + 1;
    const found = findMentions(catalog, { raw: words.raw.slice(from), norm: words.norm.slice(from) })[0];
    if (found && found.start <= 2) current = { ...found, start: found.start + from, end: found.end + from };
  }
  if (!current) return undefined;
  const question = questionOf(lower);
  const target = mentions.find(
    (m) => m.start > current.start && TOWARDS_BEFORE.test(before(m)) && m.match?.role.id !== current.match?.role.id,
  );
  return target && TRANSITION.test(question) ? [current, target] : [current];
}

/** "help desk to network engineer": two roles with only "to" between them name a move. */
function joinedByTo(words: Words, mentions: Mention[]): boolean {
  if (mentions.length !== 2) return false;
  const between = words.raw.slice(mentions[0]!.end, mentions[1]!.start);
  return between.length === 1 && (between[0] === 'to' || between[0] === 'into');
}

/** The question of a long message: its last sentence with a question mark, else its last sentence. */
function questionOf(lower: string): string {
  const sentences = lower.split(/(?<=[.?!;])\s+/).filter(Boolean);
  return sentences.filter((x) => x.includes('?')).at(-1) ?? sentences.at(-1) ?? lower;
}

/** "our QA team (8 people)": a number right after a name, followed by a word for people. */
function countAfter(raw: string[], end: number): { count: number; explicit: boolean } | undefined {
  const at = raw[end] === 'team' || raw[end] === 'squad' ? end + 1 : end;
  const n = /^\d{1,4}$/.test(raw[at] ?? '') ? Number(raw[at]) : undefined;
  if (n && /^(?:people|persons|heads|folks|members|devs|engineers|of\b)/.test(raw[at + 1] ?? ''))
    return { count: n, explicit: true };
  return undefined;
}

function countBefore(raw: string[], start: number): { count: number; explicit: boolean } | undefined {
  const word = raw[start - 1];
  if (!word) return undefined;
  if (/^\d{1,4}$/.test(word)) return { count: Number(word), explicit: Number(word) > 0 };
  if (/^\d{1,4}x$/.test(word)) return { count: Number(word.slice(0, -1)), explicit: true };
  if (word === 'of' && NUMBER_WORDS[raw[start - 2] ?? ''] && ['couple', 'few', 'dozen'].includes(raw[start - 2]!))
    return { count: NUMBER_WORDS[raw[start - 2]!]!, explicit: true };
  const n = ownValue(NUMBER_WORDS, word);
  // "a DBA", "pick one: devops or backend": a one is only a head count when a team is being described.
  if (n) return { count: n, explicit: n > 1 };
  return undefined;
}

function transitionOf(catalog: Catalog, lower: string, words: Words, mentions: Mention[], known: Role[]): Intent {
  const before = (m: Mention) => `${words.raw.slice(Math.max(0, m.start - 4), m.start).join(' ')} `.replace(/^\s+/, '');
  const isFrom = (m: Mention) => FROM_BEFORE.test(before(m)) || (m === mentions[0] && AS_A_BEFORE.test(before(m)));
  const isTowards = (m: Mention) => TOWARDS_BEFORE.test(before(m)) && !isFrom(m);
  if (mentions.length >= 2) {
    const from = mentions.find(isFrom) ?? mentions.find((m) => !isTowards(m)) ?? mentions[0]!;
    const towards = mentions.find((m) => m !== from && isTowards(m)) ?? mentions.find((m) => m !== from)!;
    return { kind: 'transition', from: from.match!, towards: towards.match!, followUp: false };
  }
  const only = mentions[0]!;
  if (isTowards(only) && !/\b(?:out\s+of|away\s+from|from|safer|alternatives?|next)\b/.test(lower)) {
    const current = known.find((r) => r.family !== only.match!.role.family);
    if (current) return { kind: 'transition', from: asMatch(current), towards: only.match!, followUp: true };
    // "Is it smart to go into QA?" with no current role: how the target itself fares is the useful answer.
    const feeders = feedersOf(catalog, only.match!.role).map((r) => r.title);
    const hint = `To see what the move changes, tell me your role today${feeders.length ? ` (people often come from ${feeders.slice(0, 3).join(', ')})` : ''}.`;
    return {
      kind: 'risk',
      role: { ...only.match!, note: only.match!.note ? `${only.match!.note} ${hint}` : hint },
      followUp: false,
    };
  }
  return { kind: 'transition', from: only.match!, followUp: false };
}

/** Roles whose curated moves lead into `target`'s family. */
function feedersOf(catalog: Catalog, target: Role): RoleRef[] {
  const feeders = new Map<string, Role>();
  for (const role of catalog.roles) {
    if (role.family === target.family || feeders.has(role.family)) continue;
    if (role.transitions.some((t) => t.to === target.family || catalog.byId.get(t.to)?.family === target.family))
      feeders.set(role.family, catalog.defaultRole(role.family));
  }
  return [...feeders.values()].slice(0, 5).map(roleRef);
}
