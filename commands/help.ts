import type { Reply } from '../src/output/reply.ts';
import { defineCommand, type Command } from './define.ts';

export function helpReply(commands: readonly Command[]): Reply {
  return {
    title: 'career-bot: how exposed is a role to AI, and where to go next',
    tone: 'info',
    private: true,
    blocks: [
      {
        type: 'text',
        text: 'Ask about any tech role by the title you use. Scores run 0–100: Green 48 and up, Yellow 25 to 48, Red below 25.',
      },
      {
        type: 'list',
        title: 'Commands',
        items: commands.map((c) => `${c.name}: ${c.description}. Try "${c.examples[0]}".`),
      },
      {
        type: 'context',
        text: 'Scores come from the AI Job Resistance Index: task resistance, market evidence, barriers, protective principles and AI growth. Every number has a reason; ask for a role to see them.',
      },
    ],
  };
}

export default defineCommand({
  name: 'help',
  description: 'What the bot can do',
  args: {},
  examples: ['help'],
  run: () => ({ reply: helpReply([]), doc: { kind: 'help' } }),
});
