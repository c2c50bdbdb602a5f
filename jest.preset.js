// Shared by every jest config: SWC transform (fast, keeps decorator metadata) and the
// same path aliases as tsconfig.json.
const { readFileSync } = require('node:fs');
const swcrc = JSON.parse(readFileSync(`${__dirname}/.swcrc`, 'utf8'));

module.exports = {
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: { '^.+\\.(t|j)sx?$': ['@swc/jest', { ...swcrc, swcrc: false }] },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  moduleNameMapper: {
    '^@chorus/migrations$': '<rootDir>/migrations',
    '^@chorus/linkedin-sandbox$': '<rootDir>/apps/linkedin-sandbox/src',
    '^@chorus/linkedin-sandbox/(.*)$': '<rootDir>/apps/linkedin-sandbox/src/$1',
    '^@chorus/([^/]+)$': '<rootDir>/libs/$1/src',
    '^@chorus/([^/]+)/(.*)$': '<rootDir>/libs/$1/src/$2',
  },
  setupFiles: ['reflect-metadata'],
};
