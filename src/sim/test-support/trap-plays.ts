/**
 * Each built-in scenario's traps played on purpose, as data: the lines a trainee types, and the checks the
 * grade misses (the trap's among them). The grader's tests expect each to fail with the lesson naming it.
 */
import { db2SuspendedAround, L, R, referenceSolutions, retireCopyFlash, typed } from './reference-solutions';

const solution = (name: string) => (referenceSolutions[name] ?? []).map(typed);
/** The scenario's solution without the given lines. */
const without = (name: string, ...drop: string[]) => solution(name).filter((l) => !drop.includes(l));
/** The scenario's solution with `line` typed before the first line starting with `before`. */
const inserted = (name: string, before: string, line: string) =>
  solution(name).flatMap((l) => (l.startsWith(before) ? [line, l] : [l]));
/** The scenario's solution with each line starting with `from` replaced by `to`. */
const replaced = (name: string, from: string, to: string) =>
  solution(name).map((l) => (l.startsWith(from) ? to : l));

/** LUNs 1000 and 1001 flashed one after the other, five seconds apart, while writes go on: a torn copy. */
const oneByOne = [
  'sleep 30',
  `storage:mkflash -dev ${L} -record -persist -nocp 1000:1100`,
  'sleep 5',
  `storage:mkflash -dev ${L} -record -persist -nocp 1001:1101`,
];
const goalMissed = ['copy-varied-on', 'mounted /fs/data', 'mounted /fs/arch', 'copy-usable'];

/** One VG of db2-two-vgs copied on its own (a runbook per VG): its file system and its LUN, at its own instant. */
const db2OneVgCopied = (mountPoint: string, pair: string) =>
  db2SuspendedAround(
    [mountPoint],
    [`dscli mkflash -dev ${L} -freeze -record -persist -nocp ${pair}`, `dscli unfreezeflash -dev ${L} 10`],
  );

/** A trap played on purpose: the lines, and the ids of the checks missed (the trap's among them). */
export interface TrapPlay {
  scenario: string;
  trap: string;
  lines: string[];
  missed: string[];
  timeMoves?: boolean;
}

export const trapPlays: TrapPlay[] = [
  {
    scenario: 'first-flashcopy',
    trap: 'cfgmgr after the copy, datavg varied on',
    lines: ['storage-button', 'cfgmgr'],
    missed: [...goalMissed, 'cfgmgr-with-source-varied-on'],
  },
  {
    scenario: 'first-flashcopy',
    trap: 'no thaw',
    lines: without('first-flashcopy', 'chfs -a freeze=off /data', 'chfs -a freeze=off /arch'),
    missed: ['forgot-thaw'],
  },
  {
    scenario: 'duplicate-pvid-trap',
    trap: 'cfgmgr while datavg is varied on',
    lines: ['cfgmgr', ...solution('duplicate-pvid-trap')],
    missed: ['cfgmgr-with-source-varied-on'],
  },
  {
    scenario: 'refresh-copy',
    trap: 'the old copy not exported: recreatevg meets 0516-360',
    lines: without('refresh-copy', 'exportvg flashcopyvg'),
    missed: ['copy-varied-on', 'mounted /fs/data', 'mounted /fs/arch'],
  },
  {
    scenario: 'new-target-luns',
    trap: 'the new LUNs configured after the copy',
    lines: without('new-target-luns', 'cfgmgr').flatMap((l) =>
      l.startsWith('recreatevg') ? ['cfgmgr', l] : [l],
    ),
    missed: [...goalMissed, 'cfgmgr-with-source-varied-on'],
  },
  {
    scenario: 'db2-freeze-thaw',
    trap: 'no write suspend',
    lines: without(
      'db2-freeze-thaw',
      "su - db2inst1 -c 'db2 set write suspend for database'",
      "su - db2inst1 -c 'db2 set write resume for database'",
    ),
    missed: ['app-mode-during-copy PRD'],
  },
  {
    scenario: 'db2-two-vgs',
    trap: 'the two VGs copied at two instants, DB2 writing between',
    lines: [
      'cfgmgr',
      ...db2OneVgCopied('/db2/PRD/log', '1001:1101'),
      'sleep 120',
      ...db2OneVgCopied('/db2/PRD/data', '1000:1100'),
      ...solution('db2-two-vgs').slice(-6),
    ],
    missed: ['copy-usable'],
  },
  {
    scenario: 'oracle-backup-mode',
    trap: 'no backup mode, no freeze',
    lines: [
      'cfgmgr',
      'storage-button',
      'recreatevg -y oracopyvg hdisk3 hdisk4',
      ...solution('oracle-backup-mode').slice(-2),
    ],
    missed: ['app-mode-during-copy PRD'],
  },
  {
    scenario: 'jfs-mounted',
    trap: 'LUNs flashed one by one while the batch writes, mounted without fsck',
    lines: [
      'cfgmgr',
      ...oneByOne,
      'recreatevg -y appcopyvg hdisk3 hdisk4',
      'mount /fs/app',
      'mount /fs/spool',
    ],
    missed: ['copy-usable', 'mount-before-fsck', 'used-damaged-copy'],
  },
  {
    scenario: 'shared-log',
    trap: 'the two LUNs sharing a log copied apart',
    lines: [
      'cfgmgr',
      ...oneByOne,
      'recreatevg -y sharedcopyvg hdisk3 hdisk4',
      'logredo /dev/fsloglv00',
      'fsck -y /fs/data1',
      'fsck -y /fs/data2',
      'mount /fs/data1',
      'mount /fs/data2',
    ],
    missed: ['copy-usable', 'used-damaged-copy'],
  },
  {
    scenario: 'log-wrap',
    trap: 'no freeze: the log wraps, fsck repairs, a second fsck is clean',
    lines: [
      'cfgmgr',
      'sleep 30',
      'storage-button',
      'recreatevg -y loadcopyvg hdisk2',
      'logredo /dev/fsloglv00',
      'fsck -y /fs/load',
      'fsck /fs/load',
      'mount /fs/load',
    ],
    missed: ['copy-usable', 'used-damaged-copy'],
  },
  {
    scenario: 'metro-mirror-dr',
    trap: '/arch never mounted',
    lines: without('metro-mirror-dr', 'mount /arch'),
    missed: ['mounted /arch'],
  },
  {
    scenario: 'metro-mirror-refresh',
    trap: 'frozen while Copy Pending',
    lines: without('metro-mirror-refresh', 'sleep 1200'),
    missed: ['copy-usable', 'used-damaged-copy'],
  },
  {
    scenario: 'global-mirror',
    trap: 'failed over while tracks are out of sync',
    lines: solution('global-mirror').filter((l) => !l.includes('lspprc') && !l.startsWith('sleep')),
    missed: ['copy-usable', 'mount-before-fsck', 'used-damaged-copy'],
  },
  {
    scenario: 'global-copy-drain',
    trap: 'suspended before the first pass drained',
    lines: solution('global-copy-drain').filter((l) => !l.startsWith('sleep')),
    missed: ['copy-usable', 'mount-before-fsck', 'used-damaged-copy'],
  },
  {
    scenario: 'global-mirror-dr-test',
    trap: 'the journals not restored (no reverseflash -fast)',
    lines: without(
      'global-mirror-dr-test',
      `dscli reverseflash -dev ${R} -fast -tgtpprc 2000:2100 2001:2101`,
    ),
    missed: ['copy-usable', 'used-damaged-copy'],
  },
  {
    scenario: 'two-copies',
    trap: 'the second copy without its own prefixes',
    lines: replaced('two-copies', 'recreatevg', 'recreatevg -y fc2vg hdisk5 hdisk6').map((l) =>
      l.replace('/fc2/', '/fs/'),
    ),
    missed: ['mounted /fc2/data', 'mounted /fc2/arch'],
  },
  {
    scenario: 'other-host-importvg',
    trap: 'chdev -a pv=clear on the copy before importvg',
    lines: inserted('other-host-importvg', 'importvg', 'chdev -l hdisk1 -a pv=clear'),
    missed: ['copy-varied-on', 'mounted /data', 'mounted /arch', 'copy-usable', 'pv-clear'],
  },
  {
    scenario: 'dr-host-refresh',
    trap: 'recreatevg where importvg keeps the names',
    lines: replaced('dr-host-refresh', 'importvg', 'recreatevg -y datavg hdisk1 hdisk2'),
    missed: ['mounted /data', 'mounted /arch'],
  },
  {
    scenario: 'big-vg',
    trap: 'recreatevg given one disk of 64',
    lines: ['cfgmgr', 'storage-button', 'recreatevg -y bigcopyvg hdisk65'],
    missed: [
      'copy-varied-on',
      ...Array.from({ length: 32 }, (_, i) => `mounted /fs/big/fs${String(i).padStart(2, '0')}`),
      'copy-usable',
    ],
  },
  {
    scenario: 'storage-fails-during-copy',
    trap: 'looking into the failure with DB2 suspended and frozen',
    lines: solution('storage-fails-during-copy').flatMap((l, i, all) =>
      i > 0 && all[i - 1]?.startsWith('dscli mkflash') && i < 8
        ? [`storage:lsflash -dev ${L} 1000-1001`, l]
        : [l],
    ),
    missed: ['production-held-after-failure'],
  },
  {
    scenario: 'fsck-errors-discard',
    trap: 'the night copy repaired with fsck -y and mounted',
    lines: ['fsck -y /fs/data /fs/arch', 'mount /fs/data', 'mount /fs/arch'],
    missed: ['copy-usable', 'used-damaged-copy'],
  },
  {
    scenario: 'svc-refresh',
    trap: 'the old copy not exported',
    lines: without('svc-refresh', 'exportvg flashcopyvg'),
    missed: ['copy-varied-on', 'mounted /fs/data', 'mounted /fs/arch'],
  },
  {
    scenario: 'long-lv-names',
    trap: 'chdev -a pv=clear on a copy disk',
    lines: inserted('long-lv-names', 'recreatevg', 'chdev -l hdisk3 -a pv=clear'),
    missed: ['pv-clear'],
  },
  {
    scenario: 'mountguard-copy',
    trap: 'the guarded copy mounted without -o noguard',
    lines: without('mountguard-copy', 'mount -o noguard /fs/data'),
    missed: ['mounted /fs/data'],
  },
  {
    scenario: 'svc-global-mirror-dr-test',
    trap: 'importvg while the group still runs',
    lines: ['importvg -y datavg hdisk1', 'fsck -y /data', 'fsck -y /arch', 'mount /data', 'mount /arch'],
    missed: ['copy-varied-on', 'mounted /data', 'mounted /arch', 'copy-usable'],
  },
  {
    scenario: 'svc-freeze-prepare',
    trap: 'the group prepared inside the freeze, which times out',
    lines: without('svc-freeze-prepare', 'svctask prestartfcconsistgrp fccg_datavg', 'sleep 100').map((l) =>
      l === 'svctask startfcconsistgrp fccg_datavg' ? 'svctask startfcconsistgrp -prep fccg_datavg' : l,
    ),
    missed: ['freeze-timed-out'],
    timeMoves: true,
  },
  {
    scenario: 'raw-lv-database',
    trap: 'raw LVs copied one after the other without write suspend',
    lines: [...oneByOne, ...solution('raw-lv-database').slice(-4)],
    missed: ['copy-usable', 'app-mode-during-copy PRD'],
  },
  {
    scenario: 'retire-copy',
    trap: 'exportvg before the copy is unmounted',
    lines: ['exportvg copyvg', ...solution('retire-copy')],
    missed: ['retired-while-mounted'],
  },
  {
    scenario: 'retire-copy',
    trap: 'rmdev of a copy disk before exportvg',
    lines: inserted('retire-copy', 'exportvg', 'rmdev -dl hdisk3'),
    missed: ['rmdev-before-exportvg'],
  },
  {
    scenario: 'retire-copy',
    trap: 'the source VG retired by mistake',
    lines: [
      'appctl stop app',
      'umount /app/data',
      'umount /app/arch',
      'umount /app',
      'varyoffvg datavg',
      'exportvg datavg',
    ],
    missed: [
      'copy-vg-removed',
      'copy-disks-removed',
      'copy-stanzas-removed',
      'copy-relationships-removed',
      'copy-luns-unmapped',
      'source-as-before',
      'applications-restored',
    ],
  },
  {
    scenario: 'retire-copy',
    trap: 'the FlashCopy withdrawn before the copy is unmounted',
    lines: [retireCopyFlash, ...without('retire-copy', retireCopyFlash)],
    missed: ['storage-removed-while-in-use'],
  },
];

/** The trap played on purpose in a scenario, by the words that name it. */
export function trapPlay(scenario: string, trap: string): TrapPlay {
  const play = trapPlays.find((t) => t.scenario === scenario && t.trap === trap);
  if (!play) throw new Error(`no trap "${trap}" played in ${scenario}`);
  return play;
}
