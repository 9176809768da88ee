/**
 * `npm run bench`: the figures of the engine (recomputed on every keystroke), the simulator (every typed
 * command) and the paste parsers on hostile input (a paste box takes anything). Prints; asserts nothing: a
 * benchmark, not a timed test.
 */
import { runEngineBench, runLargePasteBench, runPasteBench } from '../core/bench';
import { runBench } from '../sim/bench/refresh-bench';

const engine = runEngineBench(() => performance.now());
const verdict = engine.medianMs < 50 ? 'within' : 'OVER';
process.stdout.write(
  `${engine.label}: first ${engine.firstMs.toFixed(1)} ms, median ${engine.medianMs.toFixed(1)} ms ` +
    `(${verdict} the 50 ms budget); script of ${engine.scriptLines} lines; ` +
    `checks alone (each keystroke in the wizard): median ${engine.checksMedianMs.toFixed(1)} ms\n`,
);

// Simulator: a scalable VG of 1024 disks and 512 file systems.
const figures = await runBench(() => performance.now());
const width = Math.max(...figures.map((f) => f.name.length));
process.stdout.write(`\nsimulator, scalable VG of 1024 disks and 512 file systems\n`);
process.stdout.write(`${'measure'.padEnd(width)}  ${'ms'.padStart(9)}  budget\n`);
for (const f of figures) {
  const budget = f.budgetMs === undefined ? '' : `${f.budgetMs} ms ${f.ms <= f.budgetMs ? 'within' : 'OVER'}`;
  process.stdout.write(`${f.name.padEnd(width)}  ${f.ms.toFixed(1).padStart(9)}  ${budget}\n`);
}

// Paste parsers: hostile input, each parser chosen by its command line.
const pastes = runPasteBench(() => performance.now());
const commandWidth = Math.max(...pastes.map((p) => p.command.length));
const ms = (value: number) => value.toFixed(1).padStart(12);
process.stdout.write(
  `\npaste parsers on hostile input, ms (a 10 KB line: refused at the 1024-character limit / the parser alone;` +
    ` 1 MB pastes: lines of 1000 characters / short rows of every layout)\n`,
);
process.stdout.write(
  `${'parser'.padEnd(commandWidth)}  ${'10 KB line'.padStart(12)}  ${'parser alone'.padStart(12)}  ${'1 MB lines'.padStart(12)}  ${'1 MB rows'.padStart(12)}\n`,
);
for (const p of pastes) {
  process.stdout.write(
    `${p.command.padEnd(commandWidth)}  ${ms(p.lineMs)}  ${ms(p.lineParserMs)}  ${ms(p.pasteMs)}  ${ms(p.rowsMs)}\n`,
  );
}

// The Start page's paste box: a 2 MB paste, read once typing pauses.
const large = runLargePasteBench(() => performance.now());
const nameWidth = Math.max(...large.map((f) => f.name.length));
process.stdout.write(`\nStart page, a 2 MB paste read as pasted (parsePaste), ms\n`);
for (const f of large) process.stdout.write(`${f.name.padEnd(nameWidth)}  ${f.ms.toFixed(1).padStart(9)}\n`);
