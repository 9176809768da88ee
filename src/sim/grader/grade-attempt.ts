/**
 * The grader: reads the commands a trainee typed, the world before and after each, and the final world,
 * and checks each item of the scenario's grading (its goal, the traps of docs/procedure.md, the needless
 * steps) with its points and lesson. Pure: the same attempt always gets the same grade.
 */
import { judgeCopy } from '../rehearse/judge';
import type { GradeItem } from '../scenarios/schema';
import type { WorldPicture } from '../worker/protocol';
import { check, type GradeContext, type GradedStep, type ItemResult } from './check';
import { productionHeldAfterFailure, usedDamagedCopy } from './failure-checks';
import {
  appModeDuringCopy,
  applicationsRestored,
  copyUsable,
  copyVariedOn,
  mounted,
  sourceAsBefore,
} from './goal-checks';
import type { Grade } from './grade';
import {
  copyDisksRemoved,
  copyLunsUnmapped,
  copyRelationshipsRemoved,
  copyStanzasRemoved,
  copyVgRemoved,
  retiredWhileMounted,
  rmdevBeforeExportvg,
  storageRemovedWhileInUse,
} from './retire-checks';
import type { GradingGoal } from './grading-goal';
import {
  cfgmgrWithSourceVariedOn,
  freezeTimedOut,
  mountBeforeFsck,
  pvClear,
  pvYesBeforeRecreatevg,
  thawed,
} from './trap-checks';

function result(item: GradeItem, context: GradeContext): ItemResult {
  switch (item.check) {
    case 'copy-varied-on':
      return copyVariedOn(context);
    case 'mounted':
      return mounted(context, item.mountPoint, item.vg);
    case 'copy-usable':
      return copyUsable(context);
    case 'app-mode-during-copy':
      return appModeDuringCopy(context, item.app, item.modes);
    case 'source-as-before':
      return sourceAsBefore(context);
    case 'applications-restored':
      return applicationsRestored(context);
    case 'cfgmgr-with-source-varied-on':
      return cfgmgrWithSourceVariedOn(context);
    case 'mount-before-fsck':
      return mountBeforeFsck(context);
    case 'used-damaged-copy':
      return usedDamagedCopy(context);
    case 'forgot-thaw':
      return thawed(context);
    case 'freeze-timed-out':
      return freezeTimedOut(context);
    case 'production-held-after-failure':
      return productionHeldAfterFailure(context);
    case 'pv-clear':
      return pvClear(context);
    case 'pv-yes-before-recreatevg':
      return pvYesBeforeRecreatevg(context);
    case 'copy-vg-removed':
      return copyVgRemoved(context);
    case 'copy-disks-removed':
      return copyDisksRemoved(context);
    case 'copy-stanzas-removed':
      return copyStanzasRemoved(context);
    case 'copy-relationships-removed':
      return copyRelationshipsRemoved(context);
    case 'copy-luns-unmapped':
      return copyLunsUnmapped(context);
    case 'retired-while-mounted':
      return retiredWhileMounted(context);
    case 'rmdev-before-exportvg':
      return rmdevBeforeExportvg(context);
    case 'storage-removed-while-in-use':
      return storageRemovedWhileInUse(context);
  }
}

/** Grades one attempt. `final` is the world at the end (after the last command, or a reset/restore). */
export function gradeAttempt(goal: GradingGoal, steps: GradedStep[], final: WorldPicture): Grade {
  // The copy and production are judged as a rehearsal judges them (src/sim/rehearse/judge.ts).
  const verdict = judgeCopy(goal, steps[0]?.before ?? final, final);
  const context: GradeContext = { goal, steps, final, verdict };
  const checks = goal.items.map((item) => check(item, result(item, context)));
  const points = checks.reduce((sum, c) => sum + c.points, 0);
  const earned = checks.reduce((sum, c) => sum + c.earned, 0);
  return {
    score: Math.round((100 * earned) / points),
    passed: checks.every((c) => c.passed || c.kind === 'risky'),
    checks,
  };
}
