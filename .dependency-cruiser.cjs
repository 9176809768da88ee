/**
 * The layering of src/ (docs/architecture.md), checked by `npm run depcruise` in `npm test`. Imports only
 * go down: core <- sim <- app, server, cli. Type-only imports count too (tsPreCompilationDeps): a type
 * reached through a cycle or across a layer binds the files as tightly as a value does.
 */
const tests = '(\\.test\\.tsx?$|\\.bench\\.ts$|/test-support/)';

/** A cycle known and left for now: the files it goes through. Any other cycle fails the check. */
function knownCycle(...files) {
  return {
    type: 'cycle',
    from: files[0],
    to: files[1],
    rule: { name: 'no-cycles', severity: 'error' },
    cycle: files.map((name) => ({ name, dependencyTypes: [] })),
  };
}

/**
 * Type-only cycles in files being reworked elsewhere, each to be removed by moving the shared type into a
 * file of its own (or, for the shell, by splitting sim-shell.ts by concern). Delete an entry once its
 * cycle is gone: a stale entry hides nothing, but the list should say what is left.
 */
const knownCycles = [
  // The shell's helpers take types of sim-shell.ts (SimShell, Session, SyncedFile); sim-shell.ts calls them.
  knownCycle('src/sim/shell/sim-shell.ts', 'src/sim/shell/shell-files.ts'),
  knownCycle('src/sim/shell/sim-shell.ts', 'src/sim/shell/script-run.ts'),
  // physics.ts takes the World type; world.ts applies physics.
  knownCycle('src/sim/world/world.ts', 'src/sim/world/physics.ts'),
  // plan-scenario.ts takes plan.ts's ScenarioRunner type; plan.ts runs plan-scenario.
  knownCycle('src/cli/plan.ts', 'src/cli/plan-scenario.ts'),
  // Both connections implement connection.ts's SimConnection; connection.ts opens one of them.
  knownCycle('src/app/sim-client/connection.ts', 'src/app/sim-client/worker-connection.ts'),
  knownCycle('src/app/sim-client/connection.ts', 'src/app/sim-client/socket-connection.ts'),
  // Each wizard page takes the step page's props type; the step page lazy-loads each page.
  ...['consistency/consistency-page', 'phase1/phase1-page', 'phase2/phase2-page', 'rehearse/rehearse-page', 'review/review-page', 'start/start-page'].map(
    (page) => knownCycle('src/app/layout/step-page.tsx', `src/app/features/${page}.tsx`),
  ),
];

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
      comment: 'no import cycle, type-only imports included.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    knownViolations: knownCycles,
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.node.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
