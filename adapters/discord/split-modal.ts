// "Set my split" on Discord: a modal (interaction response type 9) to give one's week. Up to five
// tasks get a short text input each; a role with more tasks (Discord allows five inputs) gets one
// paragraph of "task=percent" lines, read by parseMix like the mix: option. Pure: no sending.
import { ComponentType, TextInputStyle, type APIModalInteractionResponseCallbackData } from 'discord.js';
import type { Role } from '../../src/catalog/schema.ts';
import { truncate } from '../../src/output/text.ts';

/** Discord: 5 inputs per modal, titles and labels up to 45 characters, custom_id up to 100. */
const INPUTS_MAX = 5;
const LABEL_MAX = 45;
const PARAGRAPH_MAX = 4000;
const MODAL_PREFIX = 'm1:';
const LINES_INPUT = 'mix';

/** Task names in the pre-filled lines are cut to this: the number before them is what counts. */
const LINE_NAME_MAX = 60;
/** "3) Writing tests=20": the task's number, its name to read, the share (separators dropped from the name). */
const numberedLine = (n: number, name: string, share: number) =>
  `${n}) ${truncate(
    name
      .replace(/[,;=:]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim(),
    LINE_NAME_MAX,
  )}=${share}`;
/** A line led by a task number ("3) anything=20") becomes "3=20"; other lines ("api design=50") stay. */
const byNumber = (line: string) => line.replace(/^\s*(\d+)\s*[).]\s*[^=:]*([=:])/, '$1$2');

export function splitModal(role: Role): APIModalInteractionResponseCallbackData {
  const input = (customId: string, label: string, value: string, paragraph: boolean) => ({
    type: ComponentType.ActionRow as const,
    components: [
      {
        type: ComponentType.TextInput as const,
        custom_id: customId,
        label: truncate(label, LABEL_MAX),
        style: paragraph ? TextInputStyle.Paragraph : TextInputStyle.Short,
        value,
        required: paragraph,
        max_length: paragraph ? PARAGRAPH_MAX : 6,
      },
    ],
  });
  const components =
    role.tasks.length <= INPUTS_MAX
      ? role.tasks.map((t, i) => input(`t${i + 1}`, `${t.name} (%)`, String(t.share), false))
      : [
          input(
            LINES_INPUT,
            'Your week: one task=percent per line',
            role.tasks.map((t, i) => numberedLine(i + 1, t.name, t.share)).join('\n'),
            true,
          ),
        ];
  return {
    custom_id: `${MODAL_PREFIX}${role.id}`,
    title: truncate(`Your week as ${role.title}`, LABEL_MAX),
    components,
  };
}

interface SubmittedRow {
  components?: { custom_id?: string; value?: string }[];
}

/** The role id and the mix of a submitted split modal, or undefined when it is not ours. */
export function submittedSplit(customId: string, rows: SubmittedRow[] = []): { role: string; mix: string } | undefined {
  if (!customId.startsWith(MODAL_PREFIX)) return undefined;
  const inputs = rows.flatMap((r) => r.components ?? []);
  const lines = inputs
    .find((c) => c.custom_id === LINES_INPUT)
    ?.value?.split('\n')
    .map(byNumber)
    .join('\n');
  // Empty task inputs share the rest in the role's proportions, as on the command line.
  const mix =
    lines ??
    inputs
      .filter((c) => /^t\d+$/.test(c.custom_id ?? '') && c.value?.trim())
      .map((c) => `${c.custom_id!.slice(1)}=${c.value!.trim()}`)
      .join(', ');
  return { role: customId.slice(MODAL_PREFIX.length), mix };
}
