// `npm run train`: trains the entity model on CoNLL-2003 train, reports validation F1 after each
// iteration, and writes models/ner.json.gz. Deterministic: the same data gives the same bytes.
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { evaluate, parseConll, trainTwoPass, type ConllDocument } from './train.js';
import { decode, DEFAULT_MODEL, tagTwoPass } from './tagger.js';
import { modelToGzip, TrainedModel } from './perceptron.js';

const shared = fileURLToPath(new URL('../../../../shared/eval/conll2003/', import.meta.url));
const { values } = parseArgs({
  options: {
    train: { type: 'string', default: `${shared}train.txt` },
    valid: { type: 'string', default: `${shared}valid.txt` },
    iterations: { type: 'string', default: '9' },
    docs: { type: 'string' },
    output: { type: 'string', short: 'o', default: DEFAULT_MODEL },
  },
});

const load = (path: string): ConllDocument[] => parseConll(readFileSync(path, 'utf8'));
let trainDocs = load(values.train!);
if (values.docs) trainDocs = trainDocs.slice(0, Number(values.docs));
const validDocs = values.valid ? load(values.valid) : [];
const PLO = new Set(['PER', 'ORG', 'LOC']);

function report(label: string, tag: (sentences: string[][]) => string[][]): void {
  if (!validDocs.length) return;
  const gold = validDocs.flatMap((d) => d.sentences.map((s) => s.tags));
  const predicted = validDocs.flatMap((d) => tag(d.sentences.map((s) => s.words)));
  const all = evaluate(gold, predicted);
  const plo = evaluate(gold, predicted, PLO);
  console.log(`${label}: valid F1 ${all.f1.toFixed(4)} (P ${all.precision.toFixed(4)} R ${all.recall.toFixed(4)}); PER/ORG/LOC F1 ${plo.f1.toFixed(4)}`);
}

const started = Date.now();
const seconds = () => ((Date.now() - started) / 1000).toFixed(0);
const pair = trainTwoPass(trainDocs, {
  iterations: Number(values.iterations),
  onIteration: (it) => console.log(`second pass, iteration ${it} (${seconds()}s)`),
});
const first = new TrainedModel(pair.first);
const second = new TrainedModel(pair.second);
report('first pass alone', (s) => decode(first, s));
report('two passes', (s) => tagTwoPass(first, second, s));
const bytes = modelToGzip(pair);
writeFileSync(values.output!, bytes);
console.log(`wrote ${values.output} (${(bytes.length / 1e6).toFixed(2)} MB) in ${seconds()}s`);
