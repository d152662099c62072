import type { Command } from 'commander';
import { action } from '../fail.js';

export function registerView(program: Command): void {
  program.command('view')
    .summary('explore a graph in the browser')
    .description('Serve the viewer for a graph on localhost and print its address (Ctrl-C stops it).')
    .argument('[graph]', 'graph file (default: ./graph-data/graph.json, else the sample graph)')
    .option('-p, --port <port>', 'port to listen on (default: a free one)')
    .option('--open', 'open the address in the default browser')
    .addHelpText('after', '\nExample:\n  $ kg view graph.json --port 8080')
    .action(action(async (graph: string | undefined, opts: { port?: string; open?: boolean }) => {
      const { runView } = await import('../run-view.js');
      return runView(graph, opts);
    }));
}
