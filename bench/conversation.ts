// The labelled channel questions (test/conversation/questions.tsv) run through the intent parser,
// thread by thread, with accuracy and parser latency. Used by the test that holds the level and by bench.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import type { ConversationState } from '../src/intent/conversation-store.ts';
import { intentRoleIds, nextState, parseIntent, type Intent } from '../src/intent/index.ts';
import type { Catalog } from '../src/catalog/catalog.ts';

export const QUESTIONS_FILE = fileURLToPath(new URL('../test/conversation/questions.tsv', import.meta.url));
/** The same kind of questions against the real catalog (roles/*.yaml). */
export const REAL_QUESTIONS_FILE = fileURLToPath(new URL('../test/conversation/real-questions.tsv', import.meta.url));
/** Channel messages about every kind of job, tech and everyday, against the real catalog. */
export const EVERYDAY_QUESTIONS_FILE = fileURLToPath(
  new URL('../test/conversation/everyday-questions.tsv', import.meta.url),
);
/** A second batch of the same shapes, written blind after the first batch's fixes: the held-out check. */
export const EVERYDAY_QUESTIONS_2_FILE = fileURLToPath(
  new URL('../test/conversation/everyday-questions-2.tsv', import.meta.url),
);

const TIMED_ROUNDS = 7;

export interface LabelledQuestion {
  conversation: string;
  question: string;
  kind: string;
  roles: string[];
  line: number;
}

export function readQuestions(file = QUESTIONS_FILE): LabelledQuestion[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .flatMap((text, i) => {
      if (!text.trim() || text.startsWith('#') || text.startsWith('conversation\t')) return [];
      const [conversation = '', question = '', kind = '', roles = ''] = text.split('\t');
      return [{ conversation, question, kind, roles: roles ? roles.split(',') : [], line: i + 1 }];
    });
}

/** What the parser answered, in the labelled form: kind and role ids (team: id:count). */
export function labelOf(intent: Intent): { kind: string; roles: string[] } {
  if (intent.kind === 'team')
    return { kind: 'team', roles: intent.members.map((m) => `${m.match.role.id}:${m.count}`) };
  return { kind: intent.kind, roles: intentRoleIds(intent) };
}

export interface ConversationAccuracy {
  total: number;
  correct: number;
  kindCorrect: number;
  followUps: number;
  followUpsCorrect: number;
  misses: { line: number; question: string; expected: string; got: string }[];
  /** Parser time per question (median of its timed rounds), sorted, in milliseconds (warm: timed after an untimed pass). */
  latencies: number[];
}

export function evaluateConversations(catalog: Catalog, questions = readQuestions()): ConversationAccuracy {
  const result: ConversationAccuracy = {
    total: 0,
    correct: 0,
    kindCorrect: 0,
    followUps: 0,
    followUpsCorrect: 0,
    misses: [],
    latencies: [],
  };
  const states = new Map<string, ConversationState | undefined>();
  const contexts: (ConversationState | undefined)[] = [];
  for (const q of questions) {
    const previous = q.conversation ? states.get(q.conversation) : undefined;
    const intent = parseIntent(catalog, q.question, previous);
    contexts.push(previous);
    if (q.conversation) states.set(q.conversation, nextState(catalog, intent, previous));
    const got = labelOf(intent);
    const kindOk = got.kind === q.kind;
    // Clarify rows without roles accept any candidates: what matters is that the bot asked back.
    const rolesOk = q.kind === 'clarify' && q.roles.length === 0 ? true : got.roles.join(',') === q.roles.join(',');
    const isFollowUp = Boolean(q.conversation) && previous !== undefined;
    result.total++;
    if (kindOk) result.kindCorrect++;
    if (isFollowUp) result.followUps++;
    if (kindOk && rolesOk) {
      result.correct++;
      if (isFollowUp) result.followUpsCorrect++;
    } else {
      result.misses.push({
        line: q.line,
        question: q.question,
        expected: `${q.kind} ${q.roles.join(',')}`,
        got: `${got.kind} ${got.roles.join(',')}`,
      });
    }
  }
  // Timed after the pass above has warmed the JIT and the catalog's index, each question in its own context.
  // Each question's figure is the median of its rounds: on a shared machine one round may be preempted.
  const rounds = questions.map(() => [] as number[]);
  for (let round = 0; round < TIMED_ROUNDS; round++) {
    questions.forEach((q, i) => {
      const start = performance.now();
      parseIntent(catalog, q.question, contexts[i]);
      rounds[i]!.push(performance.now() - start);
    });
  }
  result.latencies = rounds.map((r) => r.sort((a, b) => a - b)[Math.floor(r.length / 2)]!);
  result.latencies.sort((a, b) => a - b);
  return result;
}

const pct = (n: number, d: number) => `${d ? ((n / d) * 100).toFixed(1) : '0.0'}%`;
const at = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

/** The figures as lines for npm run bench. */
export function conversationReport(acc: ConversationAccuracy, label = 'test/conversation/questions.tsv'): string[] {
  return [
    `intent parser on ${acc.total} labelled channel questions (${label}): kind and roles ${pct(acc.correct, acc.total)}, kind alone ${pct(acc.kindCorrect, acc.total)}, follow-ups ${pct(acc.followUpsCorrect, acc.followUps)} of ${acc.followUps}`,
    `intent parser latency: p50 ${at(acc.latencies, 50).toFixed(3)} ms, p90 ${at(acc.latencies, 90).toFixed(3)} ms, p99 ${at(acc.latencies, 99).toFixed(3)} ms, max ${(acc.latencies.at(-1) ?? 0).toFixed(3)} ms`,
    ...acc.misses.map((m) => `  miss (line ${m.line}): "${m.question}" expected ${m.expected}, got ${m.got}`),
  ];
}
