#!/usr/bin/env node
// `npm start` and friends: build what is missing or out of date, then run it.
//   node scripts/start.js [all|api|worker|linkedin-sandbox|migrate|cli|build-only] [args…]
// `all` (embedded mode) runs the embedded bundle; api, migrate and cli the api bundle.
'use strict';
const { spawnSync } = require('node:child_process');
const { existsSync, readdirSync, statSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..');
const [command = 'all', ...args] = process.argv.slice(2);

const APPS = {
  all: { app: 'embedded', web: true },
  api: { app: 'api', web: true, args: ['api'] },
  migrate: { app: 'api', args: ['migrate'] },
  cli: { app: 'api', args: ['cli'] },
  worker: { app: 'worker' },
  'linkedin-sandbox': { app: 'linkedin-sandbox' },
  'build-only': { app: 'embedded', web: true, buildOnly: true },
  // The bundles the process tests spawn (jest's globalSetup).
  'build-backend': { app: 'api', also: ['worker', 'embedded'], buildOnly: true },
  // The bundles the dispatch benchmark spawns (bench/dispatch).
  'build-bench-dispatch': { app: 'embedded', also: ['worker', 'linkedin-sandbox'], buildOnly: true },
  // The bundles the API reads benchmark spawns (bench/api).
  'build-bench-api': { app: 'embedded', also: ['api'], buildOnly: true },
};

const target = APPS[command];
if (!target) {
  console.error(`Unknown command "${command}"; use one of ${Object.keys(APPS).join(', ')}.`);
  process.exit(2);
}

/** Newest modification time of any file below the given paths. */
function newest(paths) {
  let latest = 0;
  const visit = (path) => {
    if (!existsSync(path)) return;
    const stat = statSync(path);
    if (stat.isDirectory()) {
      const name = path.split('/').pop();
      if (name === 'node_modules' || name === 'dist') return;
      for (const entry of readdirSync(path)) visit(join(path, entry));
    } else {
      latest = Math.max(latest, stat.mtimeMs);
    }
  };
  paths.forEach((p) => visit(join(root, p)));
  return latest;
}

function stale(output, sources) {
  const file = join(root, output);
  return !existsSync(file) || statSync(file).mtimeMs < newest(sources);
}

function run(bin, binArgs, label) {
  console.log(`Building ${label}…`);
  const result = spawnSync(join(root, 'node_modules', '.bin', bin), binArgs, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`Building ${label} failed.`);
    process.exit(result.status ?? 1);
  }
}

if (!existsSync(join(root, 'node_modules'))) {
  console.error('Dependencies are not installed: run `npm ci` first.');
  process.exit(1);
}

const backendSources = ['apps/api/src', 'apps/worker/src', 'apps/embedded/src', 'apps/linkedin-sandbox/src', 'libs', 'migrations', 'package-lock.json', 'tsconfig.json', 'tsconfig.build.json'];
const bundle = `dist/apps/${target.app}/main.js`;
for (const app of [target.app, ...(target.also ?? [])]) {
  if (stale(`dist/apps/${app}/main.js`, backendSources)) run('nest', ['build', app], `the ${app} bundle`);
}
if (target.web && stale('apps/web/dist/index.html', ['apps/web/src', 'apps/web/index.html', 'apps/web/vite.config.mts', 'package-lock.json'])) {
  run('vite', ['build', '--config', 'apps/web/vite.config.mts', '--logLevel', 'warn'], 'the web app');
}
if (target.buildOnly) process.exit(0);

// Run the bundle in this process, so signals (Ctrl-C, SIGTERM) reach it directly.
process.chdir(root);
process.argv = [process.argv[0], join(root, bundle), ...(target.args ?? []), ...args];
require(join(root, bundle));
