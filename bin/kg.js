#!/usr/bin/env node
// V8 optimises a function after a small budget of work by default, then throws the code away
// each time a rarely taken rule of the extractor runs for the first time, and optimises again:
// on a build of a thousand news articles that was a third of the CPU time. A larger budget
// waits for the rules' type feedback first (measured with `npm run bench`).
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--interrupt-budget=1000000');
const { main } = await import('../dist/cli/main.js');
main(process.argv);
