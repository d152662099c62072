import type { Command } from 'commander';
import { action } from '../fail.js';
import { confidenceOption, graphOption, jsonOption } from '../query-common.js';
import type { PathCliOptions } from '../query-run.js';

export function registerPath(program: Command): void {
  program.command('path')
    .summary('how two entities are connected, hop by hop')
    .description('The shortest chain of typed edges between two entities, named as you would type them\n'
      + '(any case, accents or punctuation, an alias, an acronym, a close misspelling).\n'
      + 'Exit status 2 when there is no path, with the reason.')
    .argument('<from>', 'an entity: label, alias or key')
    .argument('<to>', 'an entity: label, alias or key')
    .addOption(graphOption())
    .option('--all', 'all shortest paths')
    .option('-k <n>', 'the n shortest simple paths, shortest first')
    .option('--max-hops <n>', 'no path longer than this')
    .option('--directed', 'follow edges only as written (default: a hop may walk an edge backwards)')
    .option('--via <relations>', 'only these relations, comma-separated')
    .option('--through <kinds>', 'only these kinds as intermediate nodes (person,group,place,event)')
    .option('--avoid <entity...>', 'never pass through these entities')
    .option('--through-hubs', 'allow paths through very connected nodes (countries, news agencies)')
    .option('--evidence', 'quote the sentence that supports each hop, with its document')
    .addOption(confidenceOption())
    .addOption(jsonOption())
    .addHelpText('after', '\nExamples:\n  $ kg path Trump al-Mohandes --evidence\n  $ kg path Soleimani Baghdad -k 3 --via killed,occurred_in,ordered')
    .action(action(async (from: string, to: string, opts: PathCliOptions) => {
      const { runPath } = await import('../query-run.js');
      return runPath(from, to, opts);
    }));
}
