import { describe, expect, it } from 'vitest';
import { stepAnswers } from '../core/engine';
import { createWorld, listScenarios, loadScenario, worldState } from '../sim/index';
import { rehearseAndJudge } from '../sim/rehearse/rehearse';
import { createWorldShell } from '../sim/shell/world-shell';
import { simulatorScenarios } from './plan-scenario';
import { planFor, type ScenarioPlan } from './test-support/scenario-plan';

async function rehearse(scenario: string, planned: ScenarioPlan) {
  const mode = planned.facts.storage?.commands ?? 'pause';
  return simulatorScenarios.rehearse(
    scenario,
    planned.result.outputs?.script ?? '',
    planned.facts.newVg.name,
    stepAnswers(planned.result.plan.steps, mode),
  );
}

/** The traps of docs/procedure.md among the scenarios: the plan stops with the planned finding, no script. */
const traps: Record<string, string> = {
  'duplicate-pvid-trap': 'duplicate-pvid-at-cfgmgr',
  'shared-log': 'shared-log-partly-copied',
  'new-target-luns': 'refresh-onto-other-luns',
};

/**
 * The scenarios whose own injected fault stops the script: it stops at the failure and gives
 * production back as it found it (a rerun, with the fault spent, reaches the goal).
 */
const stoppedByFault: Record<string, string> = {
  'storage-fails-during-copy': 'STOP (exit 3): storage command failed: mkflash ',
};

const TIMEOUT = 180_000;

describe('every built-in scenario, planned as an admin would and rehearsed', () => {
  it('covers the whole scenario library', () => {
    expect(
      listScenarios()
        .map((s) => s.name)
        .sort(),
    ).toEqual(
      [
        'big-vg',
        'db2-freeze-thaw',
        'db2-two-vgs',
        'dr-host-refresh',
        'duplicate-pvid-trap',
        'first-flashcopy',
        'fsck-errors-discard',
        'global-copy-drain',
        'global-mirror',
        'global-mirror-dr-test',
        'jfs-mounted',
        'log-wrap',
        'long-lv-names',
        'metro-mirror-dr',
        'metro-mirror-refresh',
        'mountguard-copy',
        'new-target-luns',
        'oracle-backup-mode',
        'other-host-importvg',
        'raw-lv-database',
        'refresh-copy',
        'retire-copy',
        'shared-log',
        'storage-fails-during-copy',
        'svc-freeze-prepare',
        'svc-global-mirror-dr-test',
        'svc-refresh',
        'two-copies',
      ].sort(),
    );
  });

  for (const { name } of listScenarios())
    it(
      traps[name]
        ? `${name}: the plan stops at the trap (${traps[name]})`
        : stoppedByFault[name]
          ? `${name}: the script stops at the injected fault and gives production back`
          : `${name}: the script reaches the goal`,
      async () => {
        const planned = await planFor(name);
        const blockers = planned.result.findings.filter((f) => f.severity === 'blocker').map((f) => f.id);
        if (traps[name]) {
          expect(blockers).toContain(traps[name]);
          expect(planned.result.outputs).toBeUndefined();
          return;
        }
        expect(blockers).toEqual([]);
        const rehearsal = await rehearse(name, planned);
        if (stoppedByFault[name]) {
          expect(rehearsal.reached).toBe(false);
          expect(rehearsal.transcript).toContain(stoppedByFault[name]);
          expect(rehearsal.source.filter((line) => line.includes(' (was '))).toEqual([]);
          return;
        }
        expect(rehearsal.verdict).toBe(`goal reached: ${loadScenario(name)?.goal}`);
        expect(rehearsal.reached).toBe(true);
        expect(rehearsal.transcript).toMatch(/end of run, exit code 0; log: \/var\/tmp\/vgcopy-\S+\.log\n$/);
      },
      TIMEOUT,
    );
});

describe('an SVC group prepared inside the freeze', () => {
  it(
    'lets the cache flush outlast the freeze: the rehearsal of that order fails at the thaw',
    async () => {
      const planned = await planFor('svc-freeze-prepare');
      const script = planned.result.outputs?.script ?? '';
      // The planned order prepares first (step 5); the wrong order leaves that out and prepares in the start.
      expect(script).toContain('\nstep_5_svc_prepare\n');
      const wrong = script
        .replace('\nstep_5_svc_prepare\n', '\n')
        .replaceAll("'startfcconsistgrp' 'fccg_datavg'", "'startfcconsistgrp' '-prep' 'fccg_datavg'");
      const rehearsal = await simulatorScenarios.rehearse(
        'svc-freeze-prepare',
        wrong,
        planned.facts.newVg.name,
        stepAnswers(planned.result.plan.steps, 'cli'),
      );
      expect(rehearsal.verdict).toBe(
        'goal not reached: the freeze of /dev/datalv at 2025-07-14T10:01:00Z timed out (J2_FREEZE_TIMEOUT): writes went on before the copy was taken; the freeze of /dev/archlv at 2025-07-14T10:01:00Z timed out (J2_FREEZE_TIMEOUT): writes went on before the copy was taken',
      );
      // 100 seconds of cache flush after a 60-second freeze: AIX ended the freeze, and the thaw fails.
      expect(rehearsal.transcript).toContain(
        '+ svctask startfcconsistgrp -prep fccg_datavg\n2025-07-14 10:01:40 ',
      );
      expect(rehearsal.transcript).toContain(
        'chfs: Cannot thaw /data: A system call received a parameter that is not valid.\n',
      );
    },
    TIMEOUT,
  );
});

describe('the Global Mirror DR test', () => {
  it(
    'leaves production running: pausegmir, failover, the journals restored, importvg; the return is its own step',
    async () => {
      const planned = await planFor('global-mirror-dr-test');
      expect(planned.facts.copy.method).toBe('global-mirror');
      const steps = planned.result.plan.steps;
      expect(steps.map((s) => `${s.owner}: ${s.id}`)).toEqual([
        'storage: storage-setup',
        'aix: cfgmgr',
        'aix: check-target-disks',
        'storage: take-copy',
        'storage: failover-secondaries',
        'storage: restore-journal',
        'aix: importvg',
        'aix: varyonvg',
        'aix: logredo',
        'aix: fsck',
        'aix: mount-copy',
        'aix: verify-copy',
        'application: application-check',
        'aix: next-refresh',
        'storage: return-mirror',
      ]);
      const L = 'IBM.2107-75ABCD1';
      const R = 'IBM.2107-75WXYZ1';
      const byId = (id: string) => steps.find((s) => s.id === id)!;
      expect(
        ['take-copy', 'failover-secondaries', 'restore-journal', 'return-mirror'].map(
          (id) => byId(id).commands,
        ),
      ).toEqual([
        [`pausegmir -dev ${L} -lss 10 -session 01`],
        [`failoverpprc -dev ${R} -remotedev ${L} -type gcp 2000:1000 2001:1001`],
        [
          `lsflash -dev ${R} -l 2000:2100 2001:2101`,
          `reverseflash -dev ${R} -fast -tgtpprc 2000:2100 2001:2101`,
        ],
        [
          `failbackpprc -dev ${L} -remotedev ${R} -type gcp 1000:2000 1001:2001`,
          `mkflash -dev ${R} -tgtinhibit -record -persist -nocp 2000:2100 2001:2101`,
          `resumegmir -dev ${L} -lss 10 -session 01`,
          `lspprc -dev ${L} -remotedev ${R} 1000:2000 1001:2001`,
        ],
      ]);
      // Undone newest first should the run stop before importvg: journals again, failback, resume.
      expect(
        ['take-copy', 'failover-secondaries', 'restore-journal'].map(
          (id) => byId(id).storageUndo?.undo.commands,
        ),
      ).toEqual([
        [`resumegmir -dev ${L} -lss 10 -session 01`],
        [
          `failbackpprc -dev ${L} -remotedev ${R} -type gcp 1000:2000 1001:2001`,
          `resumegmir -dev ${L} -lss 10 -session 01`,
        ],
        [`mkflash -dev ${R} -tgtinhibit -record -persist -nocp 2000:2100 2001:2101`],
      ]);
    },
    TIMEOUT,
  );
});

describe('the preflight stops a script on a host that is not as planned', () => {
  it(
    'refuses to re-create a VG whose name is already in the ODM',
    async () => {
      // The facts lost the host's inventory, so the checks cannot see that rootvg is taken: the host can.
      const planned = await planFor('first-flashcopy', (facts) => {
        facts.host = undefined;
        facts.newVg.name = 'rootvg';
      });
      expect(planned.result.findings.filter((f) => f.severity === 'blocker')).toEqual([]);
      const rehearsal = await rehearse('first-flashcopy', planned);
      expect(rehearsal.reached).toBe(false);
      expect(rehearsal.transcript).toContain(
        'STOP (exit 2): preflight: a VG named rootvg is already in the ODM; nothing was changed\n',
      );
    },
    TIMEOUT,
  );

  it(
    'refuses importvg on the host that holds the source VG',
    async () => {
      const planned = await planFor('other-host-importvg');
      const rehearsal = await rehearse('first-flashcopy', planned);
      expect(rehearsal.transcript).toContain(
        'STOP (exit 2): preflight: the source VG datavg is defined on this host; the plan expects it elsewhere (importvg would fail); nothing was changed\n',
      );
    },
    TIMEOUT,
  );
});

describe('the duplicate-PVID trap, way b: the source is varied off around cfgmgr', () => {
  it(
    'brings up the existing copy and gives the source back as it was',
    async () => {
      const planned = await planFor('duplicate-pvid-trap', (facts) => {
        facts.targets.varyOffSourceForCfgmgr = true;
      });
      expect(planned.result.findings.filter((f) => f.severity === 'blocker')).toEqual([]);
      expect(planned.result.plan.steps.map((s) => `${s.owner}: ${s.id}`)).toEqual([
        'aix: unmount-source-for-cfgmgr',
        'aix: varyoff-source',
        'aix: cfgmgr-after-copy',
        'aix: check-copy-disks',
        'aix: recreatevg',
        'aix: varyon-source',
        'aix: remount-source-after-cfgmgr',
        'aix: varyonvg',
        'aix: fsck',
        'aix: mount-copy',
        'aix: verify-copy',
        'aix: next-refresh',
      ]);
      const rehearsal = await rehearse('duplicate-pvid-trap', planned);
      expect(rehearsal.verdict).toBe(`goal reached: ${loadScenario('duplicate-pvid-trap')?.goal}`);
      // The source is down from the varyoffvg until recreatevg has given the copy its own PVIDs.
      expect(
        rehearsal.transcript
          .match(/^.{20}(\+ (?:varyoffvg|cfgmgr|recreatevg|varyonvg|mount)\b.*)$/gm)
          ?.map((l) => l.slice(20)),
      ).toEqual([
        '+ varyoffvg datavg',
        '+ cfgmgr',
        '+ recreatevg -y flashcopyvg -Y fs -L /fs hdisk3 hdisk4',
        '+ varyonvg datavg',
        '+ mount /data',
        '+ mount /arch',
        '+ mount /fs/data',
        '+ mount /fs/arch',
      ]);
      expect(rehearsal.transcript).toMatch(
        /end of run, exit code 0; log: \/var\/tmp\/vgcopy-flashcopyvg\.log\n$/,
      );
    },
    TIMEOUT,
  );

  it(
    'stops in the preflight where the admin varied datavg on again by hand before recreatevg (DUPPVID)',
    async () => {
      const planned = await planFor('duplicate-pvid-trap', (facts) => {
        facts.targets.varyOffSourceForCfgmgr = true;
      });
      const scenario = loadScenario('duplicate-pvid-trap');
      if (!scenario) throw new Error('no duplicate-pvid-trap scenario');
      const world = await createWorld(scenario);
      const shell = createWorldShell(world);
      // The copy disks configured while datavg was off, then datavg back on: two disks carry each PVID.
      const byHand = await shell.run(
        'umount /data; umount /arch; varyoffvg datavg; cfgmgr; varyonvg datavg; mount /data; mount /arch',
      );
      expect([byHand.stdout, byHand.stderr, byHand.exitCode]).toEqual([
        'PV Status:  \thdisk1\t005f59a8b8a081bc\tDUPPVID\n            \thdisk2\t005f59a8cfd24524\tDUPPVID\n',
        'varyonvg: Volume group datavg is varied on.\n',
        0,
      ]);
      const before = worldState(world);
      const { run } = await rehearseAndJudge(world, planned.result.outputs?.script ?? '', {
        goal: { sourceVg: 'datavg', copyVg: planned.facts.newVg.name },
        session: shell,
      });
      expect(run.exitCode).toBe(2);
      expect(run.stdout).toContain(
        'STOP (exit 2): preflight: hdisk3 belongs to VG datavg; it must be a target LUN of this copy; nothing was changed\n',
      );
      expect(worldState(world)).toEqual(before);
    },
    TIMEOUT,
  );
});
