// Every CLI command, in the order `kg --help` lists them. Each module only declares its options
// and imports its implementation lazily, so `kg <anything>` starts fast.
import type { Command } from 'commander';
import { registerBuild } from './build.js';
import { registerPath } from './path.js';
import { registerNeighbors } from './neighbors.js';
import { registerShow } from './show.js';
import { registerFind } from './find.js';
import { registerStats } from './stats.js';
import { registerTimeline } from './timeline.js';
import { registerExport } from './export.js';
import { registerView } from './view.js';
import { registerCuration } from './curate.js';

export const COMMANDS: ReadonlyArray<(program: Command) => void> = [
  registerBuild,
  registerPath,
  registerNeighbors,
  registerShow,
  registerFind,
  registerStats,
  registerTimeline,
  registerExport,
  registerView,
  registerCuration,
];
