// Follow-ups that lean on the conversation: answering an ask-back ("the second", "the automation
// one", "high school"), and a team card that stays the topic (people added or removed, "which of
// them is most at risk?", "where should our testers go?").
import type { Catalog } from '../catalog/catalog.ts';
import type { Role } from '../catalog/schema.ts';
import type { Match } from '../matching/match.ts';
import type { PendingChoice } from './conversation-store.ts';
import { findMentions, wordsOf, type Mention, type Words } from './mentions.ts';
import { normWord } from './norm-word.ts';
import type { Intent, IntentContext, TeamMember } from './types.ts';
import { ownValue } from '../matching/normalize.ts';

const asMatch = (role: Role): Match => ({ role, matched: role.title });
const ORDINALS: Record<string, number> = {
  first: 0,
  '1st': 0,
  second: 1,
  '2nd': 1,
  third: 2,
  '3rd': 2,
  fourth: 3,
  '4th': 3,
  fifth: 4,
  '5th': 4,
};
const MAX_ANSWER_WORDS = 6;
/** Words of an answer that pick nothing ("the automation one, please"); title words like "automation" stay. */
const PICK_FILLER = new Set(
  'the a an one ones option number i mean meant please actually that this it is was yes no ok okay oh um er sorry like guess'.split(
    ' ',
  ),
);

/** The candidate an answer to an ask-back picks, if it picks one. */
function picked(catalog: Catalog, pending: PendingChoice, words: Words, mentions: Mention[]): Role | undefined {
  const candidates = pending.candidates.map((id) => catalog.byId.get(id)).filter((r): r is Role => Boolean(r));
  if (candidates.length === 0 || words.raw.length > MAX_ANSWER_WORDS) return undefined;
  for (const w of words.raw) {
    const n =
      w === 'last'
        ? candidates.length - 1
        : (ownValue(ORDINALS, w) ?? (/^#?\d$/.test(w) ? Number(w.replace('#', '')) - 1 : undefined));
    if (n !== undefined && candidates[n]) return candidates[n];
  }
  // A role named outright: one of the candidates, or a role the vague words and the answer name together.
  const named = mentions.filter((m) => m.match).map((m) => m.match!.role);
  const inList = named.find((r) => candidates.some((c) => c.family === r.family));
  if (inList) return candidates.find((c) => c.family === inList.family);
  // "the automation one", "healthcare": words only one candidate's title uses.
  const said = words.raw.map((w) => normWord(w)).filter((w) => w && !PICK_FILLER.has(w));
  if (said.length > 0) {
    const fits = candidates.filter((c) => {
      const title = new Set(normWord(`${c.familyTitle} ${c.title}`).split(' '));
      return said.every((w) => title.has(w));
    });
    if (fits.length === 1) return fits[0];
    // "high school" after "teachers": the answer and the vague words together name one role.
    const together = findMentions(catalog, wordsOf(catalog, `${words.raw.join(' ')} ${pending.text}`)).filter(
      (m) => m.match,
    );
    if (together.length === 1) return together[0]!.match!.role;
  }
  return named.length === 1 ? named[0] : undefined;
}

/** An answer to the last ask-back, as the question it completes. */
export function answerToAskBack(
  catalog: Catalog,
  context: IntentContext | undefined,
  words: Words,
  mentions: Mention[],
): Intent | undefined {
  const pending = context?.pending;
  if (!pending) return undefined;
  const role = picked(catalog, pending, words, mentions);
  if (!role) return undefined;
  if (pending.then === 'team') {
    const members = teamOf(catalog, pending.team ?? []);
    members.splice(Math.min(pending.at ?? members.length, members.length), 0, {
      match: asMatch(role),
      count: pending.count ?? 1,
    });
    return { kind: 'team', members: merge(members) };
  }
  if (pending.then === 'transition') return { kind: 'transition', from: asMatch(role), followUp: true };
  return { kind: 'risk', role: asMatch(role), followUp: true };
}

const teamOf = (catalog: Catalog, team: { id: string; count: number }[]): TeamMember[] =>
  team.flatMap((m) => {
    const role = catalog.byId.get(m.id);
    return role ? [{ match: asMatch(role), count: m.count }] : [];
  });

/** One line per role: "2 more testers" adds to the testers already there. */
function merge(members: TeamMember[]): TeamMember[] {
  const out: TeamMember[] = [];
  for (const m of members) {
    const same = out.find((o) => o.match.role.id === m.match.role.id);
    if (same) same.count += m.count;
    else out.push({ ...m });
  }
  return out;
}

const ADD =
  /\b(?:add|added|adding|hire|hired|hiring|plus|joined|joining|onboard(?:ed|ing)?|also\s+have|another|more)\b/;
const REMOVE =
  /\b(?:remove|removed|drop|dropped|without|minus|lost|lose|losing|let\s+go|laid\s+off|fired|no\s+more|take\s+out|leave\s+out|exclude)\b/;
const WHICH = /\b(?:which|who|what)\b.*\b(?:most|least|safest|riskiest|exposed|at\s+risk|safe|worst|best)\b/;
const SAFEST = /\b(?:safest|least\s+(?:exposed|at\s+risk|risky)|most\s+(?:safe|secure|protected)|best\s+off)\b/;
const TEAM_AGAIN = /\b(?:team|squad|us|we|everyone|all\s+of\s+us)\b/;

/** A message about the team on the last card, if it is one. */
export function teamFollowUp(
  catalog: Catalog,
  context: IntentContext | undefined,
  lower: string,
  mentions: Mention[],
  counts: (m: Mention) => number | undefined,
): Intent | undefined {
  if (!context?.team?.length) return undefined;
  const team = teamOf(catalog, context.team);
  const onTeam = (m: Mention) => memberFor(team, m);
  if (mentions.length > 0 && REMOVE.test(lower)) {
    const gone = new Set(
      mentions
        .map(onTeam)
        .filter(Boolean)
        .map((m) => m!.match.role.id),
    );
    if (gone.size > 0) return { kind: 'team', members: team.filter((m) => !gone.has(m.match.role.id)) };
  }
  if (mentions.length > 0 && mentions.every((m) => m.match) && ADD.test(lower))
    return {
      kind: 'team',
      members: merge([...team, ...mentions.map((m) => ({ match: m.match!, count: counts(m) ?? 1 }))]),
    };
  if (mentions.length === 0 && WHICH.test(lower)) {
    const byScore = [...team].sort((x, y) => catalog.score(x.match.role).score - catalog.score(y.match.role).score);
    const pick = SAFEST.test(lower) ? byScore.at(-1)! : byScore[0]!;
    return { kind: 'risk', role: pick.match, followUp: true };
  }
  if (mentions.length === 0 && TEAM_AGAIN.test(lower) && !/\b(?:go|move|next)\b/.test(lower))
    return { kind: 'team', members: team };
  return undefined;
}

/** The team member a mention means: its role, or the one of its candidates on the team ("testers"). */
export function memberFor(team: TeamMember[], m: Mention): TeamMember | undefined {
  if (m.match) return team.find((t) => t.match.role.family === m.match!.role.family);
  const ids = new Set((m.candidates ?? []).map((c) => c.id));
  const hits = team.filter((t) => ids.has(t.match.role.id));
  return hits.length === 1 ? hits[0] : undefined;
}
