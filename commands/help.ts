import type { Reply } from '../src/output/reply.ts';
import { defineCommand, type Command } from './define.ts';

/** Questions in plain words that the bot answers in channels, threads and the console chat. */
export const PLAIN_WORDS_EXAMPLES = [
  '"are bank tellers safe?" (any occupation)',
  '"is backend development going to be automated?"',
  '"devops or sre, which one is more future proof?"',
  '"I\'m a QA engineer, where could I go next?"',
  '"our team has 4 backend devs and 2 testers: how exposed are we?"',
  '"which roles do you know?"',
];

export function helpReply(commands: readonly Command[]): Reply {
  return {
    title: 'career-bot: how exposed is a role to AI, and where to go next',
    tone: 'info',
    private: true,
    blocks: [
      {
        type: 'text',
        text: 'Ask about any job by the title you use: tech roles are assessed by hand, every other occupation is estimated from public data. Scores run 0–100 and higher is safer: Green 48 and up, Yellow 25 to 48, Red below 25.',
      },
      {
        type: 'list',
        title: 'Commands',
        items: commands.map((c) => `${c.name}: ${c.description}. Try "${c.examples[0]}".`),
      },
      { type: 'list', title: 'Or ask in plain words', items: PLAIN_WORDS_EXAMPLES },
      {
        type: 'context',
        text: 'Scores come from the AI Job Resistance Index: task resistance, market evidence, barriers, protective principles and AI growth. Every number has a reason; ask for a role to see them.',
      },
    ],
  };
}

/** The help command lists every command, so it is built from the list it belongs to. */
export const helpCommand = (commands: () => readonly Command[]): Command =>
  defineCommand({
    name: 'help',
    description: 'What the bot can do',
    surfaces: ['cli', 'discord'],
    args: {},
    examples: ['help'],
    run: () => ({ reply: helpReply(commands()), doc: { kind: 'help' } }),
  });
