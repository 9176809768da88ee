/**
 * Starting facts: an empty runbook, and the sample environment of docs/procedure.md's worked example
 * (datavg on three DS8000 LUNs, copied by FlashCopy onto three LUNs configured before the copy).
 */
import type { Facts } from './facts';

/**
 * A new runbook: the most common environment preselected, every name still to be filled in, and every
 * question that decides what happens to production unanswered (docs/unanswered.md).
 */
export function emptyFacts(): Facts {
  return {
    hostname: '',
    aix: { release: '7.2', technologyLevel: 5, hasIY66043: false },
    multipath: 'sddpcm',
    copy: { method: 'flashcopy', storage: 'ds8000', expectedStartSeconds: 10 },
    sourceVg: { name: '', type: 'original', disks: [], lvs: [], fileSystems: [] },
    sourceOnHost: { present: true, variedOn: true, otherCopies: [] },
    mode: 'first',
    targets: { luns: [], configuredBeforeCopy: true },
    newVg: { name: '', lvPrefix: '', mountPrefix: '', access: 'auto' },
    moreVgs: [],
    applications: [],
    consistency: {
      approach: null,
      canUnmount: null,
      consistencyGroup: null,
      freezeTimeoutSeconds: 60,
      acknowledgeUnsupported: false,
    },
    chdevPvSteps: false,
  };
}

/** The sample environment offered on the Start page, to try the wizard without a host. */
export function sampleFacts(): Facts {
  const disks = ['hdisk4', 'hdisk5', 'hdisk6'];
  return {
    ...emptyFacts(),
    hostname: 'aixprod01',
    sourceVg: {
      name: 'datavg',
      type: 'scalable',
      disks: disks.map((name, i) => ({
        name,
        pvid: `00c8d3e4a1b2c3d${i}`,
        storageVolume: `100${i}`,
        sizeMb: 51200,
      })),
      lvs: [
        { name: 'loglv00', type: 'jfs2log', disks: ['hdisk4'] },
        { name: 'datalv', type: 'jfs2', mountPoint: '/data', disks: ['hdisk4', 'hdisk5'] },
        { name: 'applv', type: 'jfs2', mountPoint: '/app', disks: ['hdisk6'] },
      ],
      fileSystems: [
        { mountPoint: '/data', lv: 'datalv', vfs: 'jfs2', log: 'loglv00', mounted: true },
        { mountPoint: '/app', lv: 'applv', vfs: 'jfs2', log: 'INLINE', mounted: true },
      ],
    },
    targets: {
      configuredBeforeCopy: true,
      luns: disks.map((sourceDisk, i) => ({
        name: `hdisk${10 + i}`,
        sourceDisk,
        storageVolume: `110${i}`,
        sourceStorageVolume: `100${i}`,
      })),
    },
    newVg: { name: 'flashcopyvg', lvPrefix: 'fc', mountPrefix: '/fc', access: 'auto' },
    // The sample's answer, given explicitly: its file systems can be unmounted.
    consistency: { approach: 'unmount', freezeTimeoutSeconds: 60, acknowledgeUnsupported: false },
    // Every DS CLI command names the box (-dev), as lssi shows it: the storage admin's text must be complete.
    storage: ds8000Storage(),
  };
}

type StorageDetails = NonNullable<Facts['storage']>;

/**
 * Storage details of a DS8000 runbook: the box's storage image id as lssi shows it, every other field as
 * the schema defaults it, then `details`. Written out, not parsed by the schema: this module loads with
 * the first page, and zod is set up by the page (src/app/zod-without-eval.ts) only after its imports ran.
 */
export function ds8000Storage(details: Partial<StorageDetails> = {}): StorageDetails {
  return {
    storageImage: 'IBM.2107-75ABCD1',
    remoteStorageImage: '',
    remoteWwnn: '',
    pprcPorts: '',
    consistencyGroup: '',
    rcConsistencyGroup: '',
    commands: 'pause',
    dscliProfile: '',
    svcHost: '',
    mirrorSecondary: 'failover',
    ...details,
  };
}
