import { Option, type Command } from 'commander';
import { action } from '../fail.js';
import { GRAPH_OPTION_HELP } from '../graph-option.js';

export function registerExport(program: Command): void {
  program.command('export')
    .summary('write the graph as GEXF, GraphML, CSV or Cypher')
    .description('Export the graph for Gephi (gexf), yEd/Cytoscape/NetworkX (graphml), spreadsheets (csv: a folder with\n'
      + 'nodes.csv and edges.csv), Neo4j/Memgraph (cypher script, or neo4j-csv for neo4j-admin import).')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['gexf', 'graphml', 'csv', 'cypher', 'neo4j-csv']).makeOptionMandatory())
    .requiredOption('-o, --output <path>', 'file (folder for csv and neo4j-csv); - for standard output')
    .addOption(new Option('-g, --graph <file>', GRAPH_OPTION_HELP))
    .addHelpText('after', '\nExamples:\n  $ kg export -f gexf -o graph.gexf\n  $ kg export -f csv -o tables/')
    .action(action(async (opts: { format: string; output: string; graph?: string }) => {
      const { runExport } = await import('../run-export.js');
      return runExport(opts);
    }));
}
