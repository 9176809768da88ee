import type { ScenarioInput } from '../schema';
import { aixHost, COPY_HINTS } from './common';

/** DS8000 volume ids of `count` volumes from `first` (hex LLVV). */
function volumeIds(first: number, count: number): string[] {
  return Array.from({ length: count }, (_, i) => (first + i).toString(16).toUpperCase().padStart(4, '0'));
}

const SOURCES = volumeIds(0x1000, 64);
const TARGETS = volumeIds(0x1100, 64);

/** A scalable VG of 64 disks: 32 file systems, each over two LUNs with an inline log. */
export const bigVg: ScenarioInput = {
  formatVersion: 1,
  name: 'big-vg',
  title: 'A scalable VG of 64 disks',
  description:
    'bigvg spans 64 DS8000 LUNs with 32 JFS2 file systems: recreatevg needs every one of the 64 copies.',
  goal: 'Bring up the FlashCopy of bigvg as bigcopyvg with all 32 file systems mounted under /fs.',
  hints: [
    'recreatevg must be given every disk of the copied VG: 64 hdisks. Build the list with lspv and awk rather than typing it.',
    'Configure the 64 target LUNs with cfgmgr before the copy.',
    COPY_HINTS.fsck,
  ],
  seed: 1313,
  storage: {
    flavour: 'ds8000',
    volumes: [...SOURCES, ...TARGETS].map((id) => ({ id, sizeGb: 50, hosts: ['aixbig01'] })),
  },
  hosts: [
    aixHost('aixbig01', {
      vgs: [
        {
          name: 'bigvg',
          disks: SOURCES,
          lvs: Array.from({ length: 32 }, (_, i) => ({
            name: `big${String(i).padStart(2, '0')}lv`,
            type: 'jfs2' as const,
            lps: 1200,
            disks: [2 * i, 2 * i + 1],
          })),
          fileSystems: Array.from({ length: 32 }, (_, i) => ({
            mountPoint: `/big/fs${String(i).padStart(2, '0')}`,
            lv: `big${String(i).padStart(2, '0')}lv`,
            log: 'INLINE',
          })),
        },
      ],
    }),
  ],
  storageSteps: [
    `mkflash -dev IBM.2107-75ABCD1 -freeze -record -persist -nocp ${SOURCES.map((s, i) => `${s}:${TARGETS[i]}`).join(' ')}`,
    'unfreezeflash -dev IBM.2107-75ABCD1 10',
  ],
  sourceVg: 'bigvg',
  expect: { vg: 'bigcopyvg', variedOn: true, mountedUnder: '/fs', sourceUntouched: true },
};
