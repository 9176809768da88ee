/**
 * The shapes the runbook engine hands to the wizard, the server and the command line: findings of the
 * checks, and the plan. Kept apart from the code that computes them so every consumer shares one contract.
 */
import type { StepId } from './wizard-steps';

export type Severity = 'blocker' | 'warning' | 'advice';

/** One failing check. */
export interface Finding {
  /** Stable id, e.g. 'duplicate-pvid-at-cfgmgr'. */
  id: string;
  severity: Severity;
  /** One line: what is wrong in this runbook. */
  finding: string;
  /** Why it matters, in plain words (from docs/procedure.md). */
  reason: string;
  /** What to change to resolve it. */
  fix: string;
  /** The wizard page where it is fixed. */
  step: StepId;
  /** Dotted path of the fact at fault, where one field is (e.g. 'newVg.name'), for errors at the field. */
  field?: string;
}

export type Owner = 'storage' | 'aix' | 'application';
export type Phase = 'prepare' | 'phase1' | 'consistency' | 'phase2' | 'verify' | 'refresh' | 'retire';

export interface PlanStep {
  id: string;
  phase: Phase;
  owner: Owner;
  title: string;
  /** The commands, one per line, exactly as they are to be typed. */
  commands: string[];
  /** What the admin should see. */
  expect: string;
  /** How to verify the step worked. */
  verify: string;
  /** Why the step is there (docs/procedure.md), in one or two sentences. */
  why: string;
  /** What to do when it fails. */
  onFailure: string;
}

export interface Plan {
  /** importvg or recreatevg, as decided by the rules, with the reason. */
  access: { method: 'importvg' | 'recreatevg'; reason: string };
  steps: PlanStep[];
}
