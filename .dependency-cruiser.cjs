/**
 * The layering of src/ (docs/architecture.md), checked by `npm run depcruise` in `npm test`. Imports only
 * go down: core <- sim <- app, server, cli. Type-only imports count too (tsPreCompilationDeps): a type
 * reached through a cycle or across a layer binds the files as tightly as a value does.
 */
const tests = '(\\.test\\.tsx?$|\\.bench\\.ts$|/test-support/)';

module.exports = {
  forbidden: [
    {
      name: 'core-stays-pure',
      comment: 'core is the engine every layer calls; it imports nothing of sim, app, server or cli.',
      severity: 'error',
      from: { path: '^src/core/', pathNot: tests },
      to: { path: '^src/(sim|app|server|cli)/' },
    },
    {
      name: 'sim-below-its-users',
      comment: 'the simulator runs in the browser, the worker and the server alike; it imports no app, server or cli.',
      severity: 'error',
      from: { path: '^src/sim/', pathNot: tests },
      to: { path: '^src/(app|server|cli)/' },
    },
    {
      name: 'features-apart',
      comment:
        'a wizard page never imports another page: what pages share lives in the store, ui/ or core/.',
      severity: 'error',
      from: { path: '^src/app/features/([^/]+)/' },
      to: { path: '^src/app/features/', pathNot: '^src/app/features/$1/' },
    },
    {
      name: 'no-cycles',
      comment:
        'no import cycle, type-only imports included: a type two files share lives in a file of its own.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.node.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
