/**
 * The playbook's tasks of one plan step, as the ksh script's step function does it (ksh-steps.ts): the
 * AIX commands as command tasks (Ansible has no AIX LVM modules), each skipped where its work is done
 * (the script's guards as `when` on what was just read), a person's part as a pause whose answer is
 * checked, and the storage part as a pause or the storage CLI (ansible-storage.ts). Changing commands
 * report a change and do not run under --check; reads run under --check and report none.
 */
import type { Facts } from '../model/facts';
import type { ActionStep } from '../plan/types';
import {
  diskField,
  jinjaList,
  jinjaWord,
  loopOver,
  mounted,
  readTask,
  reads,
  vgActive,
  vgDefined,
} from './ansible-reads';
import { storageCliTasks } from './ansible-storage';
import type { StorageMode } from './ksh-steps';
import { Jinja, type YamlValue } from './yaml-text';

/** The loop's current item, in a command's words. */
const item = new Jinja('{{ item }}');

/** A command task that changes the host: reported as a change, skipped under --check. */
export function change(
  name: string,
  argv: readonly (string | Jinja)[],
  extra: Record<string, YamlValue> = {},
): YamlValue {
  return {
    name,
    'ansible.builtin.command': { argv: [...argv] },
    ...(argv[0] === 'mount' ? { '#': 'noqa: command-instead-of-module' } : {}),
    ...extra,
    changed_when: true,
  };
}

/** The step (or one command of it) is done: a rerun skips it (the script's state file, step_end). */
export function recordDone(id: string): YamlValue {
  return {
    name: `Record ${id} as done`,
    'ansible.builtin.lineinfile': {
      path: new Jinja('{{ vgcopy_state }}'),
      line: id,
      create: true,
      mode: '0600',
    },
  };
}

/** A person's part: the commands shown, the answer awaited and checked (ksh-library.ts pause). */
function pauseTasks(who: string, commands: readonly string[], runnable: boolean): YamlValue[] {
  const offer = runnable ? ', run to run the commands here' : '';
  return [
    {
      name: `Wait for ${who}`,
      'ansible.builtin.pause': {
        prompt: [
          `WAIT: ${who} now does:`,
          ...commands.map((c) => `    ${c}`),
          `Type done when ${who} has finished${offer}, or stop`,
        ].join('\n'),
      },
      register: 'vgcopy_answer',
      when: 'not ansible_check_mode',
    },
    {
      name: `Check that ${who} has finished`,
      'ansible.builtin.assert': {
        that: [`vgcopy_answer.user_input | trim in ${jinjaList(runnable ? ['done', 'run'] : ['done'])}`],
        fail_msg: `stopped while waiting for ${who}`,
      },
      when: 'not ansible_check_mode',
    },
    ...(runnable
      ? commands.map((c, k) =>
          change(`Run command ${k + 1} of ${commands.length} for ${who}`, ['sh', '-c', c], {
            when: "not ansible_check_mode and vgcopy_answer.user_input | trim == 'run'",
          }),
        )
      : []),
  ];
}

/** The intrinsic "already done" test of a step (ksh-steps.ts alreadyDone), with what it reads first. */
export function alreadyDone(s: ActionStep): { reads: YamlValue[]; test: string } | undefined {
  const a = s.action;
  switch (a.kind) {
    case 'varyoffvg':
      return { reads: reads('active'), test: `not (${vgActive(a.vg)})` };
    case 'exportvg':
      return { reads: reads('vgs'), test: `not (${vgDefined(a.vg)})` };
    case 'recreatevg':
      return {
        reads: reads('vgs', 'disks'),
        test: `${vgDefined(a.vg)} and ${diskField(a.disks[0] ?? '', 3)} == ${jinjaWord(a.vg)}`,
      };
    case 'importvg':
      return { reads: reads('vgs'), test: vgDefined(a.vg) };
    case 'varyonvg':
      return { reads: reads('active'), test: vgActive(a.vg) };
    default:
      return undefined;
  }
}

/** The log devices of the copy's file systems from /etc/filesystems (ksh-library.ts log_of), each once. */
const logDevices = String.raw`/^[^ \t*]/ { name = $1; sub(/:$/, "", name) }
$1 == "dev" { dev[name] = $3 }
$1 == "log" { lg[name] = $3 }
END {
  n = split(want, w, " ")
  for (i = 1; i <= n; i++) {
    d = (lg[w[i]] == "INLINE") ? dev[w[i]] : lg[w[i]]
    if (d == "") { print "no log device for " w[i] " in /etc/filesystems: is the copy defined?" > "/dev/stderr"; bad = 1 }
    else if (!(d in seen)) { seen[d] = 1; print d }
  }
  exit bad
}`;

/** The mount points of a step not mounted now (after `reads('mounts')`). */
function notMounted(mountPoints: readonly string[]): string {
  return `${jinjaList(mountPoints)} | reject('in', ${mounted}) | list`;
}

/** What a step does, its reads and changes, without its record (ansible-playbook.ts wraps it). */
export function stepWork(facts: Facts, s: ActionStep, mode: StorageMode, previous?: ActionStep): YamlValue[] {
  const a = s.action;
  switch (a.kind) {
    case 'manual':
      return [];
    case 'pause':
      return pauseTasks(a.who, a.commands.length ? a.commands : [s.title], a.runnable);
    case 'storage':
      if (mode === 'pause') return pauseTasks('the storage admin', [`${s.title}:`, ...a.commands], false);
      return storageCliTasks(facts, s, a, recordDone);
    case 'cfgmgr':
      return [change('Run cfgmgr', ['cfgmgr'])];
    case 'check-targets': {
      const missing = `${jinjaList(a.disks.map((d) => d.name))} | reject('in', vgcopy_lspv.stdout_lines | map('split') | map(attribute=0) | list) | list | length > 0`;
      return [
        ...reads('disks'),
        // A cfgmgr that found no disk is not done: the rerun runs it again.
        ...(previous?.action.kind === 'cfgmgr'
          ? [
              {
                name: `Forget ${previous.id} when a disk is not configured`,
                'ansible.builtin.lineinfile': {
                  path: new Jinja('{{ vgcopy_state }}'),
                  line: previous.id,
                  state: 'absent',
                },
                when: `not ansible_check_mode and ${missing}`,
              },
            ]
          : []),
        {
          name: 'Check that every target disk is configured with the expected PVID',
          'ansible.builtin.assert': {
            that: a.disks.flatMap((d) => [
              `${diskField(d.name, 1)} == ${jinjaWord(d.name)}`,
              `${diskField(d.name, 2)} == ${jinjaWord(d.pvid ?? 'none')}`,
            ]),
            fail_msg:
              'a target disk is not configured or does not show the expected PVID: check the LUN mapping and run cfgmgr again',
          },
          when: 'not ansible_check_mode',
        },
      ];
    }
    case 'umount': {
      // With a VG: what lsvg -l shows mounted in it at run time, deepest first (sort -r, as the script).
      const mountPoints = a.vg
        ? `(vgcopy_lvs.stdout_lines[2:] | map('split') | selectattr(5, 'match', 'open') | map(attribute=6) | reject('equalto', 'N/A') | sort(reverse=true) | list)`
        : jinjaList(a.mountPoints);
      return [
        ...(a.vg ? reads('active') : []),
        ...(a.vg
          ? [
              {
                ...readTask(
                  `Read the logical volumes of ${a.vg} (lsvg -l)`,
                  ['lsvg', '-l', a.vg],
                  'vgcopy_lvs',
                ),
                when: vgActive(a.vg),
              },
            ]
          : []),
        ...reads('mounts'),
        change('Unmount the file systems (umount)', ['umount', item], {
          loop: loopOver(
            a.vg
              ? `(${mountPoints} if ${vgActive(a.vg)} else []) | select('in', ${mounted}) | list`
              : `${mountPoints} | select('in', ${mounted}) | list`,
          ),
        }),
      ];
    }
    case 'mount': {
      const guarded = a.noGuard ?? [];
      const plain = a.mountPoints.filter((m) => !guarded.includes(m));
      return [
        ...reads('mounts'),
        ...(guarded.length > 0
          ? [
              change('Mount the guarded file systems (mount -o noguard)', ['mount', '-o', 'noguard', item], {
                loop: loopOver(notMounted(guarded)),
              }),
            ]
          : []),
        change('Mount the file systems (mount)', ['mount', item], {
          loop: loopOver(notMounted(plain)),
        }),
      ];
    }
    case 'varyoffvg':
      return [change(`Run varyoffvg ${a.vg}`, ['varyoffvg', a.vg])];
    case 'exportvg':
      return [change(`Run exportvg ${a.vg}`, ['exportvg', a.vg])];
    case 'sync':
      return [
        change('Run sync', ['sync']),
        ...(a.waitSeconds > 0
          ? [
              {
                name: `Wait ${a.waitSeconds} seconds`,
                'ansible.builtin.pause': { seconds: a.waitSeconds },
                when: 'not ansible_check_mode',
              },
            ]
          : []),
      ];
    case 'freeze':
      return [
        change(
          `Freeze for at most ${a.timeoutSeconds} seconds (chfs -a freeze)`,
          ['chfs', '-a', `freeze=${a.timeoutSeconds}`, item],
          {
            loop: [...a.mountPoints],
          },
        ),
      ];
    case 'thaw':
      return [
        // A thaw that fails is not fatal: the file system thaws by itself at the freeze timeout.
        change('Thaw (chfs -a freeze=off)', ['chfs', '-a', 'freeze=off', item], {
          loop: [...a.mountPoints],
          failed_when: false,
        }),
      ];
    case 'recreatevg':
      return [
        change(`Run recreatevg for ${a.vg}`, [
          'recreatevg',
          '-y',
          a.vg,
          '-Y',
          a.lvPrefix,
          '-L',
          a.mountPrefix,
          ...a.disks,
        ]),
      ];
    case 'importvg':
      return [change(`Run importvg ${a.vg}`, ['importvg', '-y', a.vg, a.disk])];
    case 'varyonvg':
      return [change(`Run varyonvg ${a.vg}`, ['varyonvg', a.vg])];
    case 'logredo':
      return [
        {
          ...readTask(
            'Read the log devices of the copy (/etc/filesystems)',
            // vgcopy_filesystems names another file only to run the playbook off AIX (tests), as the script's
            // VGCOPY_FILESYSTEMS does.
            [
              'awk',
              '-v',
              `want=${a.mountPoints.join(' ')}`,
              logDevices,
              new Jinja("{{ vgcopy_filesystems | default('/etc/filesystems') }}"),
            ],
            'vgcopy_logs',
          ),
          // Under --check the copy may not be defined yet: nothing to read then.
          failed_when: 'vgcopy_logs.rc != 0 and not ansible_check_mode',
        },
        change('Replay the logs (logredo)', ['logredo', item], {
          loop: loopOver('vgcopy_logs.stdout_lines'),
        }),
      ];
    case 'fsck':
      return [
        ...reads('mounts'),
        // Any error fsck reports, even one it repaired, means the copy must not be used (docs/procedure.md).
        change(
          `Check the file systems (fsck ${a.checkOnly ? '-n' : '-y'})`,
          ['fsck', a.checkOnly ? '-n' : '-y', item],
          {
            loop: loopOver(notMounted(a.mountPoints)),
            register: 'vgcopy_fsck',
            failed_when:
              "vgcopy_fsck.rc != 0 or vgcopy_fsck.stdout is search('FIX\\?|CLEAR\\?|repaired|logredo failed|failure replaying log')",
          },
        ),
      ];
    case 'verify-copy':
      return [
        ...reads('active', 'disks', 'mounts'),
        {
          name: `Check that ${a.vg} is varied on with its disks and file systems`,
          'ansible.builtin.assert': {
            that: [
              vgActive(a.vg),
              ...a.disks.map((d) => `${diskField(d, 3)} == ${jinjaWord(a.vg)}`),
              `${notMounted(a.mountPoints)} | length == 0`,
            ],
            fail_msg: `${a.vg} is not as planned: a disk is not in it, it is not varied on, or a file system is not mounted`,
          },
          when: 'not ansible_check_mode',
        },
        readTask(`Show ${a.vg} (lsvg -l)`, ['lsvg', '-l', a.vg], 'vgcopy_lvs'),
      ];
    case 'rmdev':
    case 'verify-retired':
      // writeAnsiblePlaybook writes no playbook for a retire (the ksh script retires a copy).
      throw new Error(`${a.kind} is a retire's step: a retire has no playbook`);
  }
}
