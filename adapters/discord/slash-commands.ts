// The slash commands Discord shows, built from the declarative commands in commands/: every role
// argument becomes a string option with autocomplete.
import { SlashCommandBuilder, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import { commandsOn } from '../../commands/index.ts';
import type { Command } from '../../commands/define.ts';
import { MAX_QUERY_LENGTH } from '../../src/matching/matcher.ts';
import { MAX_MIX_LENGTH } from '../../src/personal/mix-text.ts';
import { truncate } from '../../src/output/text.ts';
import { COMMAND_DESCRIPTION_MAX } from './limits.ts';

/** The commands offered as Discord slash commands: those the command spec offers on Discord. */
export const discordCommands = (): Command[] => commandsOn('discord');

export function slashCommandJson(command: Command): RESTPostAPIChatInputApplicationCommandsJSONBody {
  const builder = new SlashCommandBuilder()
    .setName(command.name)
    .setDescription(truncate(command.description, COMMAND_DESCRIPTION_MAX));
  // Discord wants required options before optional ones.
  const args = Object.entries(command.args).sort(([, a], [, b]) => Number(b.required) - Number(a.required));
  for (const [name, spec] of args) {
    builder.addStringOption((o) =>
      o
        .setName(name)
        .setDescription(truncate(spec.description, COMMAND_DESCRIPTION_MAX))
        .setRequired(spec.required)
        .setMaxLength(spec.type === 'role' ? MAX_QUERY_LENGTH : MAX_MIX_LENGTH)
        .setAutocomplete(spec.type === 'role'),
    );
  }
  return builder.toJSON();
}

export const slashCommandsJson = () => discordCommands().map(slashCommandJson);
