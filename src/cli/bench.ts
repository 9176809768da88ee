/**
 * `npm run bench`: the figures of issue 4 (engine) and issue 3 (simulator). Prints; asserts nothing:
 * a benchmark, not a timed test.
 */
import { runEngineBench } from '../core/bench';

const engine = runEngineBench(() => performance.now());
const verdict = engine.medianMs < 50 ? 'within' : 'OVER';
process.stdout.write(
  `${engine.label}: first ${engine.firstMs.toFixed(1)} ms, median ${engine.medianMs.toFixed(1)} ms ` +
    `(${verdict} the 50 ms budget); script of ${engine.scriptLines} lines\n`,
);
