import type { Command } from 'commander';
import { action } from '../fail.js';

export function registerBuild(program: Command): void {
  program
    .command('build')
    .summary('build a graph from news documents')
    .description('Extract people, groups, places and events from documents and write the graph as JSON.\n'
      + 'Inputs are files, folders (searched recursively for .txt and .md) or - for standard input.\n'
      + 'A first line "date YYYY-MM-DD" gives the document\'s date.')
    .argument('<inputs...>', 'files, folders or - for standard input')
    .option('-o, --output <graph.json>', 'where to write the graph')
    .option('--summary', 'print counts of what was built')
    .option('-q, --quiet', 'no progress bar')
    .addHelpText('after', '\nExample:\n  $ kg build articles/ -o graph.json --summary')
    .action(action(async (inputs: string[], opts: { output?: string; summary?: boolean; quiet?: boolean }) => {
      const { runBuild } = await import('../run-build.js');
      return runBuild(inputs, opts);
    }));
}
