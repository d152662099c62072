import type { Command } from 'commander';
import { action } from '../fail.js';
import { confidenceOption, graphOption, jsonOption } from '../query-common.js';
import type { TimelineCliOptions } from '../query-run.js';

export function registerTimeline(program: Command): void {
  program.command('timeline')
    .summary('events in date order with their participants')
    .description('Events in date order with their participants by role. Dates may be partial (2019-12, 2003):\n'
      + 'an event is in a range when it may have happened inside it. Undated events come last, or are\n'
      + 'left out (and counted) when --from or --to is given.')
    .addOption(graphOption())
    .option('--from <date>', 'events from this date (2019-12-27, 2019-12 or 2019)')
    .option('--to <date>', 'events up to this date')
    .option('--kind <types>', 'only these event types, comma-separated (attack,killing,statement,...)')
    .option('--involving <entity>', 'only events linked to this entity')
    .option('--evidence', 'quote the sentences that support each event')
    .addOption(confidenceOption())
    .addOption(jsonOption())
    .addHelpText('after', '\nExamples:\n  $ kg timeline --kind attack --from 2019-12\n  $ kg timeline --involving Soleimani --evidence')
    .action(action(async (opts: TimelineCliOptions) => {
      const { runTimeline } = await import('../query-run.js');
      return runTimeline(opts);
    }));
}
