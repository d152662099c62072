// Extraction for one document: text -> sentences/tokens -> mentions -> entities -> relations and events.
import type { DocumentExtraction } from './types.js';

export interface ExtractOptions {
  /** The document's date (ISO), the anchor for relative dates. */
  date?: string;
  /** Where the text to read starts (after a metadata line). */
  bodyStart?: number;
}

export function extractDocument(_text: string, _options: ExtractOptions = {}): DocumentExtraction {
  return { entities: [], events: [], relations: [] };
}
