// ISO dates as the closed interval of days they cover (GEXF timeline, Neo4j dates).
import { dateRange } from '../../src/export/dates.js';

test.each([
  ['2020-01-03', ['2020-01-03', '2020-01-03']],
  ['2019-12', ['2019-12-01', '2019-12-31']],
  ['2020-02', ['2020-02-01', '2020-02-29']],
  ['2019-02', ['2019-02-01', '2019-02-28']],
  ['2003', ['2003-01-01', '2003-12-31']],
  ['2020-W01', ['2019-12-30', '2020-01-05']],
  ['2015-W53', ['2015-12-28', '2016-01-03']],
])('%s covers %j', (date, range) => {
  expect(dateRange(date)).toEqual(range);
});

test.each(['2019-13', '2019-02-30', 'yesterday', '2019-12-01T10:00', '', '20-01-01', '2020-W54'])('%j is not a date kg expands', (date) => {
  expect(dateRange(date)).toBeUndefined();
});
