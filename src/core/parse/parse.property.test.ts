import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aixReleases, type SourceVg } from '../model/facts';
import { importCollected } from './collected';
import { cutRowMessage } from './parse-lines';
import { parseOutput } from './parse-output';
import { applyOutputs } from './paste-read';
import { runbookFor } from './test-support/facts';
import {
  renderLsattr,
  renderLsdev,
  renderLsfsQ,
  renderLslv,
  renderLspv,
  renderLsvgL,
  renderLsvgP,
  renderMount,
  renderOslevel,
  renderStanzas,
} from './test-support/render';
import { toLines } from './text';
import { outputKinds } from './types';

const name = fc.stringMatching(/^[a-z][a-z0-9_]{0,10}$/);
const pvid = fc.stringMatching(/^[0-9a-f]{16}$/);

/** A random VG as lsvg -l / lspv can show it: unique names, each file system on its own LV with a log of its VG. */
const sourceVg: fc.Arbitrary<SourceVg> = fc
  .record({
    vg: name,
    // hdisk0 is the internal rootvg disk.
    diskNumbers: fc.uniqueArray(fc.integer({ min: 1, max: 99 }), { minLength: 1, maxLength: 6 }),
    pvids: fc.uniqueArray(pvid, { minLength: 6, maxLength: 6 }),
    lvNames: fc.uniqueArray(name, { minLength: 1, maxLength: 10 }),
    // Mount points of AIX's shape: no empty component ("//", a trailing "/").
    mountPoints: fc.uniqueArray(fc.stringMatching(/^(?:\/[a-z][a-z0-9]{0,5}){1,2}$/), {
      minLength: 10,
      maxLength: 10,
    }),
    shape: fc.array(
      fc.record({
        kind: fc.constantFrom('log', 'fs', 'raw'),
        disks: fc.array(fc.nat(5), { minLength: 1, maxLength: 3 }),
        mounted: fc.boolean(),
        inline: fc.boolean(),
      }),
      {
        minLength: 10,
        maxLength: 10,
      },
    ),
  })
  .map(({ vg, diskNumbers, pvids, lvNames, mountPoints, shape }) => {
    const disks = diskNumbers.map((n, i) => ({ name: `hdisk${n}`, pvid: pvids[i] }));
    const lvs = lvNames.map((lvName, i) => {
      const onDisks = [...new Set(shape[i].disks.map((d) => d % disks.length))]
        .sort()
        .map((d) => disks[d].name);
      const type =
        shape[i].kind === 'log'
          ? ('jfs2log' as const)
          : shape[i].kind === 'fs'
            ? ('jfs2' as const)
            : ('raw' as const);
      return {
        name: lvName,
        type,
        ...(type === 'jfs2' ? { mountPoint: mountPoints[i] } : {}),
        disks: onDisks,
      };
    });
    const logs = lvs.filter((lv) => lv.type === 'jfs2log');
    const fileSystems = lvs.flatMap((lv, i) =>
      lv.mountPoint
        ? [
            {
              mountPoint: lv.mountPoint,
              lv: lv.name,
              vfs: 'jfs2' as const,
              log: shape[i].inline || logs.length === 0 ? 'INLINE' : logs[i % logs.length].name,
              // Every case pastes /etc/filesystems, which reads each log.
              logRead: true,
              mounted: shape[i].mounted,
            },
          ]
        : [],
    );
    return { name: vg, type: 'original' as const, disks, lvs, fileSystems };
  });

const aixLevel = fc.record({
  release: fc.constantFrom(...aixReleases),
  technologyLevel: fc.nat(20),
  servicePack: fc.nat(20),
  hasIY66043: fc.constant(false),
});

describe('parsing what AIX prints gives back the facts', () => {
  it('lspv, lsvg -p, lsvg -l, /etc/filesystems, lslv -l and oslevel -s of a random VG, recognised by shape', () => {
    fc.assert(
      fc.property(sourceVg, aixLevel, (vg, aix) => {
        const outputs = [
          renderLspv(vg, 'active'),
          renderLsvgP(vg),
          renderLsvgL(vg),
          renderLslv(vg),
          renderOslevel(aix),
        ];
        if (vg.fileSystems.length > 0) outputs.push(renderStanzas(vg));
        const parsed = outputs.map((text) => parseOutput(text));
        expect(parsed.flatMap((p) => p.errors)).toEqual([]);
        const { facts } = applyOutputs(parsed, runbookFor(vg.name));
        expect(facts.sourceVg).toEqual(vg);
        expect(facts.aix).toEqual(aix);
        expect(facts.sourceOnHost).toEqual({ present: true, variedOn: true, otherCopies: [] });
      }),
      { numRuns: 200 },
    );
  });

  it('lsdev, lsattr, lsfs -q and mount of a random VG on DS8000 or SVC: storage, driver, volumes, logs, mounts', () => {
    const host = fc.record({
      storage: fc.constantFrom('ds8000' as const, 'svc' as const),
      multipath: fc.constantFrom('sddpcm' as const, 'mpio' as const),
      volumes: fc.uniqueArray(fc.stringMatching(/^[0-9A-F]{4}$/), { minLength: 6, maxLength: 6 }),
      uids: fc.uniqueArray(fc.stringMatching(/^600507[0-9A-F]{26}$/), { minLength: 6, maxLength: 6 }),
    });
    fc.assert(
      fc.property(sourceVg, host, (generated, { storage, multipath, volumes, uids }) => {
        const ids = storage === 'ds8000' ? volumes : uids;
        const vg = { ...generated, disks: generated.disks.map((d, i) => ({ ...d, storageVolume: ids[i] })) };
        const outputs = [
          renderLspv(vg, 'active'),
          renderLsvgL(vg),
          renderLsdev(vg, storage, multipath),
          ...vg.disks.map((d) => `# lsattr -El ${d.name}\n${renderLsattr(d, storage)}`),
          renderMount(vg),
        ];
        if (vg.fileSystems.length > 0) outputs.push(renderStanzas(vg), renderLsfsQ(vg));
        const parsed = outputs.map((text) => parseOutput(text));
        expect(parsed.flatMap((p) => p.errors)).toEqual([]);
        const { facts } = applyOutputs(parsed, runbookFor(vg.name));
        expect(facts.sourceVg).toEqual({ ...vg, lvs: vg.lvs.map((lv) => ({ ...lv, disks: [] })) });
        expect([facts.copy.storage, facts.multipath]).toEqual([storage, multipath]);
      }),
      { numRuns: 100 },
    );
  });

  it('one unreadable line of an lspv is reported at that exact line, the other disks are still read', () => {
    fc.assert(
      fc.property(sourceVg, fc.nat(), fc.stringMatching(/^[A-Za-z0-9 :;#=-]{1,30}$/), (vg, at, junk) => {
        const lines = renderLspv(vg, '').split('\n');
        const bad = at % lines.length;
        fc.pre(!/^\S+\s+([0-9a-fA-F]{16}|none)\s+\S+(\s+(active|concurrent))?$/.test(junk.trim()));
        lines[bad] = junk;
        const result = parseOutput(lines.join('\n'), 'lspv');
        // A paste of that one line loses its indentation, as documentation's does.
        const text = lines.length === 1 ? junk.trim() : junk.trimEnd();
        if (text.trim() === '') return;
        // The row above may be the head of a cut row whose tail is the junk: refused with it, never half read.
        const cutAbove =
          result.errors.length === 2 ? [{ line: bad, text: lines[bad - 1], message: cutRowMessage }] : [];
        expect(result.errors).toEqual([
          ...cutAbove,
          { line: bad + 1, text, message: "expected 'hdiskN  PVID|none  VG|None  [active|concurrent]'" },
        ]);
        expect(result.read).toHaveLength(lines.length - 1 - cutAbove.length);
      }),
      { numRuns: 200 },
    );
  });
});

describe('garbage never throws and always names a line', () => {
  const garbage = fc
    .array(
      fc.oneof(
        fc.string({ maxLength: 60 }),
        fc.constantFrom(
          'datavg:',
          'LV NAME',
          '==== begin: lspv',
          'PHYSICAL VOLUME:',
          '# lsvg -l x',
          '  (lv size: 1)',
          '/x:',
          '\tdev = /dev/x',
          '0516-010 : x',
        ),
      ),
      {
        maxLength: 12,
      },
    )
    .map((lines) => lines.join('\n'));

  it('for every parser, by shape or told which command it is', () => {
    fc.assert(
      fc.property(garbage, fc.constantFrom(undefined, ...outputKinds), (text, hint) => {
        const result = parseOutput(text, hint);
        const lines = toLines(text);
        for (const e of result.errors) {
          const line = lines.find((l) => l.n === e.line);
          expect(line?.text ?? '').toBe(e.text);
        }
        if (result.kind === null) expect(result.errors.length).toBeGreaterThan(0);
        expect(() => result.patch(runbookFor('datavg'))).not.toThrow();
      }),
      { numRuns: 500 },
    );
  });

  it('for the collector import', () => {
    fc.assert(
      fc.property(garbage, (text) => {
        const imported = importCollected(`==== vgcopy-collect 1 datavg\n${text}`);
        const lines = toLines(`==== vgcopy-collect 1 datavg\n${text}`);
        for (const e of [...imported.errors, ...imported.sections.flatMap((s) => s.errors)]) {
          expect(lines.some((l) => l.n === e.line && l.text === e.text)).toBe(true);
        }
        expect(imported.errors.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });
});
