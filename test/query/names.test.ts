// Naming an entity as a person types it: table-driven, on the hand-built news world.
import { distance, findEntities, normalizeName, resolveEntity } from '../../src/query/names.js';
import { NotFoundError, UsageError } from '../../src/model/errors.js';
import { graphOf, newsWorld } from '../fixtures/query/graphs.js';

const g = newsWorld();

describe('normalizeName', () => {
  test.each([
    ['U.S.', 'us'],
    ['u.s.', 'us'],
    ['Al-Mohandes', 'al mohandes'],
    ['Café  Noir', 'cafe noir'],
    ["Soleimani's", 'soleimani'],
    ['Soleimani’s', 'soleimani'],
    ['The Pentagon', 'pentagon'],
    ['  ACME Corp. ', 'acme corp'],
  ])('%j -> %j', (input, expected) => expect(normalizeName(input)).toBe(expected));
});

describe('resolveEntity picks the node a person means', () => {
  test.each([
    ['Ann Lee', 'ann'], // the label
    ['ann lee', 'ann'], // any case
    ['LEE', 'ann'], // an alias
    ['a. lee', 'ann'], // an alias with punctuation
    ['A Lee', 'ann'], // punctuation dropped
    ['cafe noir', 'cafe'], // without accents
    ['CAFÉ NOIR', 'cafe'],
    ['zoe zed', 'zed'],
    ['Acme Corp', 'acme'], // alias "ACME Corp." without its full stop
    ['acme corporation', 'acme'],
    ['mr stone', 'bob'],
    ['Ann Le', 'ann'], // a close misspelling, clearly best
    ['Bob Stoen', 'bob'],
    ['Louvre', 'louvre'],
    ['strike', 'strike'], // a word of an event's label
    ['bob', 'bob'], // the key itself
  ])('%j -> %s', (text, key) => expect(resolveEntity(g, text)).toBe(key));

  test('an exact label wins over an alias of another node', () => {
    const twins = graphOf([['a', 'person', 'Jordan'], ['b', 'place', 'Hashemite Kingdom', { aliases: ['Jordan'] }]], []);
    expect(resolveEntity(twins, 'jordan')).toBe('a');
  });

  test('a kind narrows the choice', () => {
    const twins = graphOf([['a', 'person', 'Jordan'], ['b', 'place', 'Jordan']], []);
    expect(resolveEntity(twins, 'Jordan', 'path', 'place')).toBe('b');
  });

  test('nothing matches: NotFoundError naming the module and the text, with suggestions', () => {
    expect(() => resolveEntity(g, 'Xylophone', 'path')).toThrow(NotFoundError);
    expect(() => resolveEntity(g, 'Xylophone', 'path')).toThrow(/^path: no entity matches "Xylophone"$/);
    // a weak resemblance is offered, not taken
    expect(() => resolveEntity(g, 'Loovre Museum', 'show')).toThrow(/^show: no entity matches "Loovre Museum"; did you mean: Louvre \(place\)\?$/);
  });

  test('several match about equally: UsageError listing each with kind and degree', () => {
    const twins = graphOf([['a', 'person', 'John Smith'], ['b', 'person', 'Jane Smith'], ['c', 'group', 'Smith Club']],
      [['a', 'member_of', 'c']]);
    expect(() => resolveEntity(twins, 'Smith', 'path')).toThrow(UsageError);
    const message = (() => { try { resolveEntity(twins, 'Smith', 'path'); } catch (e) { return (e as Error).message; } return ''; })();
    expect(message).toMatch(/^path: "Smith" matches several entities: /);
    expect(message).toContain('John Smith (person) [1 links]');
    expect(message).toContain('Jane Smith (person) [0 links]');
  });

  test('two nodes with the same label are ambiguous, most connected first', () => {
    const twins = graphOf([['a', 'event', 'attacks in Iraq'], ['b', 'event', 'attacks in Iraq'], ['x', 'person', 'X']],
      [['x', 'ordered', 'b']]);
    expect(() => resolveEntity(twins, 'attacks in iraq', 'show'))
      .toThrow(/matches several entities: attacks in Iraq \(event\) \[1 links\]; attacks in Iraq \(event\) \[0 links\]/);
  });
});

test('distance counts a swap of neighbouring letters as one edit', () => {
  expect(distance('stone', 'stoen')).toBe(1);
  expect(distance('kitten', 'sitting')).toBe(3);
  expect(distance('', 'abc')).toBe(3);
});

describe('findEntities ranks', () => {
  test('the exact name first, then names containing it', () => {
    const g2 = graphOf([['p', 'place', 'Baghdad'], ['a', 'place', 'Baghdad International Airport'], ['x', 'person', 'Bob']], []);
    expect(findEntities(g2, 'baghdad').map((c) => c.key)).toEqual(['p', 'a']);
  });
  test('acronyms of several words', () => {
    const g2 = graphOf([['pmf', 'group', 'Popular Mobilization Forces'], ['irgc', 'group', 'Islamic Revolutionary Guard Corps']], []);
    expect(findEntities(g2, 'PMF')[0]?.key).toBe('pmf');
    expect(resolveEntity(g2, 'irgc')).toBe('irgc');
  });
  test('kind, limit and min confidence', () => {
    expect(findEntities(g, 'lee', { kind: 'group' })).toEqual([]);
    expect(findEntities(g, 'a', { limit: 2 }).length).toBeLessThanOrEqual(2);
    expect(findEntities(g, 'Chess Club')[0]).toMatchObject({ key: 'club', degree: 2, score: 1 });
    expect(findEntities(g, 'Chess Club', { minConfidence: 0.5 })[0]).toMatchObject({ key: 'club', degree: 1 });
  });
  test('nothing for an empty text', () => {
    expect(findEntities(g, ' ... ')).toEqual([]);
  });
});

test("a word of an event's label means the participant, not the event", () => {
  expect(resolveEntity(g, 'Bob')).toBe('bob');
  expect(findEntities(g, 'bob').map((c) => c.key)).toEqual(['bob', 'strike']);
});
