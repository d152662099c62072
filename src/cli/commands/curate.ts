// The analyst's curation commands: each records a decision in the curation file beside the
// graph (kg.curation.json, or --curation) and updates the graph; kg build applies them again.
import { Option, type Command } from 'commander';
import { action } from '../fail.js';
import { GRAPH_OPTION_HELP } from '../graph-option.js';

const graphOption = () => new Option('-g, --graph <file>', GRAPH_OPTION_HELP);
const curationOption = () => new Option('--curation <file>', 'the curation file (default: kg.curation.json beside the graph)');
const run = (name: string) => action(async (...args: unknown[]) => {
  const { runCurate } = await import('../run-curate.js');
  return runCurate(name, args);
});

export function registerCuration(program: Command): void {
  program.command('merge').summary('make two entities one, for good (survives rebuilds)')
    .argument('<keep>', 'the entity that stays').argument('<other>', 'the entity merged into it')
    .option('--across-kinds', 'allow merging entities of different kinds')
    .option('--note <text>', 'why').addOption(graphOption()).addOption(curationOption())
    .addHelpText('after', '\nExample:\n  $ kg merge "Qasem Soleimani" "Soleimani (person)"').action(run('merge'));
  program.command('keep-apart').summary('never merge these two entities')
    .argument('<a>').argument('<b>').option('--note <text>', 'why').addOption(graphOption()).addOption(curationOption())
    .addHelpText('after', '\nExample:\n  $ kg keep-apart "Bill Clinton" "Hillary Clinton"').action(run('keep-apart'));
  program.command('split').summary('undo the merges recorded for an entity (takes effect at the next build)')
    .argument('<entity>').addOption(graphOption()).addOption(curationOption()).action(run('split'));
  program.command('rename').summary("change an entity's label")
    .argument('<entity>').argument('<label>').option('--note <text>', 'why').addOption(graphOption()).addOption(curationOption())
    .addHelpText('after', '\nExample:\n  $ kg rename "Quds force" "Quds Force"').action(run('rename'));
  program.command('drop').summary('remove an entity and its edges, for good')
    .argument('<entity>').option('--note <text>', 'why').addOption(graphOption()).addOption(curationOption()).action(run('drop'));
  program.command('duplicates').summary('likely duplicate entities, ranked, for review')
    .addOption(graphOption()).option('--limit <n>', 'at most this many pairs', '20').option('--json', 'print one JSON document')
    .action(run('duplicates'));
}
