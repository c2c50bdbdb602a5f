// The layering rules of docs/architecture.md ("Layers"), checked by `npm run check:deps`
// (part of `npm test`). Libs form a one-way graph: a lib may import only the libs listed for it
// below, and only through their index (`@chorus/x`, never `@chorus/x/some/file`).

/** Libs that depend on no other lib, usable from any layer (the web app may bundle networks and messages). */
const PURE = ['networks', 'csv', 'messages', 'validation'];

/** Each lib and the libs it may depend on (besides the pure ones); anything else is forbidden. Bottom first. */
const LAYERS = {
  ...Object.fromEntries(PURE.map((lib) => [lib, []])),
  config: [],
  db: ['config'],
  jobs: ['config'],
  identity: ['config', 'db', 'jobs'],
  notifications: ['config', 'db', 'jobs', 'identity'],
  content: ['config', 'db', 'jobs', 'identity', 'notifications'],
  compliance: ['config', 'db', 'jobs', 'identity', 'notifications'],
  shares: ['config', 'db', 'jobs', 'identity', 'notifications', 'content', 'compliance'],
  publishing: ['config', 'db', 'jobs', 'identity', 'notifications', 'content', 'compliance', 'shares'],
  gamification: ['config', 'db', 'jobs', 'identity', 'notifications', 'content', 'compliance', 'shares'],
  // Reaching people outside Chorus: it hears of content and contests, and seals webhook URLs as publishing seals tokens.
  chat: ['config', 'db', 'jobs', 'identity', 'notifications', 'content', 'compliance', 'shares', 'publishing', 'gamification'],
  // Mail: it hears of notifications, lists new content in digests, and mails identity's invitation and reset links.
  mail: ['config', 'db', 'jobs', 'identity', 'notifications', 'content'],
  // Results: it counts shares, clicks, engagement snapshots, points and conversions.
  analytics: ['config', 'db', 'jobs', 'identity', 'notifications', 'content', 'compliance', 'shares', 'publishing', 'gamification'],
  // The composition root: it lists every lib's entities and the migrations for the core module.
  platform: ['config', 'db', 'jobs', 'identity', 'notifications', 'content', 'compliance', 'shares', 'publishing', 'gamification', 'chat', 'mail', 'analytics', '../migrations'],
};
const allowedFor = (lib, listed) => (PURE.includes(lib) ? listed : [...PURE, ...listed]);

/** A forbidden import: from files matching `from` to files matching `to`. */
const forbid = (name, comment, from, to) => ({ name, comment, severity: 'error', from, to });

const libRules = Object.entries(LAYERS).map(([lib, listed]) => [lib, allowedFor(lib, listed)]).map(([lib, allowed]) =>
  forbid(
    `layer-${lib}`,
    `libs/${lib} may import only ${allowed.length ? allowed.join(', ') : 'no other lib'} (docs/architecture.md, "Layers").`,
    { path: `^libs/${lib}/` },
    { path: '^(libs|apps|migrations)/', pathNot: [`^libs/${lib}/`, ...allowed.map((a) => (a.startsWith('../') ? `^${a.slice(3)}/` : `^libs/${a}/`))] },
  ),
);

/** Which app may not import which others (the sandbox is a test double; the web talks HTTP). */
const APPS_APART = [
  ['api', 'worker|embedded|linkedin-sandbox|web', 'The production api never loads the worker, embedded mode or the LinkedIn sandbox.'],
  ['worker', 'api|embedded|linkedin-sandbox|web', 'The worker never loads the api, embedded mode or the LinkedIn sandbox.'],
  ['linkedin-sandbox', 'api|worker|embedded|web', 'The LinkedIn sandbox stands in for LinkedIn: it never loads the server apps.'],
];
const deepLib = '^libs/[^/]+/src/(?!index\\.ts$)';

module.exports = {
  forbidden: [
    ...libRules,
    forbid('no-unknown-lib', 'Every lib needs its place in LAYERS in .dependency-cruiser.js.', { path: `^libs/(?!(${Object.keys(LAYERS).join('|')})/)` }, {}),
    forbid('no-deep-import', 'A lib uses another lib through its index (`@chorus/x`), not one of its files.', { path: '^libs/([^/]+)/' }, { path: deepLib, pathNot: '^libs/$1/' }),
    forbid('no-deep-import-from-apps', 'Apps, tests, benchmarks and scripts use a lib through its index (`@chorus/x`).', { path: '^(apps|test|bench|scripts)/' }, { path: deepLib }),
    forbid('no-circular', 'Imports run one way; a cycle means two modules should be one, or share a lower one.', { path: '^(libs|apps)/' }, { circular: true }),
    ...APPS_APART.map(([app, others, comment]) => forbid(`${app}-apart`, comment, { path: `^apps/${app}/` }, { path: `^apps/(${others})/` })),
    forbid('libs-below-apps', 'Libs never import an app (the sandbox included).', { path: '^libs/' }, { path: '^apps/' }),
    forbid('web-apart', 'The web app talks to the server over HTTP; of the libs it bundles only the pure networks and messages libs.', { path: '^apps/web/' }, { path: '^(libs/(?!(networks|messages)/)|apps/(?!web/))' }),
    forbid('not-to-test', 'Production code never imports test support.', { path: '^(libs|apps)/', pathNot: '\\.spec\\.ts$' }, { path: '^test/' }),
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
