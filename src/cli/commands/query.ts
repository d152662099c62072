// The query commands: path, neighbors, show, find, stats, timeline. Each reads a graph file
// (-g, default the sample graph) and prints text, or one JSON document with --json.
import { Option, type Command } from 'commander';
import { action } from '../fail.js';
import { GRAPH_OPTION_HELP } from '../graph-option.js';

const graphOption = () => new Option('-g, --graph <file>', GRAPH_OPTION_HELP);
const jsonOption = () => new Option('--json', 'print one JSON document (shape in the README)');
const confidenceOption = () => new Option('--min-confidence <x>', 'hide edges below this confidence (0 to 1)');

/** Loads the implementation only when a command runs, so that `kg --help` stays fast. */
const run = (name: string) => action(async (...args: unknown[]) => {
  const { runQuery } = await import('../run-query.js');
  return runQuery(name, args);
});

export function registerQueries(program: Command): void {
  program.command('path')
    .summary('how two entities are connected, hop by hop')
    .description('The shortest chain of typed edges between two entities (names as you would type them).')
    .argument('<from>').argument('<to>')
    .addOption(graphOption())
    .option('--all', 'all shortest paths')
    .option('-k <n>', 'the n shortest simple paths, shortest first')
    .option('--max-hops <n>', 'no path longer than this')
    .option('--directed', 'follow edges only as written')
    .option('--via <relations>', 'only these relations, comma-separated')
    .option('--through <kinds>', 'only these kinds as intermediate nodes (person,group,place,event)')
    .option('--avoid <entity...>', 'never pass through these entities')
    .option('--through-hubs', 'allow paths through very connected nodes (countries, news agencies)')
    .option('--evidence', 'quote the sentence that supports each hop')
    .addOption(confidenceOption())
    .addOption(jsonOption())
    .addHelpText('after', '\nExamples:\n  $ kg path Trump al-Mohandes --evidence\n  $ kg path Soleimani "Baghdad" -k 3 --via killed,occurred_in,ordered')
    .action(run('path'));

  program.command('neighbors')
    .alias('neighbours')
    .summary('who and what is linked to an entity')
    .argument('<entity>')
    .addOption(graphOption())
    .option('--depth <n>', 'hops to follow', '1')
    .option('--relation <relations>', 'only these relations, comma-separated')
    .option('--kind <kinds>', 'only neighbours of these kinds, comma-separated')
    .addOption(confidenceOption())
    .addOption(jsonOption())
    .addHelpText('after', '\nExample:\n  $ kg neighbors Soleimani --kind event')
    .action(run('neighbors'));

  program.command('show')
    .summary("an entity's card: aliases, mentions, relations with evidence")
    .argument('<entity>')
    .addOption(graphOption())
    .addOption(confidenceOption())
    .addOption(jsonOption())
    .addHelpText('after', '\nExample:\n  $ kg show "Qasem Soleimani"')
    .action(run('show'));

  program.command('find')
    .summary('entities whose names match a text, ranked')
    .argument('<text>')
    .addOption(graphOption())
    .option('--kind <kind>', 'only this kind')
    .option('--limit <n>', 'at most this many', '20')
    .addOption(jsonOption())
    .addHelpText('after', '\nExample:\n  $ kg find soleimani')
    .action(run('find'));

  program.command('stats')
    .summary('counts by kind and relation, components, the most connected entities')
    .addOption(graphOption())
    .addOption(jsonOption())
    .addHelpText('after', '\nExample:\n  $ kg stats -g graph.json')
    .action(run('stats'));

  program.command('timeline')
    .summary('events in date order with their participants')
    .addOption(graphOption())
    .option('--from <date>', 'events from this date (2019-12-27, 2019-12, 2019)')
    .option('--to <date>', 'events up to this date')
    .option('--kind <types>', 'only these event types, comma-separated (attack,killing,...)')
    .option('--involving <entity>', 'only events linked to this entity')
    .option('--evidence', 'quote a supporting sentence for each event')
    .addOption(confidenceOption())
    .addOption(jsonOption())
    .addHelpText('after', '\nExample:\n  $ kg timeline --kind attack --from 2019-12')
    .action(run('timeline'));
}
