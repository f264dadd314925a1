// `/myscore <role>` on Slack: a modal with one number input per task of the role, pre-filled with
// the role's typical split. Its submission is checked here (errors go back on the field) and
// becomes the mix the myscore command takes ("1=50, 3=20"). Pure: no sending.
import type { types } from '@slack/bolt';
import type { personalTasksDoc } from '../../src/personal/document.ts';
import { truncate } from '../../src/output/text.ts';

type TasksDoc = ReturnType<typeof personalTasksDoc>;
/** The modal's callback_id: what view_submission handlers listen for. */
export const SPLIT_VIEW_ID = 'myscore-split';
const SHARE_ACTION = 'share';
const blockId = (n: number) => `task-${n}`;
/** Slack: modal title and button texts up to 24 characters, input labels up to 2,000. */
const TITLE_MAX = 24;
const LABEL_MAX = 2000;
const SHARE_TOLERANCE = 0.01;

/** What the submission needs to know and Slack carries for us in private_metadata. */
export interface SplitMeta {
  role: string;
  channel: string;
}

export function splitModal(doc: TasksDoc, channel: string): types.ModalView {
  const meta: SplitMeta = { role: doc.role.id, channel };
  return {
    type: 'modal',
    callback_id: SPLIT_VIEW_ID,
    private_metadata: JSON.stringify(meta),
    title: { type: 'plain_text', text: truncate('Your week', TITLE_MAX) },
    submit: { type: 'plain_text', text: 'Score my week' },
    close: { type: 'plain_text', text: 'Cancel' },
    blocks: [
      {
        type: 'section',
        text: {
          type: 'mrkdwn',
          text: truncate(
            `*${doc.role.title}*: percent of your week on each task. Filled in with the role's typical split; a task left empty shares what is left in the role's proportions. Only you will see the result.`,
            3000,
          ),
        },
      },
      ...doc.tasks.map((t): types.InputBlock => ({
        type: 'input',
        block_id: blockId(t.number),
        optional: true,
        label: { type: 'plain_text', text: truncate(`${t.name} (AI ${t.score}/5)`, LABEL_MAX) },
        element: {
          type: 'number_input',
          action_id: SHARE_ACTION,
          is_decimal_allowed: true,
          initial_value: String(t.share),
          min_value: '0',
          max_value: '100',
        },
      })),
    ],
  };
}

export function readMeta(privateMetadata: string): SplitMeta | undefined {
  try {
    const meta = JSON.parse(privateMetadata) as Partial<SplitMeta>;
    return typeof meta.role === 'string' && typeof meta.channel === 'string'
      ? { role: meta.role, channel: meta.channel }
      : undefined;
  } catch {
    return undefined;
  }
}

type StateValues = Record<string, Record<string, { value?: string | null }>>;

/**
 * The submitted numbers as a mix ("1=50, 3=20"), or Slack's field errors: a share that is not a
 * number from 0 to 100, a total over 100, nothing filled in, every task filled but short of 100.
 */
export function submittedMix(values: StateValues): { mix: string } | { errors: Record<string, string> } {
  const fields = Object.keys(values)
    .filter((id) => /^task-\d+$/.test(id))
    .sort((a, b) => Number(a.slice(5)) - Number(b.slice(5)));
  const errors: Record<string, string> = {};
  const filled: { id: string; share: number }[] = [];
  for (const id of fields) {
    const raw = values[id]?.[SHARE_ACTION]?.value?.trim() ?? '';
    if (raw === '') continue;
    const share = /^\d+(?:\.\d+)?$/.test(raw) ? Number(raw) : NaN;
    if (!(share >= 0 && share <= 100)) errors[id] = 'Give a number from 0 to 100 (percent of your week).';
    else filled.push({ id, share });
  }
  if (Object.keys(errors).length) return { errors };
  const last = filled.at(-1)?.id ?? fields[0] ?? blockId(1);
  if (filled.length === 0) return { errors: { [last]: 'Fill in at least one task.' } };
  const total = filled.reduce((n, f) => n + f.share, 0);
  if (total > 100 + SHARE_TOLERANCE)
    return { errors: { [last]: `Your shares add up to ${+total.toFixed(1)}%, over 100.` } };
  if (filled.length === fields.length && total < 100 - SHARE_TOLERANCE) {
    return {
      errors: {
        [last]: `Your shares add up to ${+total.toFixed(1)}%: make them 100, or leave a task empty to share the rest.`,
      },
    };
  }
  return { mix: filled.map((f) => `${f.id.slice(5)}=${f.share}`).join(', ') };
}
