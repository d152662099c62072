import type { Command } from 'commander';
import { action } from '../fail.js';
import { GRAPH_OPTION_HELP } from '../graph-option.js';
import type { ViewOptions } from '../run-view.js';

export function registerView(program: Command): void {
  program.command('view')
    .summary('explore a graph in the browser')
    .description('Serve the viewer for a graph on localhost (127.0.0.1) and print its address; Ctrl-C stops it.\n'
      + 'Nothing opens unless --open is given. The viewer is static files (viewer/dist): any static\n'
      + 'server with a graph.json beside index.html works too.')
    .argument('[graph]', GRAPH_OPTION_HELP)
    .option('-p, --port <port>', 'port to listen on (default: a free one)')
    .option('--open', 'open the address in the default browser')
    .option('--json', 'print {"url","graph","nodes","edges"} as one JSON line')
    .addHelpText('after', '\nExamples:\n  $ kg view\n  $ kg view graph.json --port 8080 --open')
    .action(action(async (graph: string | undefined, opts: ViewOptions) => {
      const { runView } = await import('../run-view.js');
      return runView(graph, opts);
    }));
}
