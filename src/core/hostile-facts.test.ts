/**
 * Hostile runbook values, as a test: every string field of the facts (found by walking a full runbook, and
 * checked against the schema so a field added later is walked too) gets hostile values: line breaks, quotes,
 * `$(...)`, backticks, `;`, leading dashes, `..`, NUL and other control characters, long values, and random
 * mixes of them. For each, either the schema refuses it at that field, or the scripts written from it pass
 * shellcheck, and running them for real (ksh -n, ksh -h, and every step with stub AIX and storage commands)
 * creates nothing: the marker file each value tries to create does not exist afterwards.
 * docs/script-safety.md says what this proves.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { asOwner } from './plan/as-owner';
import { evaluate } from './engine';
import { type Facts, factsSchema } from './model/facts';
import { asRefresh, asSvcCopy, exampleFacts, withLogVg } from './test-support/facts';
import { asRetire, copyVgId } from './test-support/retire';
import { shellcheckKsh } from './test-support/script-validation';
import { runKsh, stubHost } from './test-support/stub-host';
import { storageMode } from './write/ksh-script';
import { pauseAnswers } from './write/ksh-steps';

const meta = { generatedAt: '2026-11-25T13:00:00Z', version: '0.1.0' };
const root = mkdtempSync(join(tmpdir(), 'vgcopy-hostile-'));
const marker = join(root, 'pwned');
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A runbook with every optional string given: DS8000 FlashCopy run by the script, a live DB2 beside it. */
function fullFacts(change: (f: Facts) => void = () => {}): Facts {
  return exampleFacts((f) => {
    f.consistency.approach = 'freeze-and-consistency-group';
    f.sourceOnHost.otherCopies = [
      { vgName: 'fcold', variedOn: false, disks: ['hdisk20'], lvPrefix: 'old', mountPrefix: '/old' },
    ];
    f.existingCopy = {
      vgName: 'flashcopyvg',
      disks: ['hdisk10'],
      variedOn: false,
      mounted: false,
      vgId: copyVgId,
      mountPoints: ['/fc/data'],
      openLvs: ['fcrawlv'],
    };
    f.applications = [
      {
        kind: 'db2',
        name: 'PRD',
        owner: 'db2inst1',
        running: true,
        crashRecoverable: true,
        hotBackupStart: 'db2 set write suspend for database',
        hotBackupEnd: 'db2 set write resume for database',
        stopCommand: 'db2stop',
        startCommand: 'db2start',
        fileSystems: ['/data'],
      },
    ];
    f.host = {
      vgs: ['rootvg', 'datavg'],
      activeVgs: ['rootvg', 'datavg'],
      disks: [
        {
          name: 'hdisk0',
          pvid: '00c8d3e4a1b2c3f0',
          vg: 'rootvg',
          vgState: 'active',
          status: 'Available',
          description: 'MPIO IBM 2107 FC Disk',
        },
      ],
      lvNames: ['hd4', 'hd2'],
      mountPoints: ['/', '/usr', '/data', '/app'],
      pagingSpaces: [{ name: 'hd6', disk: 'hdisk0', vg: 'rootvg', active: true }],
    };
    f.storage = {
      storageImage: 'IBM.2107-75ABCD1',
      remoteStorageImage: 'IBM.2107-75WXYZ1',
      remoteWwnn: '5005076303FFD9A4',
      pprcPorts: 'I0001:I0101',
      consistencyGroup: 'fccg_datavg',
      rcConsistencyGroup: 'rccg_datavg',
      commands: 'cli',
      dscliProfile: '/opt/ibm/dscli/profile/dscli.profile',
      svcHost: 'superuser@svc01',
      mirrorSecondary: 'failover',
      gmSession: '01',
      gmMasterLss: '10',
      hostVolumeGroup: 'V11',
      hostObject: 'aixprod01',
    };
    f.targets.luns = f.targets.luns.map((l, i) => ({ ...l, journalVolume: (0x2100 + i).toString(16) }));
    change(f);
  });
}

/** The runbooks a field is fuzzed in: the full one, or the one where the field reaches the script. */
const bases = {
  full: fullFacts(),
  svc: fullFacts((f) => {
    f.copy.storage = 'svc';
    f.targets.luns = f.targets.luns.map((l, i) => ({
      ...l,
      storageVolume: `fc_d${i}`,
      sourceStorageVolume: `prd_d${i}`,
    }));
  }),
  // Global Mirror's ids reach its DS CLI lines (pausegmir, reverseflash).
  gm: fullFacts((f) => {
    f.copy.method = 'global-mirror';
  }),
  // Way b of the duplicate-PVID trap stops and starts the applications: their commands reach the script.
  outage: fullFacts((f) => {
    f.consistency.approach = 'unmount';
    f.targets.configuredBeforeCopy = false;
    f.targets.varyOffSourceForCfgmgr = true;
  }),
  refresh: fullFacts((f) => {
    asRefresh(f);
  }),
  // A retire's own fields reach its preflight and steps (the VG id, PVIDs, mount points, the unmapping).
  retire: fullFacts((f) => {
    asRetire(f);
    f.existingCopy!.openLvs = ['fcrawlv'];
  }),
  svcRetire: fullFacts((f) => {
    asSvcCopy(f);
    asRetire(f);
  }),
  // A copy set, logvg beside datavg, its further VG with every optional string of its own given: the
  // fields of a member are the first VG's again, so they are shaped alike and refused alike.
  set: fullFacts((f) => {
    withLogVg(f);
    f.moreVgs[0].sourceOnHost = {
      ...f.sourceOnHost,
      otherCopies: [
        { vgName: 'logold', variedOn: false, disks: ['hdisk21'], lvPrefix: 'old', mountPrefix: '/old' },
      ],
    };
    f.moreVgs[0].existingCopy = {
      vgName: 'logcopyvg',
      disks: ['hdisk13'],
      variedOn: false,
      mounted: false,
      vgId: copyVgId,
      mountPoints: ['/fc/logs'],
      openLvs: ['fcrawlv'],
    };
  }),
};

function baseOf(path: string): keyof typeof bases {
  if (path === 'storage.svcHost' || path === 'storage.consistencyGroup') return 'svc';
  if (path.endsWith('.stopCommand') || path.endsWith('.startCommand')) return 'outage';
  if (path.startsWith('moreVgs.')) return 'set';
  if (/^existingCopy\.(vgId|mountPoints|openLvs)|^host\.pagingSpaces|^storage\.hostVolumeGroup/.test(path))
    return 'retire';
  if (path === 'storage.hostObject') return 'svcRetire';
  if (path.startsWith('existingCopy.')) return 'refresh';
  if (path.startsWith('storage.gm') || path.endsWith('.journalVolume')) return 'gm';
  return 'full';
}

/** Paths of every string in a value ('sourceVg.disks.0.name'). */
function stringPaths(value: unknown, path: string[] = []): string[] {
  if (typeof value === 'string') return [path.join('.')];
  if (Array.isArray(value)) return value.flatMap((v, i) => stringPaths(v, [...path, String(i)]));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => stringPaths(v, [...path, k]));
  return [];
}

interface SchemaDef {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  options?: z.ZodType[];
}

/** Paths of every string (or enum) field the schema defines, array items as `0`. */
function schemaStringPaths(schema: z.ZodType, path: string[] = []): string[] {
  const def = (schema as unknown as { _zod: { def: SchemaDef } })._zod.def;
  if (def.type === 'string' || def.type === 'enum') return [path.join('.')];
  if (def.type === 'object')
    return Object.entries(def.shape ?? {}).flatMap(([k, s]) => schemaStringPaths(s, [...path, k]));
  if (def.type === 'array' && def.element) return schemaStringPaths(def.element, [...path, '0']);
  if (def.innerType) return schemaStringPaths(def.innerType, path);
  return [...new Set((def.options ?? []).flatMap((o) => schemaStringPaths(o, path)))];
}

function setAt(facts: Facts, path: string, value: string): Facts {
  const copy = structuredClone(facts);
  const keys = path.split('.');
  let node = copy as unknown as Record<string, unknown>;
  for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
  node[keys[keys.length - 1]] = value;
  return copy;
}

const fragments = [
  '\n',
  '\r',
  '$(',
  ')',
  '`',
  ';',
  "'",
  '"',
  '-',
  '..',
  '/',
  '\u0000',
  '\u001b',
  ' ',
  '#',
  '\\',
  '&',
  '|',
  'hdisk4',
  `touch ${marker}`,
];
/** The attack's values, then random mixes of its pieces (seeded, so a failure replays). */
const hostileValues = [
  `x\ntouch ${marker}`,
  `x\rtouch ${marker}`,
  `$(touch ${marker})`,
  `\`touch ${marker}\``,
  `x; touch ${marker}`,
  `x && touch ${marker}`,
  `x' ; touch ${marker} ; '`,
  `x"; touch ${marker}; "`,
  `-oProxyCommand=touch ${marker}`,
  '--help',
  '..',
  '.',
  '/fc/..',
  '/data/../../etc',
  `x\u0000; touch ${marker}`,
  `x\u001b]0;\u0007touch ${marker}`,
  `\ttouch ${marker}`,
  `x\u2028touch ${marker}`,
  'a'.repeat(5000),
  ...fc.sample(
    fc.array(fc.constantFrom(...fragments), { minLength: 1, maxLength: 6 }).map((parts) => parts.join('')),
    { numRuns: 8, seed: 9 },
  ),
];

describe('hostile values in every string field of the facts', () => {
  // The further VG's fields are walked in the copy set; every other field in the full runbook.
  const paths = [...stringPaths(bases.full), ...stringPaths(bases.set).filter((p) => baseOf(p) === 'set')];

  it('walks every string field the schema defines (a field added later is fuzzed too)', () => {
    const walked = new Set(paths.map((p) => p.replace(/\.\d+(?=\.|$)/g, '.0')));
    expect(schemaStringPaths(factsSchema).filter((p) => !walked.has(p))).toEqual([]);
    for (const base of [bases.full, bases.set])
      expect(evaluate(base, meta).findings.filter((f) => f.severity === 'blocker')).toEqual([]);
  });

  it('are refused at their field, or give scripts that pass shellcheck and run nothing they carry', () => {
    const unrefused: string[] = [];
    /** The values the schema lets through, by runbook and field. */
    const accepted = new Map<keyof typeof bases, Map<string, string[]>>();
    for (const path of paths)
      for (const value of hostileValues) {
        const parsed = factsSchema.safeParse(setAt(bases[baseOf(path)], path, value));
        if (parsed.success) {
          const byPath = accepted.get(baseOf(path)) ?? new Map<string, string[]>();
          byPath.set(path, [...(byPath.get(path) ?? []), value]);
          accepted.set(baseOf(path), byPath);
        } else if (!parsed.error.issues.some((i) => i.path.join('.') === path))
          unrefused.push(`${path}: ${JSON.stringify(value)}`);
      }
    expect(unrefused).toEqual([]);
    // What the schema lets through is free text by design: the owner's commands, lsdev's description.
    expect([...accepted.values()].flatMap((m) => [...m.keys()]).sort()).toEqual([
      'applications.0.hotBackupEnd',
      'applications.0.hotBackupStart',
      'applications.0.startCommand',
      'applications.0.stopCommand',
      'host.disks.0.description',
    ]);
    // Each run carries the next accepted value of every field at once (shellcheck and ksh are slow to
    // start): every accepted value is in at least one script that is checked and run.
    const runs = [...accepted].flatMap(([base, byPath]) => {
      const count = Math.max(...[...byPath.values()].map((v) => v.length));
      return Array.from({ length: count }, (_, i) => {
        const values = [...byPath].map(([path, v]) => [path, v[i % v.length]] as const);
        const facts = factsSchema.parse(
          values.reduce((f, [path, value]) => setAt(f, path, value), bases[base]),
        );
        const evaluation = evaluate(facts, { ...meta, logDir: root });
        expect(evaluation.findings.filter((f) => f.severity === 'blocker')).toEqual([]);
        return {
          facts,
          plan: evaluation.plan,
          values,
          script: evaluation.outputs?.script ?? '',
          storageScript: evaluation.outputs?.storageScript ?? '',
        };
      });
    });
    const scripts = [...new Set(runs.flatMap((r) => [r.script, r.storageScript]))];
    expect(shellcheckKsh(scripts).filter((c) => c.length > 0)).toEqual([]);
    const problems: string[] = [];
    runs.forEach((r, i) => {
      const host = stubHost(join(root, `run-${i}`), r.facts, r.plan);
      const file = join(host.dir, 'vgcopy.ksh');
      const storageFile = join(host.dir, 'storage.txt');
      writeFileSync(file, r.script);
      writeFileSync(storageFile, r.storageScript);
      const answers = pauseAnswers(r.plan.steps, storageMode(r.facts))
        .map((a) => `${a}\n`)
        .join('');
      const results = {
        '-n': runKsh(host, file, ['-n']),
        '-h': runKsh(host, file, ['-h']),
        'every step': runKsh(host, file, ['-y'], answers),
      };
      // The storage script is read by the storage CLI; run as ksh, it only finds no such commands.
      runKsh(host, storageFile, []);
      const failed = Object.entries(results)
        .filter(([, res]) => res.status !== 0)
        .map(([name, res]) => `${name} exit ${res.status}: ${res.stderr || res.stdout.slice(-300)}`);
      // The owner's commands reach sh only as `sh -c COMMAND`, the command one word, exactly as given and
      // run as its owner (DB2: su - OWNER -c 'COMMAND').
      const owners = r.facts.applications.flatMap((a) =>
        [a.hotBackupStart, a.hotBackupEnd, a.stopCommand, a.startCommand].map((c) => asOwner(a, c ?? '')),
      );
      const badSh = host
        .calls()
        .filter((c) => c[0] === 'sh' && (c.length !== 3 || c[1] !== '-c' || !owners.includes(c[2])));
      if (
        existsSync(marker) ||
        failed.length > 0 ||
        badSh.length > 0 ||
        /^\s*run .*'<[^']*>'/m.test(r.script)
      )
        problems.push(
          `${JSON.stringify(r.values)}: ${[...failed, ...badSh.map((c) => c.join(' '))].join('; ')}`,
        );
      rmSync(marker, { force: true });
    });
    expect(problems).toEqual([]);
  }, 120_000);
});
