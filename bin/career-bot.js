#!/usr/bin/env -S node --max-semi-space-size=4
// Runs the bot as plain JavaScript, bundled from the TypeScript sources when they change (compile.js).
// Where the project folder cannot be written (a read-only install), it runs the sources through tsx.
import { compiled } from './compile.js';

const args = process.argv.slice(2);
let cli;
try {
  cli = await compiled('adapters/console/cli.ts');
} catch (error) {
  if (args[0] === 'start') console.error(`Running the TypeScript sources directly (${error.message}).`);
  (await import('tsx/esm/api')).register();
  cli = '../adapters/console/cli.ts';
}
const { main } = await import(cli);
try {
  process.exitCode = await main(args);
} catch (error) {
  console.error('career-bot failed unexpectedly. Please report this with the command you ran.');
  console.error(error instanceof Error ? error.stack : error);
  process.exitCode = 1;
}
