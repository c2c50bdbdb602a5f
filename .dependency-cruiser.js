// The layering rules of docs/architecture.md ("Layers"), checked by `npm run check:deps`
// (part of `npm test`). Libs form a one-way graph: a lib may import only the libs listed for it
// below, and only through their index (`@chorus/x`, never `@chorus/x/some/file`).

/** Each lib and the libs it may depend on; anything not listed is forbidden. Bottom first. */
const LAYERS = {
  // Pure TypeScript shared with the web app: network limits, text weighting, little text.
  networks: [],
  config: [],
  db: ['config'],
  jobs: ['config'],
  identity: ['config', 'db', 'jobs'],
  notifications: ['config', 'db', 'jobs', 'identity'],
  content: ['networks', 'config', 'db', 'jobs', 'identity', 'notifications'],
  compliance: ['networks', 'config', 'db', 'jobs', 'identity', 'notifications'],
  shares: ['networks', 'config', 'db', 'jobs', 'identity', 'notifications', 'content', 'compliance'],
  publishing: ['networks', 'config', 'db', 'jobs', 'identity', 'notifications', 'content', 'compliance', 'shares'],
  gamification: ['networks', 'config', 'db', 'jobs', 'identity', 'notifications', 'content', 'compliance', 'shares'],
  // The composition root: it lists every lib's entities and the migrations for the core module.
  platform: ['networks', 'config', 'db', 'jobs', 'identity', 'notifications', 'content', 'compliance', 'shares', 'publishing', 'gamification', '../migrations'],
};

const libRules = Object.entries(LAYERS).map(([lib, allowed]) => ({
  name: `layer-${lib}`,
  comment: `libs/${lib} may import only ${allowed.length ? allowed.join(', ') : 'no other lib'} (docs/architecture.md, "Layers").`,
  severity: 'error',
  from: { path: `^libs/${lib}/` },
  to: {
    path: '^(libs|apps|migrations)/',
    pathNot: [`^libs/${lib}/`, ...allowed.map((a) => (a.startsWith('../') ? `^${a.slice(3)}/` : `^libs/${a}/`))],
  },
}));

module.exports = {
  forbidden: [
    ...libRules,
    {
      name: 'no-unknown-lib',
      comment: 'Every lib needs its place in LAYERS in .dependency-cruiser.js.',
      severity: 'error',
      from: { path: `^libs/(?!(${Object.keys(LAYERS).join('|')})/)` },
      to: {},
    },
    {
      name: 'no-deep-import',
      comment: 'A lib uses another lib through its index (`@chorus/x`), not one of its files.',
      severity: 'error',
      from: { path: '^libs/([^/]+)/' },
      to: { path: '^libs/[^/]+/src/(?!index\\.ts$)', pathNot: '^libs/$1/' },
    },
    {
      name: 'no-deep-import-from-apps',
      comment: 'Apps, tests, benchmarks and scripts use a lib through its index (`@chorus/x`), not one of its files.',
      severity: 'error',
      from: { path: '^(apps|test|bench|scripts)/' },
      to: { path: '^libs/[^/]+/src/(?!index\\.ts$)' },
    },
    {
      name: 'no-circular',
      comment: 'Imports run one way; a cycle means two modules should be one, or share a lower one.',
      severity: 'error',
      from: { path: '^(libs|apps)/' },
      to: { circular: true },
    },
    {
      name: 'api-alone',
      comment: 'The production api never loads the worker, embedded mode or the LinkedIn sandbox (a test double).',
      severity: 'error',
      from: { path: '^apps/api/' },
      to: { path: '^apps/(worker|embedded|linkedin-sandbox|web)/' },
    },
    {
      name: 'worker-alone',
      comment: 'The worker never loads the api, embedded mode or the LinkedIn sandbox.',
      severity: 'error',
      from: { path: '^apps/worker/' },
      to: { path: '^apps/(api|embedded|linkedin-sandbox|web)/' },
    },
    {
      name: 'libs-below-apps',
      comment: 'Libs never import an app (the sandbox included).',
      severity: 'error',
      from: { path: '^libs/' },
      to: { path: '^apps/' },
    },
    {
      name: 'web-apart',
      comment: 'The web app talks to the server over HTTP only; of the libs it bundles just the pure networks lib.',
      severity: 'error',
      from: { path: '^apps/web/' },
      to: { path: '^(libs/(?!networks/)|apps/(?!web/))' },
    },
    {
      name: 'sandbox-apart',
      comment: 'The LinkedIn sandbox stands in for LinkedIn: it may use pure helpers of publishing, never the server apps.',
      severity: 'error',
      from: { path: '^apps/linkedin-sandbox/' },
      to: { path: '^apps/(api|worker|embedded|web)/' },
    },
    {
      name: 'not-to-test',
      comment: 'Production code never imports test support.',
      severity: 'error',
      from: { path: '^(libs|apps)/', pathNot: '\\.spec\\.ts$' },
      to: { path: '^test/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|dist)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.json'], mainFields: ['main', 'types'] },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
