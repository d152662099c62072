// Dates in the text, normalised to ISO 8601 as precisely as the text allows (2020-01-03, 2019-12,
// 2003, 2020-W01), anchored on the document's date. chrono-node reads the expressions; the news
// conventions are ours: a bare weekday or month in a report means the most recent one, not the next.
import * as chrono from 'chrono-node/en';
import type { ParsedResult } from 'chrono-node';
import type { TextSpan } from './types.js';

export interface DateMention extends TextSpan {
  text: string;
  /** ISO 8601: YYYY-MM-DD, YYYY-MM, YYYY or YYYY-Www. */
  iso: string;
}

/**
 * chrono's casual English, less its parsers of durations ("3 days ago", "within 2 weeks", "in 5
 * hours"): a duration is no date of an event (`normalise` drops them), and their patterns cost a
 * tenth of a second to compile in every thread that reads dates.
 */
const DURATIONS = new Set(['ENTimeUnitWithinFormatParser', 'ENTimeUnitAgoFormatParser', 'ENTimeUnitLaterFormatParser', 'ENTimeUnitCasualRelativeFormatParser']);
const configuration = chrono.configuration.createCasualConfiguration(false);
configuration.parsers = configuration.parsers.filter((p) => !DURATIONS.has(p.constructor.name));
const parser = new chrono.Chrono(configuration);

/**
 * Words without which a sentence holds no date `normalise` keeps: years, numeric dates, months,
 * weekdays, "this week/month/year" and the days named from today. Most sentences have none
 * (scores and counts are not dates), and chrono is the costliest step there.
 */
const DATE_WORD = /\b(?:1[5-9]|20)\d\d\b|\d[/.-]\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|today|yesterday|tonight|tomorrow|week|month|year|ago\b)/i;

export function findDates(text: string, start: number, end: number, documentDate?: string): DateMention[] {
  const ref = documentDate ? new Date(`${documentDate}T12:00:00Z`) : undefined;
  const out: DateMention[] = [];
  const slice = text.slice(start, end);
  if (!DATE_WORD.test(slice)) return out;
  // "scheduled for March 3", "will meet on Friday": a date without a year looks ahead, not back
  const ahead = FUTURE.test(slice);
  // Without a document date, chrono would read "yesterday" against the clock: a date is kept only
  // if it reads the same against two far-apart instants, so the output never depends on the day
  const other = ref ? undefined : new Map(parser.parse(slice, { instant: UNDATED[1], timezone: 'UTC' }).map((r) => [r.index, normalise(r, undefined, ahead)]));
  for (const r of parser.parse(slice, { instant: ref ?? UNDATED[0], timezone: 'UTC' })) {
    if (/^(march|may)$/.test(r.text)) continue; // "thousands march", "may win": verbs, not months
    if (/^(right |just )?now$/i.test(r.text)) continue; // "better now than": the present, no event's day
    const iso = normalise(r, ref, ahead);
    if (iso && (!other || other.get(r.index) === iso)) out.push({ start: start + r.index, end: start + r.index + r.text.length, text: r.text, iso });
  }
  // "two days ago", "a week ago": a day or a week counted back from the report (chrono's parser
  // of durations is left out, above)
  if (ref) {
    for (const m of slice.matchAll(AGO)) {
      const n = COUNTS[m[1]!.toLowerCase()] ?? Number(m[1]);
      const weeks = /^weeks?$/i.test(m[2]!);
      const back = new Date(ref.getTime() - n * (weeks ? 7 : 1) * 86400000);
      const s = start + m.index!;
      if (!out.some((d) => d.start <= s && s < d.end)) out.push({ start: s, end: s + m[0].length, text: m[0], iso: weeks ? isoWeek(back) : isoDay(back) });
    }
  }
  // Bare years after a preposition, which chrono leaves alone: "in 2003" (not "since 1982": when a
  // state began, no event's day: "the first player since 1966 to score"); and
  // before what they date: "the 1968 assassination", "its 2016 election"
  const year = /\b(?:in|by|from|during|until|of|(?:the|a|an|its|his|her|their)(?=\s+(?:19|20)\d\d\s+\p{L}))\s+((?:1[5-9]|20)\d\d)\b(?!\s*(?:people|troops|soldiers|metres|meters|miles|%))/giu;
  for (let m; (m = year.exec(slice)); ) {
    const s = start + m.index + m[0].length - m[1]!.length;
    if (!out.some((d) => d.start <= s && s < d.end)) out.push({ start: s, end: s + 4, text: m[1]!, iso: m[1]! });
  }
  return out.sort((a, b) => a.start - b.start);
}

const AGO = /\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) (days?|weeks?) ago\b/gi;
const COUNTS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

/** The anchors an undated document's dates are read against (see findDates). */
const UNDATED = [new Date('2001-03-14T12:00:00Z'), new Date('2013-09-27T12:00:00Z')] as const;

// ("is due to meet", "due to be released"; not "due to concerns", which says why)
const FUTURE = /\b(will|shall|scheduled|upcoming|next|planned|plans|(?:is|are|was|were|be|been) due to|due to be|set to|is to|are to|expected to)\b/i;

function normalise(r: ParsedResult, ref: Date | undefined, ahead = false): string | undefined {
  const c = r.start;
  const text = r.text.toLowerCase();
  // "one day after" is relative to another event, not to the document
  if (/\b(after|before|later|earlier)\b/.test(text)) return undefined;
  if (/\b(days|weeks|months|years)\b/.test(text)) return undefined; // a duration, not a date
  if (/\bweek\b/.test(text)) {
    if (!ref) return undefined;
    const shift = /\blast\b|\bprevious\b/.test(text) ? -7 : /\bnext\b/.test(text) ? 7 : 0;
    return isoWeek(new Date(ref.getTime() + shift * 86400000));
  }
  const year = c.isCertain('year') ? c.get('year')! : undefined;
  const month = c.isCertain('month') ? c.get('month')! : undefined;
  const day = c.isCertain('day') ? c.get('day')! : undefined;
  if (c.isCertain('weekday') && day === undefined) {
    if (!ref) return undefined;
    // ("last Friday" in a Friday's report: a week before, not the day itself)
    return isoDay(ahead ? nextWeekday(ref, c.get('weekday')!) : mostRecentWeekday(ref, c.get('weekday')!, /\blast\b/.test(text)));
  }
  if (day !== undefined && month !== undefined) {
    if (year !== undefined) return `${year}-${pad(month)}-${pad(day)}`;
    if (!ref) return undefined;
    return `${ahead ? nextYear(ref, month, day) : pastYear(ref, month, day)}-${pad(month)}-${pad(day)}`;
  }
  if (month !== undefined) {
    if (year !== undefined) return `${year}-${pad(month)}`;
    if (!ref) return undefined;
    return `${ahead ? nextYear(ref, month, 31) : pastYear(ref, month, 1)}-${pad(month)}`;
  }
  if (year !== undefined) return String(year);
  // "yesterday", "today": chrono knows the day from the anchor
  if (ref && /\b(today|yesterday|tonight|tomorrow)\b/.test(text)) return isoDay(c.date());
  return undefined;
}

/** A month and day without a year in a news report: this year's if not after the report, else last year's. */
function pastYear(ref: Date, month: number, day: number): number {
  const y = ref.getUTCFullYear();
  const m = ref.getUTCMonth() + 1;
  return month < m || (month === m && day <= ref.getUTCDate()) ? y : y - 1;
}

/** The same in a sentence about what is to come: this year's if not before the report, else next year's. */
function nextYear(ref: Date, month: number, day: number): number {
  const y = ref.getUTCFullYear();
  const m = ref.getUTCMonth() + 1;
  return month > m || (month === m && day >= ref.getUTCDate()) ? y : y + 1;
}

function nextWeekday(ref: Date, weekday: number): Date {
  const d = new Date(ref);
  d.setUTCDate(d.getUTCDate() + ((weekday - d.getUTCDay() + 7) % 7));
  return d;
}

function mostRecentWeekday(ref: Date, weekday: number, beforeToday = false): Date {
  const d = new Date(ref);
  const back = (d.getUTCDay() - weekday + 7) % 7 || (beforeToday ? 7 : 0);
  d.setUTCDate(d.getUTCDate() - back);
  return d;
}

function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** ISO 8601 week date of a day: 2020-W01. */
function isoWeek(date: Date): string {
  const d = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  const dayNum = d.getUTCDay() || 7;
  d.setUTCDate(d.getUTCDate() + 4 - dayNum);
  const yearStart = new Date(Date.UTC(d.getUTCFullYear(), 0, 1));
  const week = Math.ceil(((d.getTime() - yearStart.getTime()) / 86400000 + 1) / 7);
  return `${d.getUTCFullYear()}-W${pad(week)}`;
}

const pad = (n: number): string => String(n).padStart(2, '0');
