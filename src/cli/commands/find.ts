import type { Command } from 'commander';
import { action } from '../fail.js';
import { confidenceOption, graphOption, jsonOption } from '../query-common.js';
import type { FindCliOptions } from '../query-run.js';

export function registerFind(program: Command): void {
  program.command('find')
    .summary('entities whose label or aliases match a text, ranked')
    .description('Entities whose label or aliases match a text, best first: exact names, then names that\n'
      + 'contain the words, acronyms and close spellings. Exit status 1 when nothing matches.')
    .argument('<text>')
    .addOption(graphOption())
    .option('--kind <kinds>', 'only these kinds, comma-separated')
    .option('--limit <n>', 'at most this many', '20')
    .addOption(confidenceOption())
    .addOption(jsonOption())
    .addHelpText('after', '\nExample:\n  $ kg find soleimani')
    .action(action(async (text: string, opts: FindCliOptions) => {
      const { runFind } = await import('../query-run.js');
      return runFind(text, opts);
    }));
}
