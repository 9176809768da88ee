/**
 * The planner: from the facts to the ordered plan of both phases (docs/procedure.md). The order is the
 * procedure's: prepare the LUNs and relationships, configure them before the copy where possible,
 * retire the old copy on a refresh, take the copy consistently (or, where it exists already and carries
 * PVIDs the varied-on source holds, vary the source off around cfgmgr and recreatevg), bring the copy VG
 * up under its own
 * name, check it, mount it, verify, and (for a first copy) how the next refresh goes.
 */
import { type CopyLayout, copyLayout } from '../model/copy-layout';
import { type CopySetMember, copySet, wholeSet } from '../model/copy-set';
import type { Facts } from '../model/facts';
import { variesOffSourceForCfgmgr } from '../model/pvid-holders';
import { accessDecision } from './access';
import { consistencySteps, fullDuplexStep, releaseStep } from './steps-consistency';
import { globalMirrorSteps } from './steps-global-mirror';
import { accessSteps } from './steps-phase2';
import { cfgmgrStep, checkTargetsStep, createLunsStep, storageSetupStep } from './steps-phase1';
import { refreshSteps } from './steps-refresh';
import { retireSteps } from './steps-retire';
import { sourceBackSteps, sourceOffSteps } from './steps-source-outage';
import { svcGroupIdleStep, svcReturnMirrorStep } from './steps-svc';
import {
  applicationCheckSteps,
  checkCopySteps,
  mountCopySteps,
  nextRefreshStep,
  returnMirrorStep,
  verifyStep,
} from './steps-verify';
import { storageProcedure } from './storage';
import type { ActionStep, RunbookPlan } from './types';

/**
 * A VG's own steps, for each VG of the set: a further VG's step ids end in its copy's name, so the
 * script's state file and undo records keep them apart, and in a set every title names its copy.
 */
function perVg(
  members: readonly CopySetMember[],
  steps: (facts: Facts, layout: CopyLayout) => ActionStep[],
): ActionStep[][] {
  if (members.length === 1) return [steps(members[0]!.facts, copyLayout(members[0]!.facts))];
  return members.map((m, i) => {
    const vg = m.facts.newVg.name;
    return steps(m.facts, copyLayout(m.facts)).map((s) => ({
      ...s,
      id: i === 0 ? s.id : `${s.id}-${vg}`,
      title: s.title.includes(vg) ? s.title : `${s.title}: ${vg}`,
    }));
  });
}

/**
 * Builds the plan. Pure and linear in the size of the VGs; meaningful once the checks show no blocker.
 * A copy set (docs/procedure.md "Copy sets") is prepared and copied at one instant as one VG of all its
 * disks and file systems; then each VG's copy is brought up, checked and mounted on its own.
 */
export function buildPlan(runbook: Facts): RunbookPlan {
  // A retire takes no copy: it removes the one the runbook names (docs/procedure.md "Retiring a copy").
  if (runbook.mode === 'retire') {
    const vg = runbook.newVg.name;
    const disk = runbook.existingCopy?.disks[0] ?? 'hdiskN';
    const reason = `a retire brings up no copy: it removes ${vg}; until its disks are removed, importvg -y ${vg} ${disk} brings it back.`;
    return { access: { method: 'importvg', reason }, steps: retireSteps(runbook) };
  }
  const members = copySet(runbook);
  const facts = wholeSet(runbook);
  const layout = copyLayout(facts);
  const access = accessDecision(runbook);
  const proc = storageProcedure(facts);
  const first = facts.mode === 'first';
  // Way b of the duplicate-PVID trap: the copy exists already, so it is neither prepared nor taken again.
  const wayB = variesOffSourceForCfgmgr(facts);
  const steps: ActionStep[] = [];
  if (first && !wayB) {
    if (facts.copy.method === 'flashcopy' || facts.copy.method === 'oem')
      steps.push(createLunsStep(facts, layout));
    if (proc && proc.setup.length > 0) steps.push(storageSetupStep(facts, proc));
    if (facts.targets.configuredBeforeCopy)
      steps.push(cfgmgrStep(facts, false), checkTargetsStep(facts, layout, false));
  }
  steps.push(
    ...perVg(members, (f, l) =>
      refreshSteps(
        f,
        l.fileSystems.map((fs) => fs.mountPoint),
      ),
    ).flat(),
  );
  if (!first && proc && proc.beforeRefresh.length > 0)
    steps.push({
      id: 'resync-relationships',
      phase: 'refresh',
      owner: 'storage',
      title: 'Resynchronise the mirror pairs',
      commands: proc.beforeRefresh,
      // SVC: the restart of the remote copy group, seen as after a DR test; the copy step waits for it.
      expect:
        proc.returnMirror?.expect ??
        'Each command is accepted; lspprc shows the pairs Copy Pending while they resynchronise.',
      verify:
        proc.returnMirror?.verify ?? 'lspprc shows every pair Copy Pending or Full Duplex, none Suspended.',
      why: 'After a failover the secondaries are behind; failback resynchronises them so the next suspend gives a fresh image.',
      onFailure: 'Check the PPRC paths (mkpprcpath) and repeat.',
      action: { kind: 'storage', commands: proc.beforeRefresh, cli: proc.cliPrefix },
    });
  // The freeze must find the mirror Full Duplex (after the failback, or a rerun's resume); waited for
  // before the writes are stopped.
  if (!wayB) steps.push(...fullDuplexStep(proc, first ? 'consistency' : 'refresh'));
  // After the old copy is retired: stopping a group still copying takes its targets offline.
  if (!wayB) steps.push(...svcGroupIdleStep(facts, proc));
  // Global Mirror's journals are consistent by design: its DR test leaves production running.
  if (!wayB && proc?.restore) steps.push(...globalMirrorSteps(facts, proc, proc.restore, access.method));
  else if (!wayB) steps.push(...consistencySteps(facts, layout, proc, access.method));
  else if (proc && proc.release.length > 0) steps.push(releaseStep(proc, access.method));
  // Each VG's copy, brought up and checked on its own: its access step, with its own reason, and the rest.
  const [[accessStep, ...firstCopy], ...furtherCopies] = perVg(members, (f, l) => [
    ...accessSteps(f, l, accessDecision(f).reason),
    ...checkCopySteps(f, l),
    ...mountCopySteps(f, l),
    verifyStep(f, l),
  ]) as [ActionStep[], ...ActionStep[][]];
  if (wayB)
    // Way b of the duplicate-PVID trap: the source is down from before cfgmgr until the copy has new PVIDs.
    steps.push(
      ...sourceOffSteps(facts),
      cfgmgrStep(facts, true),
      checkTargetsStep(facts, layout, true),
      accessStep!,
      ...sourceBackSteps(facts),
    );
  else if (first && !facts.targets.configuredBeforeCopy)
    steps.push(cfgmgrStep(facts, true), checkTargetsStep(facts, layout, true), accessStep!);
  else steps.push(accessStep!);
  steps.push(...firstCopy, ...furtherCopies.flat(), ...applicationCheckSteps(facts));
  if (first) steps.push(...perVg(members, (f) => [nextRefreshStep(f)]).flat());
  // A DR test on failed-over secondaries (or SVC aux volumes given access) leaves production unmirrored:
  // returning it is its own step.
  if (proc?.returnMirror) steps.push(svcReturnMirrorStep(proc.returnMirror));
  else if (proc && proc.release.length > 0 && proc.releaseUndo.length > 0)
    steps.push(returnMirrorStep(facts, proc.beforeRefresh));
  return { access, steps };
}
