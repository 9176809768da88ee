/**
 * Every check of the runbook, in the order the wizard shows them, and the one function that runs them.
 * Each check lives in its own file with its test; the rules come from docs/procedure.md.
 */
import type { Finding } from '../engine-types';
import { copyLayout } from '../model/copy-layout';
import { type CopySetMember, copySet } from '../model/copy-set';
import type { Facts } from '../model/facts';
import { applicationOwnerMissing } from './application-owner-missing';
import { applicationNotCrashRecoverable } from './application-not-crash-recoverable';
import type { Check } from './check';
import { chdevPvUnnecessary } from './chdev-pv-unnecessary';
import { contradictoryFacts } from './contradictory-facts';
import { copySetConflicts } from './copy-set-conflicts';
import { copyMountPointShadows } from './copy-mount-point-shadows';
import { duplicatePvidAtCfgmgr } from './duplicate-pvid-at-cfgmgr';
import { freezeNotChosen } from './freeze-not-chosen';
import { freezeTimeoutTooShort } from './freeze-timeout-too-short';
import { freezeWaitsForStorage } from './freeze-waits-for-storage';
import { freezeUnsupportedAix } from './freeze-unsupported-aix';
import { hotBackupNotPlanned } from './hot-backup-not-planned';
import { importvgWithAnotherCopy } from './importvg-with-another-copy';
import { liveCopyWithoutConsistencyGroup } from './live-copy-without-consistency-group';
import { logNotCopied } from './log-not-copied';
import { logNotRead } from './log-not-read';
import { lvNameCollision } from './lv-name-collision';
import { mirrorSecondaryNotFailedOver } from './mirror-secondary-not-failed-over';
import { mountguardCopy } from './mountguard-copy';
import { mountPointCollision } from './mount-point-collision';
import { mountedJfsWithoutUnmount } from './mounted-jfs-without-unmount';
import { rawLvOpen } from './raw-lv-open';
import { notAllDisksCopied } from './not-all-disks-copied';
import { placeholderInCommands } from './placeholder-in-commands';
import { questionUnanswered } from './question-unanswered';
import { retireCopyIdentity } from './retire-copy-identity';
import { retireCopyInUse } from './retire-copy-in-use';
import { retireDisksInOtherVg } from './retire-disks-in-other-vg';
import { retirePagingSpace } from './retire-paging-space';
import { retireSourceVg } from './retire-source-vg';
import { refreshOntoOtherLuns } from './refresh-onto-other-luns';
import { refreshWithoutExport } from './refresh-without-export';
import { sharedLogLiveCopy } from './shared-log-live-copy';
import { sharedLogPartlyCopied } from './shared-log-partly-copied';
import { sourceState } from './source-state';
import { storageCommandsManual } from './storage-commands-manual';
import { storageDetails } from './storage-details';
import { globalMirrorRefresh } from './global-mirror-refresh';
import { targetLunMismatch } from './target-lun-mismatch';
import { unsupportedFallback } from './unsupported-fallback';
import { vgNameInOdm } from './vg-name-in-odm';

/** All checks, grouped roughly by wizard page. */
export const checks: readonly Check[] = [
  freezeUnsupportedAix,
  sourceState,
  contradictoryFacts,
  duplicatePvidAtCfgmgr,
  refreshWithoutExport,
  refreshOntoOtherLuns,
  globalMirrorRefresh,
  notAllDisksCopied,
  targetLunMismatch,
  logNotRead,
  logNotCopied,
  sharedLogPartlyCopied,
  mirrorSecondaryNotFailedOver,
  storageDetails,
  storageCommandsManual,
  questionUnanswered,
  mountedJfsWithoutUnmount,
  liveCopyWithoutConsistencyGroup,
  applicationNotCrashRecoverable,
  hotBackupNotPlanned,
  rawLvOpen,
  applicationOwnerMissing,
  placeholderInCommands,
  freezeNotChosen,
  freezeTimeoutTooShort,
  freezeWaitsForStorage,
  sharedLogLiveCopy,
  unsupportedFallback,
  importvgWithAnotherCopy,
  vgNameInOdm,
  lvNameCollision,
  mountguardCopy,
  mountPointCollision,
  copyMountPointShadows,
  chdevPvUnnecessary,
];

/** A retire's checks: it takes no copy, so only what decides removing one (docs/procedure.md "Retiring a copy"). */
const retireChecks: readonly Check[] = [
  retireCopyIdentity,
  retireSourceVg,
  retireDisksInOtherVg,
  retirePagingSpace,
  questionUnanswered,
  retireCopyInUse,
  storageDetails,
];

const order = { blocker: 0, warning: 1, advice: 2 } as const;

function runAll(facts: Facts): Finding[] {
  const ctx = { facts, layout: copyLayout(facts) };
  return (facts.mode === 'retire' ? retireChecks : checks).flatMap((c) => c.run(ctx));
}

/** A member's finding at the member's own field in the runbook (`moreVgs.0.newVg.name`). */
function atRunbookField(finding: Finding, member: CopySetMember): Finding {
  const field = finding.field;
  return field && /^(sourceVg|sourceOnHost|existingCopy|newVg)\b/.test(field)
    ? { ...finding, field: member.fieldPrefix + field }
    : finding;
}

/**
 * A copy set's findings: every check on each VG, then the checks across the VGs. A finding every VG
 * raises alike (the AIX level, the consistency questions) is said once; one raised by some VGs only
 * names its VG.
 */
function copySetFindings(facts: Facts): Finding[] {
  const members = copySet(facts);
  const raised = members.map((m) => runAll(m.facts).map((f) => atRunbookField(f, m)));
  const count = new Map<string, number>();
  for (const key of raised.flatMap((fs) => [...new Set(fs.map((f) => JSON.stringify(f)))]))
    count.set(key, (count.get(key) ?? 0) + 1);
  const said = new Set<string>();
  const findings = raised.flatMap((fs, i) =>
    fs.flatMap((f) => {
      const key = JSON.stringify(f);
      if (count.get(key) !== members.length)
        return [{ ...f, finding: `${members[i]!.facts.sourceVg.name}: ${f.finding}` }];
      if (said.has(key)) return [];
      said.add(key);
      return [f];
    }),
  );
  return [...findings, ...copySetConflicts(members)];
}

/** Runs every check on valid facts (each VG of a copy set, and across them); blockers first, then warnings, then advice. */
export function runChecks(facts: Facts): Finding[] {
  const findings =
    facts.moreVgs.length === 0 || facts.mode === 'retire' ? runAll(facts) : copySetFindings(facts);
  return findings.sort((a, b) => order[a.severity] - order[b.severity]);
}
