// The search index, rebuilt when a graph loads.
import { graphAtom } from '../graph/index.js';
import { searchIndex, type SearchEntry } from './utils.js';

let index: SearchEntry[] = [];
graphAtom.subscribe((loaded) => { index = loaded ? searchIndex(loaded) : []; });

export const getSearchIndex = (): readonly SearchEntry[] => index;
