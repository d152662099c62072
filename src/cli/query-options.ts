// Parsing and checking the query commands' options: one clear error for each bad value.
import { EVENT_TYPES, KINDS, RELATIONS, type EventType, type Kind, type Relation } from '../model/contract.js';
import { UsageError } from '../model/errors.js';

function list<T extends string>(value: string | undefined, allowed: readonly T[], what: string, command: string): T[] | undefined {
  if (value === undefined) return undefined;
  const items = value.split(',').map((s) => s.trim()).filter(Boolean);
  for (const item of items) {
    if (!(allowed as readonly string[]).includes(item)) throw new UsageError(`${command}: unknown ${what} "${item}" (one of: ${allowed.join(', ')})`);
  }
  return items as T[];
}

export const relations = (v: string | undefined, command: string): Relation[] | undefined => list(v, RELATIONS, 'relation', command);
export const kinds = (v: string | undefined, command: string): Kind[] | undefined => list(v, KINDS, 'kind', command);
export const eventTypes = (v: string | undefined, command: string): EventType[] | undefined => list(v, EVENT_TYPES, 'event type', command);

export function positiveInteger(value: string | undefined, option: string, command: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`${command}: ${option} must be a whole number of at least 1 (got ${value})`);
  return n;
}

export function confidence(value: string | undefined, command: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0 || n > 1) throw new UsageError(`${command}: --min-confidence must be between 0 and 1 (got ${value})`);
  return n;
}

export function isoDate(value: string | undefined, option: string, command: string): string | undefined {
  if (value === undefined) return undefined;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  const month = m?.[2] === undefined ? 1 : Number(m[2]);
  const day = m?.[3] === undefined ? 1 : Number(m[3]);
  // a real calendar day: 2019-02-30 and 2019-13 are mistakes, not dates
  const real = m && month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(Number(m[1]), month, 0)).getUTCDate();
  if (!real) throw new UsageError(`${command}: ${option} must be a date like 2020-01-03, 2019-12 or 2003 (got ${value})`);
  return value;
}
