// Every CLI command, in the order `kg --help` lists them. Each module only declares its options
// and imports its implementation lazily, so `kg <anything>` starts fast.
import type { Command } from 'commander';
import { registerBuild } from './build.js';
import { registerQueries } from './query.js';
import { registerExport } from './export.js';
import { registerView } from './view.js';

export const COMMANDS: ReadonlyArray<(program: Command) => void> = [
  registerBuild,
  registerQueries,
  registerExport,
  registerView,
];
