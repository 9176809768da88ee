/**
 * The defect this guards: with the source VG varied off by the admin beforehand, the script unmounted and
 * remounted its file systems, and `mount /data` failed on the varied-off VG (exit 3). Rehearsed in the
 * facts' twin (the simulator's copy of the host), as src/core/twin-rehearsal.test.ts does: the script
 * must reach its goal and leave the source as it was.
 */
import { describe, expect, it } from 'vitest';
import type { Facts } from '../model/facts';
import { sampleFacts } from '../model/sample';
import { asRefresh } from '../test-support/facts';
import { rehearseInTwin } from '../test-support/rehearse-in-twin';

/** Rehearses `change(sample)` in its twin (storage CLI, `-y`, pauses answered). */
function rehearse(change: (f: Facts) => void) {
  const facts = sampleFacts();
  change(facts);
  return rehearseInTwin(facts);
}

/**
 * The source as the collector reports it once varied off: no file system of it mounted (a mounted one on a
 * varied-off VG is a contradiction the checks refuse).
 */
function variedOff(f: Facts): void {
  f.sourceOnHost.variedOn = false;
  f.sourceVg.fileSystems = f.sourceVg.fileSystems.map((fs) => ({ ...fs, mounted: false }));
}

/** One VG as the end of a run shows it: varied on, and which of its file systems are mounted where. */
function picture(state: Awaited<ReturnType<typeof rehearse>>['after'], vg: string) {
  return {
    variedOn: state.vgs.find((v) => v.name === vg)?.variedOn ?? null,
    mounted: state.fileSystems.filter((f) => f.vg === vg && f.mounted).map((f) => f.mountPoint),
  };
}

describe('a source varied off beforehand, rehearsed in its twin', () => {
  it('copies it with no unmount or mount of the source, configures the copy at once, and ends with exit 0', async () => {
    const { findings, run, before, after } = await rehearse((f) => {
      variedOff(f);
      f.targets.configuredBeforeCopy = false;
    });
    // No duplicate-PVID finding: a varied-off source holds no PVID cfgmgr would refuse.
    expect(findings.map((f) => f.id)).toEqual([]);
    expect([run.stderr, run.exitCode]).toEqual(['', 0]);
    expect(run.stdout).not.toMatch(/\+ u?mount \/(data|app)\n/);
    expect(run.stdout).toContain('+ recreatevg -y flashcopyvg -Y fc -L /fc hdisk10 hdisk11 hdisk12\n');
    expect(picture(before, 'datavg')).toEqual({ variedOn: false, mounted: [] });
    expect(picture(after, 'datavg')).toEqual({ variedOn: false, mounted: [] });
    expect(picture(after, 'flashcopyvg')).toEqual({ variedOn: true, mounted: ['/fc/data', '/fc/app'] });
  }, 60_000);

  it('a refresh with the source varied off: the old copy is retired and the new one brought up, the source untouched', async () => {
    const { findings, run, before, after } = await rehearse((f) => {
      variedOff(f);
      asRefresh(f);
    });
    expect(findings.map((f) => f.id)).toEqual([]);
    expect([run.stderr, run.exitCode]).toEqual(['', 0]);
    expect(run.stdout).not.toMatch(/\+ u?mount \/(data|app)\n/);
    expect(run.stdout).toContain('+ exportvg flashcopyvg\n');
    expect(picture(after, 'datavg')).toEqual(picture(before, 'datavg'));
    expect(picture(after, 'flashcopyvg')).toEqual({ variedOn: true, mounted: ['/fc/data', '/fc/app'] });
  }, 60_000);

  it('a source on another host: its admin unmounts and mounts it there, this host only brings up the copy', async () => {
    const { findings, run, after } = await rehearse((f) => {
      f.sourceOnHost = { present: false, variedOn: false, otherCopies: [] };
      f.targets.configuredBeforeCopy = false;
    });
    expect(findings.map((f) => f.id)).toEqual([]);
    expect([run.stderr, run.exitCode]).toEqual(['', 0]);
    // The only mounts on this host are the copy's (importvg keeps the names); the source's are paused for.
    expect(run.stdout.match(/\+ u?mount \/\w+\n/g)).toEqual(['+ mount /data\n', '+ mount /app\n']);
    expect(run.stdout).toContain('+ importvg -y flashcopyvg hdisk10\n');
    expect(picture(after, 'datavg')).toEqual({ variedOn: null, mounted: [] });
    expect(picture(after, 'flashcopyvg')).toEqual({ variedOn: true, mounted: ['/data', '/app'] });
  }, 60_000);
});
