// kg as a library: every CLI command is also a function here.
export * from './model/contract.js';
export * from './model/errors.js';
export { buildGraph, type BuildOptions, type BuildResult } from './build/build.js';
export { readGraph, writeGraph, graphFromJson, serializeGraph, createGraph } from './build/graph-io.js';
export { extractDocument } from './extract/index.js';
