/**
 * `npm run bench`: the figures of issue 4 (engine) and issue 3 (simulator). Prints; asserts nothing:
 * a benchmark, not a timed test.
 */
import { runEngineBench } from '../core/bench';
import { runBench } from '../sim/bench/refresh-bench';

const engine = runEngineBench(() => performance.now());
const verdict = engine.medianMs < 50 ? 'within' : 'OVER';
process.stdout.write(
  `${engine.label}: first ${engine.firstMs.toFixed(1)} ms, median ${engine.medianMs.toFixed(1)} ms ` +
    `(${verdict} the 50 ms budget); script of ${engine.scriptLines} lines; ` +
    `checks alone (each keystroke in the wizard): median ${engine.checksMedianMs.toFixed(1)} ms\n`,
);

// Simulator (issue 3): a scalable VG of 1024 disks and 512 file systems.
const figures = await runBench(() => performance.now());
const width = Math.max(...figures.map((f) => f.name.length));
process.stdout.write(`\nsimulator, scalable VG of 1024 disks and 512 file systems\n`);
process.stdout.write(`${'measure'.padEnd(width)}  ${'ms'.padStart(9)}  budget\n`);
for (const f of figures) {
  const budget = f.budgetMs === undefined ? '' : `${f.budgetMs} ms ${f.ms <= f.budgetMs ? 'within' : 'OVER'}`;
  process.stdout.write(`${f.name.padEnd(width)}  ${f.ms.toFixed(1).padStart(9)}  ${budget}\n`);
}
