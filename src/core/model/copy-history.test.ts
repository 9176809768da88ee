import { describe, expect, it } from 'vitest';
import { evaluate } from '../engine';
import { asRefresh, exampleFacts, withLogVg } from '../test-support/facts';
import { copyHistorySchema } from './copy-history-schema';
import { lastNightsRun, readBackAt } from '../test-support/copy-history';
import { fromHistory, historyEntry, withEntry } from './copy-history';

const run = lastNightsRun;
const readAt = readBackAt;

/** DB2's data in datavg, its logs in logvg: one copy set. */
const set = () => exampleFacts(withLogVg);

describe('the copy’s history', () => {
  it('records a completed run: when, which script, on which host, each VG’s copy and its target LUNs', () => {
    expect(historyEntry(run, set(), readAt)).toEqual({
      startedAt: '2026-12-05T22:00:03',
      endedAt: '2026-12-05T22:04:10',
      sha256: 'a'.repeat(64),
      version: '0.4.0',
      host: 'aixprod01',
      mode: 'first',
      copies: [
        {
          sourceVg: 'datavg',
          vgName: 'flashcopyvg',
          lvPrefix: 'fc',
          mountPrefix: '/fc',
          disks: [
            { hdisk: 'hdisk10', storageVolume: '1100', sourceDisk: 'hdisk4', sourceStorageVolume: '1000' },
            { hdisk: 'hdisk11', storageVolume: '1101', sourceDisk: 'hdisk5', sourceStorageVolume: '1001' },
            { hdisk: 'hdisk12', storageVolume: '1102', sourceDisk: 'hdisk6', sourceStorageVolume: '1002' },
          ],
        },
        {
          sourceVg: 'logvg',
          vgName: 'logcopyvg',
          lvPrefix: 'fc',
          mountPrefix: '/fc',
          disks: [
            { hdisk: 'hdisk13', storageVolume: '1103', sourceDisk: 'hdisk7', sourceStorageVolume: '1003' },
          ],
        },
      ],
      readAt,
    });
  });

  it('records nothing for a run that failed, was stopped, whose log ends before its end or names no host', () => {
    expect([
      historyEntry({ ...run, exitCode: 3 }, set(), readAt),
      historyEntry({ ...run, exitCode: null, endedAt: null }, set(), readAt),
      // A log naming no host a script could be given again.
      historyEntry({ ...run, host: 'aixprod01;reboot' }, set(), readAt),
    ]).toEqual([undefined, undefined, undefined]);
  });

  it('keeps a run read back twice once, and the next run after it', () => {
    const first = historyEntry(run, set(), readAt)!;
    const next = historyEntry(
      { ...run, sha256: 'b'.repeat(64), startedAt: '2026-12-06T22:00:00' },
      set(),
      readAt,
    )!;
    expect(withEntry(withEntry(withEntry([], first), first), next)).toEqual([first, next]);
  });

  it('refuses an entry whose names a script must not see, as the server does', () => {
    const entry = historyEntry(run, set(), readAt)!;
    const hostile = { ...entry, copies: [{ ...entry.copies[0]!, vgName: 'x;rm -rf /' }] };
    expect(copyHistorySchema.safeParse([hostile]).success).toBe(false);
  });
});

describe('a runbook started from the history', () => {
  it('refreshes every VG of the set from the copies the last run left, onto the LUNs that hold them', () => {
    const facts = set();
    // Since the run, the runbook was edited to other target LUNs for the log VG: the history says
    // where the copy really is.
    const ran = historyEntry(run, facts, readAt)!;
    facts.targets.luns[3] = { ...facts.targets.luns[3]!, name: 'hdisk20', storageVolume: '1200' };
    const refresh = fromHistory(facts, [ran], 'refresh')!;
    expect({
      mode: refresh.mode,
      existingCopy: refresh.existingCopy,
      more: refresh.moreVgs.map((m) => m.existingCopy),
      luns: refresh.targets.luns.map((l) => `${l.sourceDisk}>${l.name}:${l.storageVolume}`),
      configuredBeforeCopy: refresh.targets.configuredBeforeCopy,
    }).toEqual({
      mode: 'refresh',
      // The old copy is the one the run left, as a refresh of the example names it.
      existingCopy: exampleFacts(asRefresh).existingCopy,
      more: [{ vgName: 'logcopyvg', disks: ['hdisk13'], variedOn: true, mounted: true }],
      luns: ['hdisk4>hdisk10:1100', 'hdisk5>hdisk11:1101', 'hdisk6>hdisk12:1102', 'hdisk7>hdisk13:1103'],
      configuredBeforeCopy: true,
    });
    // The refresh runbook plans: both old copies retired, the copy taken again onto the same LUNs.
    const result = evaluate(refresh, { generatedAt: '2026-12-06T09:00:00Z', version: '0.4.0' });
    expect(result.findings.filter((f) => f.severity === 'blocker')).toEqual([]);
    expect(result.plan.steps.filter((s) => s.action.kind === 'exportvg').map((s) => s.commands)).toEqual([
      ['exportvg flashcopyvg'],
      ['exportvg logcopyvg'],
    ]);
  });

  it('starts nothing without a recorded copy, or when the set’s VGs are not those the run copied', () => {
    const ran = historyEntry(run, exampleFacts(), readAt)!;
    expect([fromHistory(set(), [], 'refresh'), fromHistory(set(), [ran], 'refresh')]).toEqual([
      undefined,
      undefined,
    ]);
  });

  it('retires the copy the last run left: named by the history, its VG id and the unmount asked on the Start page', () => {
    const ran = historyEntry(run, exampleFacts(), readAt)!;
    const retire = fromHistory(exampleFacts(), [ran], 'retire')!;
    expect({
      mode: retire.mode,
      copyVg: retire.newVg.name,
      existingCopy: retire.existingCopy,
      luns: retire.targets.luns.map((l) => `${l.sourceDisk}>${l.name}:${l.storageVolume}`),
      findings: evaluate(retire, { generatedAt: '2026-12-06T09:00:00Z', version: '0.4.0' }).findings.map(
        (f) => `${f.severity} ${f.field}`,
      ),
    }).toEqual({
      mode: 'retire',
      copyVg: 'flashcopyvg',
      existingCopy: {
        vgName: 'flashcopyvg',
        disks: ['hdisk10', 'hdisk11', 'hdisk12'],
        variedOn: true,
        mounted: true,
      },
      luns: ['hdisk4>hdisk10:1100', 'hdisk5>hdisk11:1101', 'hdisk6>hdisk12:1102'],
      // What the host shows today (lsvg, lspv, lsvg -l of the copy), the unmount and the storage's volume
      // group are asked, not taken from the history: no script until they are given.
      findings: [
        'blocker existingCopy.vgId',
        'blocker host.disks',
        'blocker existingCopy.mayUnmount',
        'blocker existingCopy.mountPoints',
        'blocker storage.hostVolumeGroup',
      ],
    });
  });

  it('starts neither a refresh nor a retire once a retire run removed the copy', () => {
    const ran = historyEntry(run, exampleFacts(), readAt)!;
    const retired = historyEntry(
      { ...run, sha256: 'b'.repeat(64), startedAt: '2026-12-06T22:00:00' },
      fromHistory(exampleFacts(), [ran], 'retire')!,
      readAt,
    )!;
    expect([
      retired.mode,
      fromHistory(exampleFacts(), [ran, retired], 'refresh'),
      fromHistory(exampleFacts(), [ran, retired], 'retire'),
    ]).toEqual(['retire', undefined, undefined]);
  });
});
