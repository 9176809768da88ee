/**
 * The checklist's structure, shared by the Markdown and HTML writers: the plan's steps grouped by phase
 * and, inside a phase, by owner, each with its commands, expectation and verification, and a sign-off
 * line per owner and phase; for each step that changes the source, how it is backed out, and the
 * production-state section that lists those back-outs newest first (docs/failure-safety.md).
 */
import type { Owner, Phase } from '../engine-types';
import type { ActionStep, RunbookPlan } from '../plan/types';
import { undoOwner, undoPairs } from './ksh-undo';

export const phaseTitles: Record<Phase, string> = {
  prepare: 'Prepare',
  phase1: 'Phase 1 · Configure the LUNs',
  refresh: 'Refresh: retire the old copy',
  consistency: 'Consistency: take the copy',
  phase2: 'Phase 2 · Access the VG',
  verify: 'Check, mount and verify the copy',
  retire: 'Retire the copy',
};

export const ownerTitles: Record<Owner, string> = {
  storage: 'Storage admin',
  aix: 'AIX admin',
  application: 'DBA / application owner',
};

export interface ChecklistGroup {
  phase: Phase;
  owner: Owner;
  steps: { number: number; step: ActionStep }[];
}

/**
 * Consecutive steps of one phase and owner form a group, so the order of the procedure is kept
 * (a phase where owners alternate shows several groups).
 */
export function checklistGroups(plan: RunbookPlan): ChecklistGroup[] {
  const groups: ChecklistGroup[] = [];
  plan.steps.forEach((step, i) => {
    const last = groups[groups.length - 1];
    if (last && last.phase === step.phase && last.owner === step.owner)
      last.steps.push({ number: i + 1, step });
    else groups.push({ phase: step.phase, owner: step.owner, steps: [{ number: i + 1, step }] });
  });
  return groups;
}

/** How a change to production is backed out if the run stops before the plan undoes it itself. */
export interface BackOut {
  /**
   * The step that changes production, and the later step that undoes it or, for a storage change no step
   * puts back (`storage`), the step until which it is backed out (checklist numbers).
   */
  number: number;
  undoneBy: number;
  /** A storage change: backed out until step `undoneBy` starts (`replaced`) or ends. */
  storage?: { replaced: boolean };
  title: string;
  who: string;
  commands: string[];
  /** Who undoes it on a stopped run: the script, the script where it made the change itself, or `who`. */
  by: 'script' | 'script-where-it-ran' | 'owner';
}

/** Every back-out of the plan, newest first: the order the script (and the people) undo them in. */
export function backOuts(plan: RunbookPlan): BackOut[] {
  return undoPairs(plan)
    .map((p): BackOut => {
      const a = p.closer.action;
      return {
        number: p.index + 1,
        undoneBy: p.closerIndex + 1,
        ...(p.step.storageUndo ? { storage: { replaced: p.replaced } } : {}),
        title: p.closer.title,
        who: undoOwner(p),
        commands: p.closer.commands,
        // The storage admin's undo runs in the script where the script runs the storage CLI.
        by:
          a.kind === 'storage' || (a.kind === 'pause' && a.runnable)
            ? 'script-where-it-ran'
            : a.kind === 'pause'
              ? 'owner'
              : 'script',
      };
    })
    .reverse();
}

/** When a back-out applies: a step undone by a later one, or a storage change until the copy needs it. */
export function backOutWhen(b: BackOut): string {
  if (!b.storage) return `before step ${b.undoneBy}`;
  if (b.undoneBy === b.number) return 'before this step is done';
  return b.storage.replaced
    ? `before step ${b.undoneBy} starts (its own back-out covers this one)`
    : `before step ${b.undoneBy} is done (from then on the copy needs it)`;
}

/** The back-out line of one step. */
export function backOutText(b: BackOut): string {
  const what = `${b.title}${b.storage ? '' : ` (step ${b.undoneBy})`}${b.commands.length > 0 ? `: ${b.commands.join('; ')}` : ''}`;
  const who = {
    script: 'the script does it on its way out',
    'script-where-it-ran': `the script does it on its way out where it ran this step's commands; otherwise ${b.who} does`,
    owner: `${b.who} does it`,
  }[b.by];
  return `If this fails or the run stops ${backOutWhen(b)}: ${what}; ${who}.`;
}

/** The production-state section: what a stopped run puts back, newest first, and what stays. */
export function productionStateLines(plan: RunbookPlan): string[] {
  const list = backOuts(plan);
  return [
    list.length > 0
      ? 'If the script stops (a failure, a "no", an interrupt), it puts production back as it found it, newest change first, and prints the production state. Exit code 7 means something is left; its summary says what and who must act. The undo commands, in order:'
      : 'This runbook changes nothing on production that the script would have to put back.',
    ...list.map(
      (b) =>
        `After step ${b.number}, ${b.storage ? `until step ${b.undoneBy} ${b.storage.replaced ? 'starts' : 'is done'}` : `undone by step ${b.undoneBy}`} (${b.by === 'script' ? 'the script' : b.by === 'owner' ? b.who : `the script, or ${b.who}`}): ${b.commands.join('; ') || b.title}`,
    ),
    'The copy side (configured target disks, a copy VG as far as it was built) is left as it is: it is safe, and a rerun of the script goes on from it.',
  ];
}
