import type { Command } from 'commander';
import { action } from '../fail.js';
import type { BuildCliOptions } from '../run-build.js';

export function registerBuild(program: Command): void {
  program
    .command('build')
    .summary('build a graph from news documents')
    .description('Extract people, groups, places and events from documents and write the graph as JSON.\n'
      + 'Inputs are files, folders (searched recursively for .txt and .md; README, LICENSE, SOURCE and other files about the folder are left out) or - for standard input.\n'
      + 'A first line "date YYYY-MM-DD" gives the document\'s date.')
    .argument('<inputs...>', 'files, folders or - for standard input')
    .option('-o, --output <graph.json>', 'where to write the graph (with --update: default the updated graph itself)')
    .option('-u, --update <graph.json>', 'add the documents to this graph: unchanged ones are skipped, changed ones replaced')
    .option('--summary', 'print counts of what was built')
    .option('-q, --quiet', 'no progress bar')
    .option('--curation <file>', "the analyst's decisions to apply (default: kg.curation.json beside the output, when there is one)")
    .option('--no-layout', 'do not compute node positions (ForceAtlas2) for the viewer')
    .option('-w, --workers <n>', 'worker threads for extraction (default: one per core for many documents)')
    .addHelpText('after', '\nExamples:\n  $ kg build articles/ -o graph.json --summary\n  $ kg build new-articles/ --update graph.json')
    .action(action(async (inputs: string[], opts: BuildCliOptions) => {
      const { runBuild } = await import('../run-build.js');
      return runBuild(inputs, opts);
    }));
}
