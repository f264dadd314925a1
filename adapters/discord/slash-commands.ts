// The slash commands Discord shows, built from the declarative commands in commands/: every role
// argument becomes a string option with autocomplete.
import { SlashCommandBuilder, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import { findCommand } from '../../commands/index.ts';
import type { Command } from '../../commands/define.ts';
import { MAX_QUERY_LENGTH } from '../../src/matching/matcher.ts';
import { MAX_MIX_LENGTH } from '../../src/personal/mix-text.ts';
import { clip } from './render.ts';
import { COMMAND_DESCRIPTION_MAX } from './limits.ts';

/** The commands offered as Discord slash commands, with the arguments docs/cli.md lists. */
export const DISCORD_COMMAND_NAMES = ['risk', 'compare', 'transition', 'help', 'myscore', 'plan'] as const;

export function discordCommands(): Command[] {
  return DISCORD_COMMAND_NAMES.map((name) => findCommand(name)!);
}

export function slashCommandJson(command: Command): RESTPostAPIChatInputApplicationCommandsJSONBody {
  const builder = new SlashCommandBuilder()
    .setName(command.name)
    .setDescription(clip(command.description, COMMAND_DESCRIPTION_MAX));
  // Discord wants required options before optional ones.
  const args = Object.entries(command.args).sort(([, a], [, b]) => Number(b.required) - Number(a.required));
  for (const [name, spec] of args) {
    builder.addStringOption((o) =>
      o
        .setName(name)
        .setDescription(clip(spec.description, COMMAND_DESCRIPTION_MAX))
        .setRequired(spec.required)
        .setMaxLength(spec.type === 'role' ? MAX_QUERY_LENGTH : MAX_MIX_LENGTH)
        .setAutocomplete(spec.type === 'role'),
    );
  }
  return builder.toJSON();
}

export const slashCommandsJson = () => discordCommands().map(slashCommandJson);
