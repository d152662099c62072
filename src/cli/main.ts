// The `kg` command line: commander wiring only; the work lives in the library modules.
import { Command, CommanderError } from 'commander';
import { COMMANDS } from './commands/index.js';
import { VERSION } from '../version.js';

export function createProgram(): Command {
  const program = new Command('kg')
    .description('Build a knowledge graph of people, groups, places and events from news text, then query, view and export it.')
    .version(VERSION)
    .showHelpAfterError('(run with --help for usage)')
    .configureHelp({ sortSubcommands: false });
  for (const register of COMMANDS) register(program);
  return program;
}

export async function main(argv: string[]): Promise<void> {
  const program = createProgram().exitOverride();
  try {
    await program.parseAsync(argv);
  } catch (err) {
    // commander has already printed its message (unknown option, missing argument, --help).
    if (err instanceof CommanderError) process.exitCode = err.exitCode;
    else throw err;
  }
}
