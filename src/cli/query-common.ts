// Options every query command shares, declared once: -g/--graph, --json, --min-confidence.
// Loaded at start-up with the command declarations, so it imports nothing heavy.
import { Option } from 'commander';
import { GRAPH_OPTION_HELP } from './graph-option.js';

export const graphOption = (): Option => new Option('-g, --graph <file>', GRAPH_OPTION_HELP);
export const jsonOption = (): Option => new Option('--json', 'print one JSON document (shape in docs/query.md)');
export const confidenceOption = (): Option => new Option('--min-confidence <x>', 'hide edges less confident than this (0 to 1; default: show all)');

/** The options commander hands every query action. */
export interface QueryCliOptions {
  graph?: string;
  json?: boolean;
  minConfidence?: string;
}
