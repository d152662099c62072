// A document's metadata lines: a first line `date YYYY-MM-DD` is metadata, not text, and a short
// line without final punctuation right after it is the headline.
export interface DocumentHeader {
  date?: string;
  title?: string;
  /** Offset where the text to extract from starts (after the date line). */
  bodyStart: number;
}

// The date may stand on its own line or, as some exports write it, before the first sentence.
const DATE_LINE = /^\s*date[ \t]+(\d{4}-\d{2}-\d{2})(?:[ \t]*\r?\n|[ \t]+|$)/i;

export function parseHeader(text: string): DocumentHeader {
  const header: DocumentHeader = { bodyStart: 0 };
  const date = DATE_LINE.exec(text);
  if (date && isValidDate(date[1]!)) {
    header.date = date[1];
    header.bodyStart = date[0].length;
  }
  const firstLine = /^\s*([^\n]*)/.exec(text.slice(header.bodyStart))?.[1]?.trim() ?? '';
  if (firstLine && firstLine.length <= 160 && !/[.!?:"”]$/.test(firstLine) && !/^date\s/i.test(firstLine)) header.title = firstLine;
  return header;
}

function isValidDate(iso: string): boolean {
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(iso);
}
