// Integration and end-to-end suites again, against PostgreSQL and Redis (BullMQ).
// Each test file gets a fresh PostgreSQL database and its own BullMQ key prefix.
process.env.CHORUS_TEST_DATABASE_URL ??= 'postgres://postgres@127.0.0.1:5432/postgres';
process.env.CHORUS_TEST_REDIS_URL ??= 'redis://127.0.0.1:6379';
const preset = require('./jest.preset');

module.exports = {
  testTimeout: 60000,
  maxWorkers: 2,
  projects: [
    { ...preset, displayName: 'integration:services', testMatch: ['<rootDir>/test/integration/**/*.int-spec.ts'] },
    { ...preset, displayName: 'e2e:services', testMatch: ['<rootDir>/test/e2e/**/*.e2e-spec.ts'] },
  ],
};
