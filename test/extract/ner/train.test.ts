// Training on a slice of CoNLL-2003: a working, deterministic model.
import { existsSync, readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { gzipSync } from 'node:zlib';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluate, parseConll, toTraining, trainTwoPass } from '../../../src/extract/ner/train.js';
import { modelToBytes, TrainedModels } from '../../../src/extract/ner/perceptron.js';
import { DEFAULT_MODEL, loadTagger, tagTwoPass } from '../../../src/extract/ner/tagger.js';
import { InputError } from '../../../src/model/errors.js';

const TRAIN = fileURLToPath(new URL('../../../../shared/eval/conll2003/train.txt', import.meta.url));

describe('parseConll', () => {
  test('documents, sentences, tokens and tags', () => {
    const docs = parseConll('-DOCSTART- O\n\nEU B-ORG\nrejects O\n\nPeter B-PER\nBlackburn I-PER\n\n-DOCSTART- O\n\nBRUSSELS B-LOC\n');
    expect(docs).toEqual([
      { sentences: [{ words: ['EU', 'rejects'], tags: ['B-ORG', 'O'] }, { words: ['Peter', 'Blackburn'], tags: ['B-PER', 'I-PER'] }] },
      { sentences: [{ words: ['BRUSSELS'], tags: ['B-LOC'] }] },
    ]);
  });
});

describe('evaluate', () => {
  test.each<[string[][], string[][], number]>([
    [[['B-PER', 'I-PER', 'O']], [['B-PER', 'I-PER', 'O']], 1],
    [[['B-PER', 'I-PER', 'O']], [['B-PER', 'O', 'O']], 0],
    [[['B-PER', 'O', 'B-LOC']], [['B-PER', 'O', 'B-ORG']], 0.5],
  ])('%j vs %j: F1 %d', (gold, predicted, f1) => expect(evaluate(gold, predicted).f1).toBeCloseTo(f1));
});

// the shared data sits beside the repository; a clone elsewhere says so and skips
const withData = existsSync(TRAIN) ? describe : describe.skip;
if (!existsSync(TRAIN)) console.log(`training tests skipped: ${TRAIN} not found`);

withData('training on a slice', () => {
  // a skipped describe still runs its body: read nothing then
  const docs = existsSync(TRAIN) ? parseConll(readFileSync(TRAIN, 'utf8')).slice(0, 30).map(toTraining) : [];
  const bytes = docs.length ? modelToBytes(trainTwoPass(docs, { iterations: 2 })) : Buffer.alloc(0);

  test('is deterministic: the same data gives the same bytes', () => {
    const again = modelToBytes(trainTwoPass(parseConll(readFileSync(TRAIN, 'utf8')).slice(0, 30).map(toTraining), { iterations: 2 }));
    expect(again.equals(bytes)).toBe(true);
  });

  test('gives a model that loads and learns its data', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'kg-ner-')), 'ner.bin.gz');
    writeFileSync(path, bytes);
    const tagger = loadTagger(path);
    expect(tagger.tagDocument([['EU', 'rejects', 'German', 'call', 'to', 'boycott', 'British', 'lamb', '.']])).toEqual([[
      { start: 0, end: 1, label: 'ORG' }, { start: 2, end: 3, label: 'MISC' }, { start: 6, end: 7, label: 'MISC' },
    ]]);
    const models = TrainedModels.fromBytes(bytes);
    const gold = docs.flatMap((d) => d.gold);
    const predicted = docs.flatMap((d) => tagTwoPass(models, d.sentences));
    expect(evaluate(gold, predicted).f1).toBeGreaterThan(0.8);
  });

  test('the shipped model is the one `npm run train` makes from CoNLL-2003 train', () => {
    // a change to the features or to the lexicons they read must come with a retrained model
    const out = join(mkdtempSync(join(tmpdir(), 'kg-ner-')), 'ner.bin.gz');
    const cli = fileURLToPath(new URL('../../../dist/extract/ner/train-cli.js', import.meta.url));
    const run = spawnSync(process.execPath, [cli, '-o', out, '--valid', ''], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(readFileSync(out).equals(readFileSync(DEFAULT_MODEL))).toBe(true);
  });

  test('a missing model is an InputError', () => {
    expect(() => loadTagger(join(tmpdir(), 'no-such-model.bin.gz'))).toThrow(InputError);
  });

  test('a file that is not a model is an InputError', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'kg-ner-')), 'ner.bin.gz');
    writeFileSync(path, gzipSync(Buffer.from('{"first": {}}')));
    expect(() => loadTagger(path)).toThrow(/not a kg entity model/);
  });

  test('the saved model scores as the trained one', () => {
    const trained = trainTwoPass(docs.slice(0, 10), { iterations: 1 });
    const saved = TrainedModels.fromBytes(modelToBytes(trained));
    const direct = TrainedModels.fromFiles([trained.first, trained.second]);
    const sentences = docs.slice(10, 20).flatMap((d) => d.sentences);
    expect(tagTwoPass(saved, sentences)).toEqual(tagTwoPass(direct, sentences));
  });
});
