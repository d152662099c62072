import { resolveEntity, findEntities, normalizeName } from '../../src/query/names.js';
import { neighbors } from '../../src/query/neighbors.js';
import { card } from '../../src/query/card.js';
import { stats } from '../../src/query/stats.js';
import { timeline } from '../../src/query/timeline.js';
import { NotFoundError, UsageError } from '../../src/model/errors.js';
import { graphOf, smallWorld } from '../helpers/graphs.js';

describe('naming an entity', () => {
  const g = smallWorld();
  test.each([['Ann Lee', 'ann'], ['ann lee', 'ann'], ['LEE', 'ann'], ['a. lee', 'ann'], ['Zoe Zed', 'zed'], ['acme', 'acme'], ['Acme Corp', 'acme'], ['Ann Le', 'ann']])(
    '%s -> %s', (text, key) => expect(resolveEntity(g, text)).toBe(key));
  test('nothing matches: suggestions', () => {
    expect(() => resolveEntity(g, 'Chess Clab', 'path')).not.toThrow();
    expect(() => resolveEntity(g, 'Xylophone', 'path')).toThrow(NotFoundError);
    try { resolveEntity(g, 'Parris Louvr', 'path'); } catch (e) { expect((e as Error).message).toMatch(/^path: no entity matches "Parris Louvr"/); }
  });
  test('several match equally: the choices are listed', () => {
    const twins = graphOf([['a', 'person', 'John Smith'], ['b', 'person', 'Jane Smith']], []);
    expect(() => resolveEntity(twins, 'Smith')).toThrow(UsageError);
    expect(() => resolveEntity(twins, 'Smith')).toThrow(/John Smith \(person\).*Jane Smith \(person\)|Jane Smith \(person\).*John Smith \(person\)/);
  });
  test('normalisation', () => {
    expect(normalizeName('U.S.')).toBe(normalizeName('us'));
    expect(normalizeName('Al Mohandes')).toBe(normalizeName('al-Mohandes'));
    expect(normalizeName('Soleimani’s')).toBe('soleimani');
  });
  test('find ranks exact names first', () => {
    expect(findEntities(g, 'Stone').map((c) => c.key)[0]).toBe('bob');
  });
});

describe('neighbors, card, stats, timeline', () => {
  const g = smallWorld();
  test('neighbours grouped by relation and direction', () => {
    const groups = neighbors(g, 'acme');
    const summary = groups.map((x) => `${x.direction} ${x.relation} ${x.nodes.map((n) => n.key).join(',')}`);
    expect(summary).toEqual(expect.arrayContaining(['in leads ann', 'in member_of bob', 'out located_in paris']));
    expect(neighbors(g, 'acme', { kind: ['place'] }).flatMap((x) => x.nodes.map((n) => n.key))).toEqual(['paris']);
    const deep = neighbors(g, 'acme', { depth: 2 }).flatMap((x) => x.nodes.map((n) => n.key));
    expect(deep).toEqual(expect.arrayContaining(['louvre', 'strike', 'club']));
  });
  test("an event's card lists participants by role", () => {
    const c = card(g, 'strike');
    expect(c.participants).toEqual({ killed: [expect.objectContaining({ key: 'bob' })], ordered: [expect.objectContaining({ key: 'ann' })] });
    expect(c.relations[0]!.evidence[0]).toMatchObject({ doc: 'd1', document: 'd1.txt' });
  });
  test('min confidence hides weak edges', () => {
    expect(card(g, 'club', { minConfidence: 0.5 }).relations.map((r) => r.relation)).toEqual(['leads']);
  });
  test('stats', () => {
    const s = stats(g);
    expect(s).toMatchObject({ nodes: 8, edges: 8, components: 2, largestComponent: 7 });
    expect(s.kinds).toMatchObject({ person: 3, group: 2, place: 2, event: 1 });
    expect(s.mostConnected[0]!.key).toBe('acme');
  });
  test('timeline order and ranges', () => {
    const t = graphOf([
      ['e1', 'event', 'late', { eventType: 'attack', date: '2020-01-03' }],
      ['e2', 'event', 'month', { eventType: 'protest', date: '2019-12' }],
      ['e3', 'event', 'year', { eventType: 'attack', date: '2003' }],
      ['e4', 'event', 'week', { eventType: 'attack', date: '2020-W01' }],
      ['e5', 'event', 'undated', { eventType: 'attack' }],
      ['x', 'person', 'X'],
    ], [['x', 'carried_out', 'e1'], ['x', 'carried_out', 'e3']]);
    expect(timeline(t).events.map((e) => e.key)).toEqual(['e3', 'e2', 'e4', 'e1']);
    expect(timeline(t).undated.map((e) => e.key)).toEqual(['e5']);
    expect(timeline(t, { from: '2019-12-15' }).events.map((e) => e.key)).toEqual(['e2', 'e4', 'e1']);
    // a week that straddles the new year may have happened in 2019
    expect(timeline(t, { to: '2019' }).events.map((e) => e.key)).toEqual(['e3', 'e2', 'e4']);
    expect(timeline(t, { kinds: ['attack'], involving: 'x' }).events.map((e) => e.key)).toEqual(['e3', 'e1']);
  });
});
