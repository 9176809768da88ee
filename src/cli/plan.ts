/**
 * `npm run plan`: the runbook engine on the command line. Reads the facts (a JSON file, the collector's
 * output, or a simulator scenario), prints the checks, and when nothing blocks writes the script, the
 * storage script, the checklists and the Ansible playbook; with --rehearse runs the script in the scenario. Exit code 0, 1 on
 * a blocker or a missed rehearsal, 2 on bad usage or input.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { evaluate, stepAnswers } from '../core/engine';
import { parseFacts } from '../core/checks/schema-issues';
import { parsePlanArgs, planUsage } from './plan-args';
import { loadFacts } from './plan-facts';
import { formatFindings } from './plan-report';
import { simulatorScenarios } from './plan-scenario';
import type { ScenarioRunner } from './scenario-runner';

export interface PlanIo {
  out(text: string): void;
  err(text: string): void;
  writeFile(path: string, text: string): void;
  /** When the outputs are generated (the CLI's clock; the engine never reads one). */
  now(): Date;
  version: string;
  /** The simulator flow for --scenario/--rehearse; undefined while the simulator is not available. */
  scenarios?: ScenarioRunner;
}

export async function runPlan(argv: string[], io: PlanIo): Promise<number> {
  const parsed = parsePlanArgs(argv);
  if (!parsed.ok) {
    io.err(`plan: ${parsed.error}\n\n${planUsage}\n`);
    return 2;
  }
  const args = parsed.args;
  let input: unknown;
  if (args.scenario) {
    if (!io.scenarios) {
      io.err('plan: the simulator is not available in this build: --scenario and --rehearse cannot run\n');
      return 2;
    }
    const flow = await io.scenarios.collect(args.scenario);
    if (!flow.ok) {
      io.err(`plan: ${flow.error}\n`);
      return 2;
    }
    for (const n of flow.notes) io.out(`note: ${n}\n`);
    input = flow.input;
  } else {
    const loaded = loadFacts(args);
    if (!loaded.ok) {
      io.err(`plan: ${loaded.error}\n`);
      return 2;
    }
    for (const n of loaded.notes) io.out(`note: ${n}\n`);
    input = loaded.input;
  }
  const facts = parseFacts(input);
  if (!facts.ok) {
    io.out(formatFindings(facts.findings));
    return 2;
  }
  const generatedAt = io.now().toISOString();
  const result = evaluate(facts.facts, { generatedAt, version: io.version, storage: args.storage });
  io.out(formatFindings(result.findings));
  io.out(`\nAccess: ${result.plan.access.reason}\n`);
  if (!result.outputs) {
    io.out('\nA blocker stops the plan: fix it and run again. No script was written.\n');
    return 1;
  }
  const outputs: [string | undefined, string, string][] = [
    [args.script, result.outputs.script, 'script'],
    [args.storageScript, result.outputs.storageScript, 'storage script'],
    [args.checklist, result.outputs.checklistMarkdown, 'checklist'],
    [args.html, result.outputs.checklistHtml, 'checklist page'],
    [args.ansible, result.outputs.ansiblePlaybook, 'Ansible playbook'],
  ];
  for (const [path, text, what] of outputs) {
    if (!path) continue;
    io.writeFile(path, text);
    io.out(`Wrote the ${what} to ${path}\n`);
  }
  io.out(`\nPlan: ${result.plan.steps.length} steps.\n`);
  if (!args.rehearse || !args.scenario || !io.scenarios) return 0;
  const mode = args.storage ?? facts.facts.storage?.commands ?? 'pause';
  const rehearsal = await io.scenarios.rehearse(
    args.scenario,
    result.outputs.script,
    facts.facts.newVg.name,
    stepAnswers(result.plan.steps, mode),
    { faults: args.fail, killAt: args.killAt },
  );
  io.out(`\n${rehearsal.transcript}\n`);
  for (const note of rehearsal.notes ?? []) io.out(`${note}\n`);
  io.out(`Production after the run:\n${rehearsal.source.map((l) => `  ${l}\n`).join('')}`);
  io.out(`Verdict: ${rehearsal.verdict}\n`);
  return rehearsal.reached ? 0 : 1;
}

function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  return pkg.version;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const code = await runPlan(process.argv.slice(2), {
    out: (t) => process.stdout.write(t),
    err: (t) => process.stderr.write(t),
    writeFile: (p, t) => writeFileSync(p, t),
    now: () => new Date(),
    version: packageVersion(),
    scenarios: simulatorScenarios,
  });
  process.exitCode = code;
}
