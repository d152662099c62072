// Reading a graph from a file the user picked or dropped, or from a URL.
import type { KgGraph } from '../../../src/model/contract.js';
import { GraphFileError, parseGraph } from '../graph/utils.js';

export function graphFromText(text: string, source: string): KgGraph {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new GraphFileError(`${source}: not JSON (${(err as Error).message})`);
  }
  return parseGraph(data, source);
}

export async function graphFromUrl(url: string): Promise<KgGraph> {
  const response = await fetch(url);
  if (!response.ok) throw new GraphFileError(`${url}: ${response.status} ${response.statusText}`);
  return graphFromText(await response.text(), url);
}
