// End-to-end tests: one sandbox per file, a real Chromium, no mocks of the datasource's HTTP.
const swc = ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' } }];
module.exports = {
  rootDir: '../..',
  testEnvironment: 'node',
  roots: ['<rootDir>/tests/e2e'],
  testMatch: ['**/*.e2e.ts'],
  transform: { '^.+\\.(t|j)sx?$': swc },
  transformIgnorePatterns: ['node_modules/(?!(@bufbuild|fflate)/)'],
  setupFilesAfterEnv: ['<rootDir>/tests/e2e/browserErrors.ts'],
  testTimeout: 180000,
};
