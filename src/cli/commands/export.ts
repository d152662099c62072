import type { Command } from 'commander';
import { action } from '../fail.js';
import { GRAPH_OPTION_HELP } from '../graph-option.js';
import type { ExportCliOptions } from '../run-export.js';

export function registerExport(program: Command): void {
  program.command('export')
    .summary('write the graph as GEXF, GraphML, CSV or Cypher')
    .description('Export the graph for Gephi (gexf), yEd, Cytoscape, NetworkX or igraph (graphml), spreadsheets '
      + '(csv: a folder with nodes.csv and edges.csv), Neo4j or Memgraph (cypher: a script of MERGE statements; '
      + 'neo4j-csv: a folder for neo4j-admin database import, with import.sh).')
    .option('-f, --format <format>', 'gexf, graphml, csv, cypher or neo4j-csv (default: from the file name: .gexf, .graphml, .cypher)')
    .requiredOption('-o, --output <path>', 'file (folder for csv and neo4j-csv); - for standard output')
    .option('-g, --graph <file>', GRAPH_OPTION_HELP)
    .option('--json', 'print what was written as JSON')
    .addHelpText('after', '\nExamples:\n  $ kg export -o graph.gexf\n  $ kg export -f csv -o tables/\n  $ kg export -f cypher -o - | cypher-shell -u neo4j -p secret')
    .action(action(async (opts: ExportCliOptions) => {
      const { runExport } = await import('../run-export.js');
      return runExport(opts);
    }));
}
