// graphology-gexf's writer on its own (its browser entry also loads a parser that needs DOMParser).
declare module 'graphology-gexf/browser/writer.js' {
  import type { AbstractGraph } from 'graphology-types';
  interface FormattedElement {
    label?: string;
    attributes?: Record<string, unknown>;
    viz?: Record<string, unknown>;
  }
  interface WriterOptions {
    version?: '1.2' | '1.3';
    pretty?: boolean;
    formatNode?: (key: string, attributes: Record<string, unknown>) => FormattedElement;
    formatEdge?: (key: string, attributes: Record<string, unknown>) => FormattedElement;
  }
  function write(graph: AbstractGraph, options?: WriterOptions): string;
  export = write;
}
