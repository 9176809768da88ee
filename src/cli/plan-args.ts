/**
 * The arguments of `npm run plan`, read with Node's parseArgs. A mistake gives a message saying what is
 * wrong and the usage, never a stack trace.
 */
import { parseArgs } from 'node:util';
import { parseFault } from '../sim/faults/kinds';
import type { Fault } from '../sim/world/faults';

export const planUsage = `Usage: npm run plan -- (--facts FILE.json | --collected FILE.txt [--facts OVERRIDES.json] | --scenario NAME)
                      [--storage pause|cli] [--script OUT.ksh] [--storage-script OUT.txt]
                      [--checklist OUT.md] [--html OUT.html] [--ansible OUT.yml]
                      [--rehearse [--fail COMMAND[:N[:KIND]]]... [--kill-at STEP]]

  --facts FILE.json        the runbook facts (with --collected: values that override the collected ones)
  --collected FILE.txt     the output of public/vgcopy-collect.sh run on the AIX host
  --scenario NAME          a built-in simulator scenario: collect, import, plan, as an admin would
  --storage pause|cli      the script pauses for the storage admin, or runs the storage CLI itself
  --script, --storage-script, --checklist, --html   where to write each output
  --ansible OUT.yml        the same plan as an Ansible playbook for the AIX host
  --rehearse               run the script (-y) in the scenario and print the transcript, the source's
                           state after it and the verdict
  --fail COMMAND[:N[:KIND]]  in the rehearsal, the N-th call (default 1) of COMMAND fails as it fails on
                           AIX or on the storage (KIND: one of its failure modes; see src/sim/README.md)
  --kill-at STEP           in the rehearsal, send SIGTERM to the script as it is about to run step STEP
                           (the number in the script's header and the checklist)

Prints the checks; exits 1 when one is a blocker (or the rehearsal misses the goal), 2 on bad usage.`;

interface PlanArgs {
  facts?: string;
  collected?: string;
  scenario?: string;
  storage?: 'pause' | 'cli';
  script?: string;
  storageScript?: string;
  checklist?: string;
  html?: string;
  ansible?: string;
  rehearse: boolean;
  /** Faults armed for the rehearsal (--fail). */
  fail: Fault[];
  /** The step the rehearsal's script is killed at (--kill-at). */
  killAt?: number;
}

export type ParsedArgs = { ok: true; args: PlanArgs } | { ok: false; error: string };

export function parsePlanArgs(argv: string[]): ParsedArgs {
  let values: ReturnType<typeof parse>['values'];
  try {
    values = parse(argv).values;
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  const { facts, collected, scenario, storage } = values;
  const sources = [collected ? '--collected' : '', scenario ? '--scenario' : ''].filter(Boolean);
  if (sources.length > 1) return { ok: false, error: 'give only one of --collected and --scenario' };
  if (scenario && facts)
    return { ok: false, error: '--scenario takes its facts from the scenario: drop --facts' };
  if (!facts && !collected && !scenario)
    return { ok: false, error: 'say where the facts come from: --facts, --collected or --scenario' };
  if (storage !== undefined && storage !== 'pause' && storage !== 'cli')
    return { ok: false, error: `--storage is pause or cli, not "${storage}"` };
  if (values.rehearse && !scenario)
    return { ok: false, error: '--rehearse needs --scenario (the world to rehearse in)' };
  if (values.fail && !values.rehearse)
    return { ok: false, error: '--fail needs --rehearse (the run to fail)' };
  const killAt = values['kill-at'];
  if (killAt !== undefined && !values.rehearse)
    return { ok: false, error: '--kill-at needs --rehearse (the run to kill)' };
  if (killAt !== undefined && !/^[1-9][0-9]*$/.test(killAt))
    return { ok: false, error: `--kill-at takes a step number from 1, not "${killAt}"` };
  const fail: Fault[] = [];
  for (const text of values.fail ?? []) {
    const parsedFault = parseFault(text);
    if (!parsedFault.ok) return { ok: false, error: parsedFault.error };
    fail.push(parsedFault.fault);
  }
  return {
    ok: true,
    args: {
      facts,
      collected,
      scenario,
      storage,
      script: values.script,
      storageScript: values['storage-script'],
      checklist: values.checklist,
      html: values.html,
      ansible: values.ansible,
      rehearse: values.rehearse ?? false,
      fail,
      ...(killAt ? { killAt: Number(killAt) } : {}),
    },
  };
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    strict: true,
    allowPositionals: false,
    options: {
      facts: { type: 'string' },
      collected: { type: 'string' },
      scenario: { type: 'string' },
      storage: { type: 'string' },
      script: { type: 'string' },
      'storage-script': { type: 'string' },
      checklist: { type: 'string' },
      html: { type: 'string' },
      ansible: { type: 'string' },
      rehearse: { type: 'boolean' },
      fail: { type: 'string', multiple: true },
      'kill-at': { type: 'string' },
    },
  });
}
