#!/usr/bin/env node
// Runs the TypeScript sources directly through tsx, so there is no build step to forget.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../adapters/console/cli.ts');
try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  console.error('career-bot failed unexpectedly. Please report this with the command you ran.');
  console.error(error instanceof Error ? error.stack : error);
  process.exitCode = 1;
}
