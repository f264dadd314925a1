// Reads a time split the way people write it: "api design=50, writing tests=20%, endpoints=rest"
// on the command line, or "I'm a backend dev and I spend half my week on API design, 20% on
// reviews and the rest on endpoints" in a conversation. Pure: no catalog, no matching here.
import { UserError } from '../errors.ts';
import type { MixEntry, MixShare } from './score.ts';

export const MAX_MIX_LENGTH = 600;
export const MAX_MIX_ENTRIES = 12;
const MIX_EXAMPLE = 'e.g. "api design=50, writing tests=20, endpoints=rest"';

const NUMBER = String.raw`\d+(?:\.\d+)?`;
/** Words for a share of the week and the percent they mean. */
const SHARE_WORDS: [RegExp, MixShare][] = [
  [
    /^(?:the\s+)?(?:rest|remainder)(?:\s+of\s+(?:it|the\s+(?:week|time)))?$|^everything\s+else$|^all\s+the\s+rest$/,
    'rest',
  ],
  [/^(?:about\s+|around\s+|roughly\s+)?(?:a\s+|one\s+)?half$/, 50],
  [/^(?:about\s+|around\s+|roughly\s+)?(?:a|one)\s+third$/, 100 / 3],
  [/^(?:about\s+|around\s+|roughly\s+)?two\s+thirds$/, 200 / 3],
  [/^(?:about\s+|around\s+|roughly\s+)?(?:a|one)\s+quarter$/, 25],
  [/^(?:about\s+|around\s+|roughly\s+)?three\s+quarters$/, 75],
  [/^(?:all|all\s+of\s+it|100\s*%)$/, 100],
];

/** "50", "50%", "50 percent", "half", "the rest" → a share; undefined when it is none of those. */
export function parseShare(text: string): MixShare | undefined {
  const t = text
    .trim()
    .toLowerCase()
    .replace(/\s+(?:of\s+)?(?:my|the)\s+(?:week|time|day|days)$/, '');
  const number = new RegExp(
    `^(?:about\\s+|around\\s+|roughly\\s+|~)?(${NUMBER})\\s*(?:%|percent|per\\s*cent|pc)?$`,
  ).exec(t);
  if (number) return Number(number[1]);
  return SHARE_WORDS.find(([pattern]) => pattern.test(t))?.[1];
}

function badMix(message: string): UserError {
  return new UserError('bad_input', `${message} Give your week as task=percent, ${MIX_EXAMPLE}.`);
}

/** "task=percent, task=percent, ..." (also "task: 50%", "task 50%", "50% task"). Throws UserError 'bad_input'. */
export function parseMix(text: string): MixEntry[] {
  if (text.length > MAX_MIX_LENGTH) throw badMix('That split is too long.');
  const parts = text
    .split(/[,;\n]+/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length === 0) throw badMix('The split is empty.');
  if (parts.length > MAX_MIX_ENTRIES) throw badMix(`A role has at most ${MAX_MIX_ENTRIES} tasks.`);
  return parts.map((part) => {
    const entry = parseMixPart(part);
    if (!entry) throw badMix(`I could not read "${part.slice(0, 60)}".`);
    return entry;
  });
}

function parseMixPart(part: string): MixEntry | undefined {
  const assigned = /^(.+?)\s*[=:]\s*(.+)$/.exec(part);
  if (assigned) {
    const share = parseShare(assigned[2]!);
    return share === undefined ? undefined : { task: assigned[1]!.trim(), share };
  }
  const trailing = new RegExp(`^(.+?)\\s+(${NUMBER})\\s*%$`).exec(part);
  if (trailing) return { task: trailing[1]!.trim(), share: Number(trailing[2]) };
  const leading = new RegExp(`^(${NUMBER})\\s*%\\s+(?:on\\s+)?(.+)$`).exec(part);
  if (leading) return { task: leading[2]!.trim(), share: Number(leading[1]) };
  return undefined;
}

/** "backend developer --mix api design=100" or "backend developer: api design=100": role and mix. */
export function splitRoleAndMix(text: string): { role: string; mix?: string } {
  const flagged = /^(.*?)\s*--mix[\s=]+(.*)$/s.exec(text);
  if (flagged) return { role: flagged[1]!.trim(), mix: flagged[2]!.trim() || undefined };
  const statement = parsePersonalStatement(text);
  if (statement)
    return {
      role: statement.role,
      mix: statement.mix.map((e) => `${e.task}=${e.share === 'rest' ? 'rest' : +e.share.toFixed(2)}`).join(', '),
    };
  const colon = text.indexOf(':');
  if (colon > 0) return { role: text.slice(0, colon).trim(), mix: text.slice(colon + 1).trim() || undefined };
  return { role: text.trim() };
}

const ROLE_INTRO =
  /\b(?:i\s*['’]?\s*m|i\s+am|i\s+work\s+as|as)\s+(?:an?\s+|the\s+)?(.+?)(?=\s*(?:,|;|\.|\band\b|\bwho\b|\bwhere\b|\bi\b|$))/i;
const SPEND = /\b(?:spend|spending|split|splitting|divide|dividing|my\s+(?:week|time)\s+(?:is|goes))\b(.*)$/is;
const SHARE_PHRASE = String.raw`(?:about\s+|around\s+|roughly\s+|~)?(?:\d+(?:\.\d+)?\s*(?:%|percent|per\s*cent)|(?:a\s+|one\s+)?half|(?:a|one)\s+third|two\s+thirds|(?:a|one)\s+quarter|three\s+quarters|the\s+rest|the\s+remainder|everything\s+else)`;

/**
 * "I'm a backend dev and I spend half my week on API design, 20% on reviews and the rest on
 * endpoints" → { role: "backend dev", mix: [API design 50, reviews 20, endpoints rest] }.
 * Null when the text does not both name a role and give at least one share.
 */
export function parsePersonalStatement(text: string): { role: string; mix: MixEntry[] } | null {
  if (text.length > MAX_MIX_LENGTH) return null;
  const role = ROLE_INTRO.exec(text)?.[1]?.trim();
  const spend = SPEND.exec(text)?.[1];
  if (!role || !spend) return null;
  const phrase = new RegExp(
    `(${SHARE_PHRASE})(?:\\s+(?:of\\s+)?(?:my|the)\\s+(?:week|time|day|days))?\\s+(?:on|in|doing|with)\\s+(.+?)(?=\\s*(?:,|;|\\.(?:\\s|$)|\\band\\s+(?=${SHARE_PHRASE})|$))`,
    'gi',
  );
  const mix: MixEntry[] = [];
  for (const m of spend.matchAll(phrase)) {
    const share = parseShare(m[1]!);
    const task = m[2]!.replace(/^(?:my|the)\s+/i, '').trim();
    if (share !== undefined && task) mix.push({ task, share });
  }
  return mix.length ? { role, mix } : null;
}
