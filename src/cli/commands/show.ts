import type { Command } from 'commander';
import { action } from '../fail.js';
import { confidenceOption, graphOption, jsonOption, type QueryCliOptions } from '../query-common.js';

export function registerShow(program: Command): void {
  program.command('show')
    .summary("an entity's card: aliases, mentions, every relation with its evidence")
    .description("An entity's card: label, kind, aliases, mentions and documents, every relation in and out\n"
      + 'with its evidence; for an event also its type, date and participants by role.')
    .argument('<entity>', 'an entity: label, alias or key')
    .addOption(graphOption())
    .addOption(confidenceOption())
    .addOption(jsonOption())
    .addHelpText('after', '\nExample:\n  $ kg show "Qasem Soleimani"')
    .action(action(async (entity: string, opts: QueryCliOptions) => {
      const { runShow } = await import('../query-run.js');
      return runShow(entity, opts);
    }));
}
