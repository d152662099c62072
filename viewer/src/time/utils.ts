// Event dates are ISO 8601 as precise as the text allows ("2020-01-03", "2019-12", "2003",
// "2020-W01"). A date covers a range of days; ranges compare as ISO day strings.

/** The first day a date covers: "2019-12" -> "2019-12-01"; a week starts on its Monday. */
export function dateStart(iso: string): string {
  const week = /^(\d{4})-W(\d{2})/.exec(iso);
  if (week) {
    const jan4 = new Date(Date.UTC(Number(week[1]), 0, 4));
    const monday = jan4.getTime() - ((jan4.getUTCDay() || 7) - 1) * DAY + (Number(week[2]) - 1) * 7 * DAY;
    return new Date(monday).toISOString().slice(0, 10);
  }
  if (/^\d{4}$/.test(iso)) return `${iso}-01-01`;
  if (/^\d{4}-\d{2}$/.test(iso)) return `${iso}-01`;
  return iso.slice(0, 10);
}

/** The last day it covers: "2019-12" -> "2019-12-31". */
export function dateEnd(iso: string): string {
  if (/^\d{4}-W\d{2}/.test(iso)) return new Date(Date.parse(`${dateStart(iso)}T00:00:00Z`) + 6 * DAY).toISOString().slice(0, 10);
  if (/^\d{4}$/.test(iso)) return `${iso}-12-31`;
  const month = /^(\d{4})-(\d{2})$/.exec(iso);
  if (month) return new Date(Date.UTC(Number(month[1]), Number(month[2]), 0)).toISOString().slice(0, 10);
  return iso.slice(0, 10);
}

/** Whether a date overlaps [from, to] (either bound may be open). */
export function inRange(iso: string, from: string | undefined, to: string | undefined): boolean {
  return !(from && dateEnd(iso) < from) && !(to && dateStart(iso) > to);
}

const DAY = 86400000;
