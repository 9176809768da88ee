/**
 * The planner's richer step: the contract's PlanStep plus the action the script writer turns into ksh.
 * A RunbookPlan is a Plan (engine-types.ts), so the wizard and server can treat it as one.
 */
import type { Plan, PlanStep } from '../engine-types';

/** What a step does, in terms the script writer knows how to run, check and make re-runnable. */
export type StepAction =
  /** Done by a person outside the script (create LUNs, application check); checklist only. */
  | { kind: 'manual' }
  /**
   * A person runs these commands (storage admin, DBA, or the AIX admin on the source host); the script
   * waits. `runnable`: the commands run on this host, so the script may run them on request.
   */
  | { kind: 'pause'; who: string; commands: string[]; runnable: boolean }
  /**
   * Storage CLI commands: run by the script when the CLI is reachable, else a pause for the storage admin.
   * `drain`: the one command is a `lspprc -l -fmt delim` of the mirror's pairs, run every `intervalSeconds`
   * until every pair shows 0 Out Of Sync Tracks, for at most `timeoutSeconds`; with `until: 'full-duplex'`
   * the command is a delimited `lspprc` and the wait is until every pair's State is Full Duplex.
   * `svcGroup`: instead of running `commands` as they are, the script brings the SVC FlashCopy consistency
   * group to a state and waits for it: `idle` (stopped where still copying) or `prepared` (prestarted).
   * `rcGroup`: the SVC remote copy group is read with lsrcconsistgrp every `intervalSeconds` while it is
   * inconsistent_copying (for at most `timeoutSeconds`), refused in any state but consistent_synchronized or
   * consistent_stopped, then stopped with -access.
   */
  | {
      kind: 'storage';
      commands: string[];
      cli: string[];
      drain?: { timeoutSeconds: number; intervalSeconds: number; until?: 'full-duplex' };
      svcGroup?: { name: string; until: 'idle' | 'prepared' };
      /** As svcGroup `idle`, for each FlashCopy mapping outside a consistency group (lsfcmap, stopfcmap). */
      svcMaps?: { names: string[] };
      rcGroup?: { name: string; timeoutSeconds: number; intervalSeconds: number };
    }
  | { kind: 'cfgmgr' }
  /** The target disks exist; `pvids`: none before the copy, or the source PVIDs after it. */
  | { kind: 'check-targets'; disks: { name: string; pvid: string | null }[] }
  /** With `vg`, whatever lsvg -l shows mounted in that VG is unmounted too. */
  | { kind: 'umount'; mountPoints: string[]; vg?: string }
  /** `noGuard`: mount points mounted with `-o noguard` (a mountguard copy, steps-verify.ts). */
  | { kind: 'mount'; mountPoints: string[]; noGuard?: string[] }
  | { kind: 'varyoffvg'; vg: string }
  | { kind: 'exportvg'; vg: string }
  /** sync, then wait (the unsupported fallback's "wait a while"). */
  | { kind: 'sync'; waitSeconds: number }
  | { kind: 'freeze'; mountPoints: string[]; timeoutSeconds: number }
  | { kind: 'thaw'; mountPoints: string[] }
  | { kind: 'recreatevg'; vg: string; lvPrefix: string; mountPrefix: string; disks: string[] }
  | { kind: 'importvg'; vg: string; disk: string }
  | { kind: 'varyonvg'; vg: string }
  | { kind: 'logredo'; mountPoints: string[] }
  /** `checkOnly`: fsck -n, any error discards the copy (unsupported fallback). */
  | { kind: 'fsck'; mountPoints: string[]; checkOnly: boolean }
  | { kind: 'verify-copy'; vg: string; disks: string[]; mountPoints: string[] }
  /** rmdev -dl of each disk still configured (a retire, after exportvg). */
  | { kind: 'rmdev'; disks: string[] }
  /** A retire left no trace: no VG of that name, none of the disks, no /etc/filesystems stanza of the mount points. */
  | { kind: 'verify-retired'; vg: string; disks: string[]; mountPoints: string[] };

export interface ActionStep extends PlanStep {
  action: StepAction;
  /**
   * For a step that changes the source (stops its application, starts hot-backup mode, freezes,
   * unmounts or varies it off): the id of the later step that undoes it in the course of the procedure.
   * Should the run stop between the two, the script runs that step's action on its way out
   * (docs/failure-safety.md).
   */
  undoneBy?: string;
  /**
   * For a storage step whose change no later step of the plan puts back (writes held by a consistency-group
   * freeze, a mirror suspended or failed over for the copy): how the storage admin puts it back should the
   * run stop while production has it (docs/failure-safety.md).
   */
  storageUndo?: StorageUndo;
}

/** How a change is put back when the run stops: its title, commands and the action that does it. */
export interface UndoAction extends Pick<ActionStep, 'title' | 'commands' | 'action'> {
  /** Said with the commands where someone must run them (what happens if nobody can). */
  note?: string;
}

export interface StorageUndo {
  undo: UndoAction;
  /**
   * The step after which production no longer has the change (the freeze's own release) or the copy needs
   * it (the copy VG defined on the mirror's secondaries): the undo record is dropped when that step ends.
   */
  until: string;
  /**
   * Dropped when `until` starts instead: that step records an undo of its own that also puts this change
   * back, so the two never both run.
   */
  replaced?: boolean;
}

export interface RunbookPlan extends Plan {
  steps: ActionStep[];
}
