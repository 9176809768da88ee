/**
 * `npm run bench`: times the simulator on a scalable VG of 1024 disks and 512 file systems (issue 3).
 * A benchmark that prints figures against their budgets, not a timed test: it never fails on time.
 */
import { performance } from 'node:perf_hooks';
import { runBench } from '../sim/bench/refresh-bench';

const figures = await runBench(() => performance.now());
const width = Math.max(...figures.map((f) => f.name.length));
console.log(`${'measure'.padEnd(width)}  ${'ms'.padStart(9)}  budget`);
for (const f of figures) {
  const budget = f.budgetMs === undefined ? '' : `${f.budgetMs} ms ${f.ms <= f.budgetMs ? 'ok' : 'OVER'}`;
  console.log(`${f.name.padEnd(width)}  ${f.ms.toFixed(1).padStart(9)}  ${budget}`);
}
