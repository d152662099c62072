import type { Command } from 'commander';
import { action } from '../fail.js';
import { confidenceOption, graphOption, jsonOption } from '../query-common.js';
import type { StatsCliOptions } from '../query-run.js';

export function registerStats(program: Command): void {
  program.command('stats')
    .summary('counts by kind and relation, documents, components, the most connected entities')
    .addOption(graphOption())
    .option('--top <n>', 'how many of the most connected entities to list', '10')
    .addOption(confidenceOption())
    .addOption(jsonOption())
    .addHelpText('after', '\nExample:\n  $ kg stats -g graph.json')
    .action(action(async (opts: StatsCliOptions) => {
      const { runStats } = await import('../query-run.js');
      return runStats(opts);
    }));
}
