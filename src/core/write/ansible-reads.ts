/**
 * What the playbook reads on the AIX host before it decides (the ksh script's vg_defined, vg_active,
 * disk_field and is_mounted, ksh-library.ts): read-only command tasks that run in check mode too
 * (`check_mode: false`) and never report a change, and the Jinja tests on their registered output. Values
 * go into Jinja only through `jinjaWord`, which takes AIX names and paths alone.
 */
import { Jinja, type YamlValue } from './yaml-text';

/** A runbook value as a Jinja string literal. Only shaped names reach here (facts.ts); anything else is a bug. */
export function jinjaWord(value: string): string {
  if (!/^[A-Za-z0-9_./+:@-]*$/.test(value))
    throw new Error(`not an AIX name or path: ${JSON.stringify(value)}`);
  return `'${value}'`;
}

/** A Jinja list literal of names. */
export function jinjaList(values: readonly string[]): string {
  return `[${values.map(jinjaWord).join(', ')}]`;
}

/** The host's state the playbook reads, each with its command and the variable it registers. */
const readCommands = {
  vgs: { name: 'Read the volume groups in the ODM (lsvg)', argv: ['lsvg'], register: 'vgcopy_vgs' },
  active: {
    name: 'Read the varied-on volume groups (lsvg -o)',
    argv: ['lsvg', '-o'],
    register: 'vgcopy_active',
  },
  disks: { name: 'Read the disks and their PVIDs (lspv)', argv: ['lspv'], register: 'vgcopy_lspv' },
  // `mount` alone only lists what is mounted; the posix mount module would read /etc/filesystems instead.
  mounts: { name: 'Read what is mounted (mount)', argv: ['mount'], register: 'vgcopy_mounts' },
} as const;

export type HostRead = keyof typeof readCommands;

/** A read-only command task: runs under --check too, never reports a change. */
export function readTask(
  name: string,
  argv: readonly (string | Jinja)[],
  register: string,
): Record<string, YamlValue> {
  return {
    name,
    'ansible.builtin.command': { argv: [...argv] },
    ...(argv[0] === 'mount' ? { '#': 'noqa: command-instead-of-module' } : {}),
    register,
    changed_when: false,
    check_mode: false,
  };
}

/** The tasks that read `what` afresh (a step reads right before it decides, as the script does). */
export function reads(...what: HostRead[]): YamlValue[] {
  return what.map((w) => readTask(readCommands[w].name, readCommands[w].argv, readCommands[w].register));
}

/** True when the VG is in the ODM (after `reads('vgs')`). */
export function vgDefined(vg: string): string {
  return `${jinjaWord(vg)} in vgcopy_vgs.stdout_lines`;
}

/** True when the VG is varied on (after `reads('active')`). */
export function vgActive(vg: string): string {
  return `${jinjaWord(vg)} in vgcopy_active.stdout_lines`;
}

/** Field `n` (1: name, 2: PVID, 3: VG) of the disk's lspv line, '' when it is not configured (after `reads('disks')`). */
export function diskField(disk: string, n: 1 | 2 | 3): string {
  return `(vgcopy_lspv.stdout_lines | map('split') | selectattr(0, 'equalto', ${jinjaWord(disk)}) | map(attribute=${n - 1}) | first | default(''))`;
}

/** The mount points mounted now, as a Jinja list (after `reads('mounts')`; AIX `mount`: the 2nd field). */
export const mounted = "(vgcopy_mounts.stdout_lines | map('split') | map(attribute=1, default='') | list)";

/** A Jinja expression to loop over. */
export function loopOver(expression: string): Jinja {
  return new Jinja(`{{ ${expression} }}`);
}
