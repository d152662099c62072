// Tests are TypeScript run as ES modules; type checking is `npm run build`'s job, so ts-jest
// only transpiles (isolatedModules) to stay fast on a 2-core machine.
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  // jest's resolver does not follow chrono-node's "./*" export pattern
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1', '^chrono-node/en$': '<rootDir>/node_modules/chrono-node/dist/esm/locales/en/index.js' },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true, isolatedModules: true, tsconfig: 'tsconfig.test.json' }] },
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  testTimeout: 120000,
};
