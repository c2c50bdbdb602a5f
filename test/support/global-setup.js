// Integration tests spawn real Chorus processes (dist/apps/*/main.js): build them if stale.
const { execFileSync } = require('node:child_process');
const { join } = require('node:path');

module.exports = async function globalSetup() {
  execFileSync(process.execPath, [join(__dirname, '..', '..', 'scripts', 'start.js'), 'build-backend'], { stdio: 'inherit' });
};
