// `npm run train`: trains the entity model on CoNLL-2003 train, reports validation F1 after each
// iteration, and writes models/ner.bin.gz. Deterministic: the same data gives the same bytes.
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { evaluate, parseConll, toTraining, trainTwoPass, type TrainingDocument } from './train.js';
import { decode, DEFAULT_MODEL, tagTwoPass, typeOf, type Scorer } from './tagger.js';
import { modelToBytes, trainedModel, TrainedModels } from './perceptron.js';
import { documentLabels } from './features.js';

const shared = fileURLToPath(new URL('../../../../shared/eval/conll2003/', import.meta.url));
const { values } = parseArgs({
  options: {
    train: { type: 'string', default: `${shared}train.txt` },
    valid: { type: 'string', default: `${shared}valid.txt` },
    iterations: { type: 'string', default: '10' },
    seed: { type: 'string', default: '1' },
    docs: { type: 'string' },
    output: { type: 'string', short: 'o', default: DEFAULT_MODEL },
  },
});

const load = (path: string): TrainingDocument[] => parseConll(readFileSync(path, 'utf8')).map(toTraining);
let trainDocs = load(values.train!);
if (values.docs) trainDocs = trainDocs.slice(0, Number(values.docs));
const validDocs = values.valid ? load(values.valid) : [];
const PLO = new Set(['PER', 'ORG', 'LOC']);

function report(label: string, tag: (doc: TrainingDocument) => number[][]): void {
  if (!validDocs.length) return;
  const gold = validDocs.flatMap((d) => d.gold);
  const predicted = validDocs.flatMap(tag);
  const all = evaluate(gold, predicted);
  const plo = evaluate(gold, predicted, PLO);
  console.log(`${label}: valid F1 ${all.f1.toFixed(4)} (P ${all.precision.toFixed(4)} R ${all.recall.toFixed(4)}); PER/ORG/LOC F1 ${plo.f1.toFixed(4)}`);
}

const started = Date.now();
const seconds = () => ((Date.now() - started) / 1000).toFixed(0);
let firstSoFar: Scorer | undefined;
const pair = trainTwoPass(trainDocs, {
  iterations: Number(values.iterations),
  seed: Number(values.seed),
  onIteration: (it, model) => {
    // The second pass's validation figure, over first-pass labels of the finished first model.
    const second = trainedModel(model);
    report(`iteration ${it} (${seconds()}s)`, (d) => decode(second, d.sentences, documentLabels(d.sentences, decode(firstSoFar!, d.sentences), typeOf)));
  },
  onFirst: (model) => { firstSoFar = trainedModel(model); },
});
const models = TrainedModels.fromFiles([pair.first, pair.second]);
report('first pass alone', (d) => decode(models.model(0), d.sentences));
report('two passes (final)', (d) => tagTwoPass(models, d.sentences));
const bytes = modelToBytes(pair);
writeFileSync(values.output!, bytes);
console.log(`wrote ${values.output} (${(bytes.length / 1e6).toFixed(2)} MB) in ${seconds()}s`);
