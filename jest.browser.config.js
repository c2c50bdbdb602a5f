// `npm run test:browser`: the built web app in Debian's Chromium (playwright-core), against
// Chorus and the LinkedIn sandbox started in-process by each test file.
const preset = require('./jest.preset');

module.exports = {
  ...preset,
  displayName: 'browser',
  rootDir: __dirname,
  testMatch: ['<rootDir>/test/browser/**/*.browser-spec.ts'],
  testTimeout: 90_000,
  // Each file runs Chorus, the sandbox and a Chromium; two at a time is what a small CI box takes.
  maxWorkers: 2,
};
