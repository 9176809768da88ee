/**
 * The planner: from the facts to the ordered plan of both phases (docs/procedure.md). The order is the
 * procedure's: prepare the LUNs and relationships, configure them before the copy where possible,
 * retire the old copy on a refresh, take the copy consistently (or, where it exists already and carries
 * PVIDs the varied-on source holds, vary the source off around cfgmgr and recreatevg), bring the copy VG
 * up under its own
 * name, check it, mount it, verify, and (for a first copy) how the next refresh goes.
 */
import { copyLayout } from '../model/copy-layout';
import type { Facts } from '../model/facts';
import { variesOffSourceForCfgmgr } from '../model/pvid-holders';
import { accessDecision } from './access';
import { consistencySteps, fullDuplexStep, releaseStep } from './steps-consistency';
import { globalMirrorSteps } from './steps-global-mirror';
import { accessSteps } from './steps-phase2';
import { cfgmgrStep, checkTargetsStep, createLunsStep, storageSetupStep } from './steps-phase1';
import { refreshSteps } from './steps-refresh';
import { sourceBackSteps, sourceOffSteps } from './steps-source-outage';
import { svcGroupIdleStep, svcReturnMirrorStep } from './steps-svc';
import {
  checkCopySteps,
  mountCopySteps,
  nextRefreshStep,
  returnMirrorStep,
  verifySteps,
} from './steps-verify';
import { storageProcedure } from './storage';
import type { ActionStep, RunbookPlan } from './types';

/** Builds the plan. Pure and linear in the size of the VG; meaningful once the checks show no blocker. */
export function buildPlan(facts: Facts): RunbookPlan {
  const layout = copyLayout(facts);
  const access = accessDecision(facts);
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
    ...refreshSteps(
      facts,
      layout.fileSystems.map((f) => f.mountPoint),
    ),
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
  const [accessStep, ...afterAccess] = accessSteps(facts, layout, access.reason);
  if (wayB)
    // Way b of the duplicate-PVID trap: the source is down from before cfgmgr until the copy has new PVIDs.
    steps.push(
      ...sourceOffSteps(facts),
      cfgmgrStep(facts, true),
      checkTargetsStep(facts, layout, true),
      accessStep,
      ...sourceBackSteps(facts),
    );
  else if (first && !facts.targets.configuredBeforeCopy)
    steps.push(cfgmgrStep(facts, true), checkTargetsStep(facts, layout, true), accessStep);
  else steps.push(accessStep);
  steps.push(
    ...afterAccess,
    ...checkCopySteps(facts, layout),
    ...mountCopySteps(facts, layout),
    ...verifySteps(facts, layout),
  );
  if (first) steps.push(nextRefreshStep(facts));
  // A DR test on failed-over secondaries (or SVC aux volumes given access) leaves production unmirrored:
  // returning it is its own step.
  if (proc?.returnMirror) steps.push(svcReturnMirrorStep(proc.returnMirror));
  else if (proc && proc.release.length > 0 && proc.releaseUndo.length > 0)
    steps.push(returnMirrorStep(facts, proc.beforeRefresh));
  return { access, steps };
}
