// `npm run register`: puts the slash commands on one guild (DISCORD_GUILD_ID, instant) or on every
// guild (global, may take a while to show). Commands change rarely, so this is its own step.
import { pathToFileURL } from 'node:url';
import { REST, Routes } from 'discord.js';
import { ConfigError, loadEnv, type Env } from '../runtime/config.ts';
import { discordApi } from './start.ts';
import { discordAgent } from './rest-agent.ts';
import { slashCommandsJson } from './slash-commands.ts';

export async function registerCommands(config: Env): Promise<{ scope: string; count: number }> {
  if (!config.DISCORD_TOKEN || !config.DISCORD_APPLICATION_ID)
    throw new ConfigError(['npm run register needs DISCORD_TOKEN and DISCORD_APPLICATION_ID']);
  const api = discordApi(config);
  const rest = new REST({ ...(api ? { api } : {}), agent: discordAgent() }).setToken(config.DISCORD_TOKEN);
  const body = slashCommandsJson();
  const route = config.DISCORD_GUILD_ID
    ? Routes.applicationGuildCommands(config.DISCORD_APPLICATION_ID, config.DISCORD_GUILD_ID)
    : Routes.applicationCommands(config.DISCORD_APPLICATION_ID);
  await rest.put(route, { body });
  return { scope: config.DISCORD_GUILD_ID ? `guild ${config.DISCORD_GUILD_ID}` : 'global', count: body.length };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    const { scope, count } = await registerCommands(loadEnv());
    console.log(`Registered ${count} commands (${scope}).`);
  } catch (e) {
    console.error(e instanceof Error ? e.message : String(e));
    process.exitCode = 1;
  }
}
