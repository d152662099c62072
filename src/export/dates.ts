// Event dates as whole days. The contract's dates are ISO 8601 as precise as the text allows
// (`2020-01-03`, `2019-12`, `2003`, `2020-W01`); GEXF's timeline and Neo4j's date type take whole
// dates only, so a coarser date becomes the closed interval of the days it covers:
// `2019-12` -> [2019-12-01, 2019-12-31]. No Node APIs (viewer bundle).

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The first and last day an ISO date covers, or undefined when it is not a date kg writes. */
export function dateRange(date: string): [string, string] | undefined {
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (m) return validDay(+m[1]!, +m[2]!, +m[3]!) ? [date, date] : undefined;
  m = /^(\d{4})-(\d{2})$/.exec(date);
  if (m) return +m[2]! >= 1 && +m[2]! <= 12 ? [`${date}-01`, iso(Date.UTC(+m[1]!, +m[2]!, 0))] : undefined;
  m = /^(\d{4})$/.exec(date);
  if (m) return [`${date}-01-01`, `${date}-12-31`];
  m = /^(\d{4})-W(\d{2})$/.exec(date);
  if (m && +m[2]! >= 1 && +m[2]! <= 53) {
    // ISO week 1 holds January 4th; weeks start on Monday
    const jan4 = Date.UTC(+m[1]!, 0, 4);
    const monday = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * DAY + (+m[2]! - 1) * 7 * DAY;
    return [iso(monday), iso(monday + 6 * DAY)];
  }
  return undefined;
}

function validDay(y: number, mo: number, d: number): boolean {
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}
