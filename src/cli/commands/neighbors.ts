import type { Command } from 'commander';
import { action } from '../fail.js';
import { confidenceOption, graphOption, jsonOption } from '../query-common.js';
import type { NeighborsCliOptions } from '../query-run.js';

export function registerNeighbors(program: Command): void {
  program.command('neighbors')
    .alias('neighbours')
    .summary('who and what is linked to an entity, by relation and direction')
    .argument('<entity>', 'an entity: label, alias or key')
    .addOption(graphOption())
    .option('--depth <n>', 'hops to follow', '1')
    .option('--relation <relations>', 'only these relations, comma-separated')
    .option('--kind <kinds>', 'only neighbours of these kinds, comma-separated')
    .addOption(confidenceOption())
    .addOption(jsonOption())
    .addHelpText('after', '\nExamples:\n  $ kg neighbors Soleimani --kind event\n  $ kg neighbors Baghdad --depth 2 --relation located_in')
    .action(action(async (entity: string, opts: NeighborsCliOptions) => {
      const { runNeighbors } = await import('../query-run.js');
      return runNeighbors(entity, opts);
    }));
}
