/**
 * The runbook engine's one entry point: facts in; findings, the plan and (when nothing blocks) the ksh
 * script, the storage script, the checklist and the Ansible playbook out. Pure: the clock and the version are inputs.
 * The wizard calls `evaluate` on every change of the facts (it is fast: see `npm run bench`).
 */
import { runChecks } from './checks';
import { type ParsedFacts, parseFacts } from './checks/schema-issues';
import type { Finding } from './engine-types';
import { type Facts, storageDetailsSchema } from './model/facts';
import { buildPlan } from './plan/build-plan';
import type { RunbookPlan } from './plan/types';
import { writeAnsiblePlaybook } from './write/ansible-playbook';
import { writeChecklistHtml } from './write/checklist-html';
import { writeChecklistMarkdown } from './write/checklist-markdown';
import { type ScriptOptions, writeScript } from './write/ksh-script';
import type { StorageMode } from './write/ksh-steps';
import { writeStorageScript } from './write/storage-script';

export { runChecks } from './checks';
export { type FactsSchemaResult, type ParsedFacts, parseFacts } from './checks/schema-issues';
export { buildPlan } from './plan/build-plan';
export type { RunbookPlan } from './plan/types';
export { writeAnsiblePlaybook } from './write/ansible-playbook';
export { writeChecklistMarkdown } from './write/checklist-markdown';
export { type ScriptOptions, writeScript } from './write/ksh-script';
export { stepAnswers } from './write/ksh-steps';
export { writeStorageScript } from './write/storage-script';

interface Outputs {
  /** The AIX admin's ksh script. */
  script: string;
  /** The storage admin's commands. */
  storageScript: string;
  checklistMarkdown: string;
  checklistHtml: string;
  /** The same plan as an Ansible playbook for the AIX host. */
  ansiblePlaybook: string;
}

export interface Evaluation {
  findings: Finding[];
  /** True when a finding is a blocker: no script is written then. */
  blocked: boolean;
  plan: RunbookPlan;
  /** The written outputs when `options` were given and nothing blocks. */
  outputs?: Outputs;
}

/**
 * The facts as the script will run them: a storage mode chosen for this script (`plan --storage cli`)
 * overrides the runbook's, so the checks demand what that mode needs (the storage ids for the CLI).
 */
function inStorageMode(facts: Facts, mode: StorageMode | undefined): Facts {
  if (!mode || mode === facts.storage?.commands) return facts;
  return { ...facts, storage: { ...storageDetailsSchema.parse(facts.storage ?? {}), commands: mode } };
}

/** Checks and plans the facts; with options and no blocker, writes every output too. */
export function evaluate(given: Facts, options?: ScriptOptions): Evaluation {
  const facts = inStorageMode(given, options?.storage);
  const findings = runChecks(facts);
  const blocked = findings.some((f) => f.severity === 'blocker');
  const plan = buildPlan(facts);
  if (!options || blocked) return { findings, blocked, plan };
  const meta = { generatedAt: options.generatedAt, version: options.version };
  const shown = findings.filter((f) => f.severity !== 'blocker');
  return {
    findings,
    blocked,
    plan,
    outputs: {
      script: writeScript(facts, plan, options),
      storageScript: writeStorageScript(facts, plan, meta),
      checklistMarkdown: writeChecklistMarkdown(facts, plan, { ...meta, findings: shown }),
      checklistHtml: writeChecklistHtml(facts, plan, { ...meta, findings: shown }),
      ansiblePlaybook: writeAnsiblePlaybook(facts, plan, options),
    },
  };
}

/**
 * Every finding that can be known about facts still being entered (the wizard's runbook): the schema's
 * issues at their fields (an empty required field is one, named by its field) and, beside them, the checks
 * run on the values as they stand, so a bad source VG name and missing target LUNs show at once, not only
 * once every field is valid. A check's finding at a field the schema already refuses is left out: the
 * schema's says what to enter there first. `parsed` is the schema's verdict when the caller has it already.
 */
export function draftFindings(draft: Facts, parsed: ParsedFacts = parseFacts(draft)): Finding[] {
  if (parsed.ok) return runChecks(parsed.facts);
  const refused = new Set(parsed.findings.map((f) => f.field));
  return [...parsed.findings, ...runChecks(draft).filter((f) => !f.field || !refused.has(f.field))];
}
