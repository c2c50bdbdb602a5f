// `npm test`: unit tests beside the code (of the web app, only the i18n, lib and navigation specs, which need no
// browser), then integration and end-to-end tests on SQLite
// with the in-process job runner. `npm run test:services` runs the last two again on
// PostgreSQL and Redis/BullMQ (jest.services.config.js).
const preset = require('./jest.preset');

module.exports = {
  testTimeout: 30000,
  projects: [
    { ...preset, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs}/**/*.spec.ts'], testPathIgnorePatterns: ['/node_modules/', '<rootDir>/apps/web/(?!src/(i18n|lib|navigation)/)'] },
    { ...preset, displayName: 'integration', testMatch: ['<rootDir>/test/integration/**/*.int-spec.ts'] },
    { ...preset, displayName: 'e2e', testMatch: ['<rootDir>/test/e2e/**/*.e2e-spec.ts'] },
  ],
};
