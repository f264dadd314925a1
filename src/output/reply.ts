// The platform-neutral answer every command returns. Adapters render it with one pure function
// each; nothing else formats for a platform. All strings are plain text: renderers escape them.
import type { Zone } from '../engine/scoring.ts';
import type { ChartRef } from '../charts/ref.ts';

export type Tone = Zone | 'info' | 'warning';

/** What a button does when clicked: run a command with role ids as arguments. */
export interface Action {
  /** A command's name in the command spec; adapters check it against the spec when a button is clicked. */
  command: string;
  args: string[];
  /** Post the answer in the channel for everyone, not to the clicker only: a personal score being shared. */
  share?: boolean;
}
export interface Button {
  label: string;
  action: Action;
  primary?: boolean;
}
export interface Field {
  label: string;
  value: string;
  inline?: boolean;
}

export type Block =
  | {
      type: 'score';
      score: number | null;
      zone: Zone | null;
      label: string;
      caption?: string;
      /** A line under the score saying what the scale measures (higher = safer). */
      note?: string;
    }
  | { type: 'text'; text: string }
  | { type: 'fields'; fields: Field[] }
  | { type: 'list'; title: string; items: string[] }
  | { type: 'table'; columns: string[]; rows: string[][] }
  | { type: 'actions'; buttons: Button[] }
  | { type: 'context'; text: string }
  /** A chart image: `path` is where the bot serves it (/charts/….png), `alt` says it in words. */
  | { type: 'chart'; ref: ChartRef; path: string; alt: string };

export interface Reply {
  title: string;
  tone: Tone;
  blocks: Block[];
  /** Only the asker should see it: errors, "did you mean", help, personal scores. */
  private?: boolean;
  /**
   * A detail opened from a card ("Why this score", "Outlook & skills"): shown beside the card for
   * the person who asked for it, not as a new answer for the whole channel.
   */
  detail?: boolean;
}

export function assertNever(value: never): never {
  throw new Error(`Unhandled case: ${JSON.stringify(value)}`);
}

const ARG_SEPARATORS: Record<string, string> = { compare: ' vs ', myscore: ' --mix ', plan: ' --to ' };

/** The command a person would type to do what a button does. */
export function actionCommandLine(action: Action): string {
  return `${action.command} ${action.args.join(ARG_SEPARATORS[action.command] ?? ' ')}`.trim();
}

export const ZONE_EMOJI: Record<Zone, string> = { red: '🔴', yellow: '🟡', green: '🟢' };

/** A one-line text form of a score, shared by every renderer's fallback. */
export function scoreLine(block: Extract<Block, { type: 'score' }>): string {
  if (block.score === null || block.zone === null) return block.label;
  return `${ZONE_EMOJI[block.zone]} ${block.score.toFixed(1)} / 100 · ${block.label}${block.caption ? ` · ${block.caption}` : ''}`;
}

/** The reply as plain text: Slack's notification fallback, logs, and the console without colour. */
export function toPlainText(reply: Reply): string {
  const lines = [reply.title];
  for (const block of reply.blocks) {
    switch (block.type) {
      case 'score':
        lines.push(scoreLine(block));
        if (block.note) lines.push(block.note);
        break;
      case 'text':
        lines.push(block.text);
        break;
      case 'fields':
        lines.push(...block.fields.map((f) => `${f.label}: ${f.value}`));
        break;
      case 'list':
        lines.push(`${block.title}:`, ...block.items.map((i) => `  • ${i}`));
        break;
      case 'table':
        lines.push(block.columns.join(' | '), ...block.rows.map((r) => r.join(' | ')));
        break;
      case 'actions':
      case 'chart': // the image repeats what the text says; its alt text goes with the image
        break;
      case 'context':
        lines.push(block.text);
        break;
      default:
        assertNever(block);
    }
  }
  return lines.join('\n');
}
