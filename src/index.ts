// kg as a library: every CLI command is also a function here.
export * from './model/contract.js';
export * from './model/errors.js';
export { buildGraph, type BuildOptions, type BuildResult } from './build/build.js';
export { readGraph, writeGraph, graphFromJson, serializeGraph, createGraph } from './build/graph-io.js';
export { extractDocument } from './extract/index.js';
export { findPaths, NoPathError, type PathQuery, type PathResult, type PathView, type HopView } from './query/path-query.js';
export { shortestPath, allShortestPaths, kShortestPaths, type Path, type Hop, type PathOptions } from './query/paths.js';
export { resolveEntity, findEntities, normalizeName, type Candidate, type FindOptions } from './query/names.js';
export { neighbors, type NeighborGroup, type NeighborOptions } from './query/neighbors.js';
export { card, type Card, type CardRelation } from './query/card.js';
export { stats, type Stats, type StatsOptions } from './query/stats.js';
export { timeline, type Timeline, type TimelineOptions } from './query/timeline.js';
export { hubsOf, type WalkOptions } from './query/walk.js';
export { exportGraph, FORMATS, formatOfPath, toGexf, toGraphml, toCsv, toCypher, toNeo4jCsv, type Format, type Exported } from './export/index.js';
export { fillEvidenceText } from './export/evidence-text.js';
