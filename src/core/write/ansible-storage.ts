/**
 * The storage steps of the playbook where it runs the storage CLI (`--storage cli`): DS CLI commands as
 * command tasks delegated to the host that has dscli (`vgcopy_storage_host`, by default the AIX host, as
 * the script runs it there); SVC/FlashSystem commands through IBM's Spectrum Virtualize collection, whose
 * ibm_svctask_command and ibm_svcinfo_command run the CLI over SSH from the controller, as the script's
 * `ssh -- user@host svctask` does. Its ibm_svc_start_stop_flashcopy is not used: it always prepares
 * (startfcconsistgrp -prep), where a group prepared before a freeze is started bare inside it
 * (plan/storage/svc.ts), and it needs the REST API's password where SSH takes a key.
 * The waits are the script's (ksh-steps.ts): the same states, intervals and time limits.
 */
import type { Facts } from '../model/facts';
import type { ActionStep } from '../plan/types';
import { jinjaList, jinjaWord } from './ansible-reads';
import { Jinja, type YamlValue } from './yaml-text';

type StorageAction = Extract<ActionStep['action'], { kind: 'storage' }>;

/** The SSH connection of the SVC modules: the runbook's svcHost (user@host) unless the inventory says otherwise. */
function svcConnection(facts: Facts): Record<string, YamlValue> {
  const destination = facts.storage?.svcHost ?? '';
  const at = destination.lastIndexOf('@');
  const [user, host] = [destination.slice(0, Math.max(at, 0)), destination.slice(at + 1)];
  const byDefault = (variable: string, value: string | undefined) =>
    new Jinja(`{{ ${variable}${value ? ` | default(${jinjaWord(value)})` : ''} }}`);
  return {
    clustername: byDefault('vgcopy_svc_cluster', host),
    username: byDefault('vgcopy_svc_user', user),
    password: new Jinja("{{ vgcopy_svc_password | default('') }}"),
    usesshkey: new Jinja("{{ 'no' if vgcopy_svc_password is defined else 'yes' }}"),
  };
}

/** The variables the storage tasks need that the runbook cannot give (checked in the preflight). */
export function storageVariables(facts: Facts): string[] {
  if (facts.copy.storage !== 'svc') return [];
  const host = facts.storage?.svcHost ?? '';
  return [...(host ? [] : ['vgcopy_svc_cluster']), ...(host.includes('@') ? [] : ['vgcopy_svc_user'])];
}

/**
 * One storage command that changes something, skipped under --check: the command module skips itself,
 * but ibm_svctask_command says it supports check mode and runs its commands all the same (collection
 * 1.12), so its task is skipped by a condition. `when`: a further condition.
 */
export function storageCommand(
  facts: Facts,
  cli: readonly string[],
  command: string,
  when?: string,
): YamlValue {
  if (facts.copy.storage === 'svc')
    return {
      name: `Run svctask ${command}`,
      'ibm.spectrum_virtualize.ibm_svctask_command': {
        command: [`svctask ${command}`],
        ...svcConnection(facts),
      },
      delegate_to: 'localhost',
      when: ['not ansible_check_mode', ...(when ? [when] : [])],
    };
  return {
    name: `Run ${cli[0] ?? ''} ${command}`,
    'ansible.builtin.command': { argv: [...cli, ...command.split(' ').filter(Boolean)] },
    delegate_to: new Jinja('{{ vgcopy_storage_host | default(inventory_hostname) }}'),
    ...(when ? { when } : {}),
    changed_when: true,
  };
}

/** An SVC object's detailed view, read under --check too (the svcinfo module never changes anything). */
function svcRead(facts: Facts, name: string, command: string, until?: string): YamlValue {
  return {
    name,
    'ibm.spectrum_virtualize.ibm_svcinfo_command': { command: `svcinfo ${command}`, ...svcConnection(facts) },
    delegate_to: 'localhost',
    register: 'vgcopy_svc',
    changed_when: false,
    check_mode: false,
    ...(until ? { until: `ansible_check_mode or ${until}`, retries: 120, delay: 5 } : {}),
  };
}

/** The `status` (FlashCopy) or `state` (remote copy) of the object just read; ibm_svcinfo_command adds -json. */
function svcState(field: 'status' | 'state'): string {
  return `(vgcopy_svc.stdout | from_json).${field}`;
}

/**
 * A FlashCopy consistency group, or a mapping outside one, brought to `until` as the script does
 * (ksh-steps.ts svcObjectBody): idle: stopped where still copying; prepared: prestarted where idle or
 * stopped; then waited for.
 */
function svcObjectTasks(
  facts: Facts,
  kind: 'group' | 'map',
  name: string,
  until: 'idle' | 'prepared',
): YamlValue[] {
  const [list, stop, prepare, what] =
    kind === 'group'
      ? ['lsfcconsistgrp', 'stopfcconsistgrp', 'prestartfcconsistgrp', 'consistency group']
      : ['lsfcmap', 'stopfcmap', 'prestartfcmap', 'FlashCopy mapping'];
  const ready = until === 'idle' ? ['idle_or_copied', 'stopped', 'prepared', 'empty'] : ['prepared'];
  const waiting = until === 'idle' ? ['stopping', 'preparing'] : ['preparing'];
  const act = until === 'idle' ? ['copying'] : ['idle_or_copied', 'stopped'];
  return [
    svcRead(facts, `Read ${what} ${name}`, `${list} ${name}`),
    {
      name: `Check that ${what} ${name} can be brought to ${until}`,
      'ansible.builtin.assert': {
        that: [`${svcState('status')} in ${jinjaList([...act, ...ready, ...waiting])}`],
        fail_msg: `${what} ${name} is in a state the storage admin settles first`,
      },
      when: 'not ansible_check_mode',
    },
    storageCommand(
      facts,
      [],
      `${until === 'idle' ? stop : prepare} ${name}`,
      `${svcState('status')} in ${jinjaList(act)}`,
    ),
    svcRead(
      facts,
      `Wait until ${what} ${name} is ${until}`,
      `${list} ${name}`,
      `${svcState('status')} in ${jinjaList(ready)}`,
    ),
  ];
}

/** The SVC remote copy group read until consistent, then stopped with access to its aux volumes (ksh-steps.ts rcGroupBody). */
function rcGroupTasks(facts: Facts, group: NonNullable<StorageAction['rcGroup']>): YamlValue[] {
  const consistent = jinjaList(['consistent_synchronized', 'consistent_stopped']);
  const read = svcRead(
    facts,
    `Wait until remote copy group ${group.name} is consistent`,
    `lsrcconsistgrp ${group.name}`,
  ) as Record<string, YamlValue>;
  return [
    {
      ...read,
      until: `ansible_check_mode or ${svcState('state')} != 'inconsistent_copying'`,
      retries: Math.ceil(group.timeoutSeconds / group.intervalSeconds),
      delay: group.intervalSeconds,
    },
    {
      name: `Check that the aux volumes of ${group.name} hold a consistent image`,
      'ansible.builtin.assert': {
        that: [`${svcState('state')} in ${consistent}`],
        fail_msg: `remote copy group ${group.name} is not consistent: the storage admin starts it and waits for consistent_synchronized`,
      },
      when: 'not ansible_check_mode',
    },
    storageCommand(facts, [], `stoprcconsistgrp -access ${group.name}`),
  ];
}

/**
 * A delimited lspprc run every interval until every pair is ready (ksh-steps.ts drainLoop): 0 Out Of Sync
 * Tracks (5th field of lspprc -l), or State (2nd field) Full Duplex; then every pair must be listed and,
 * for Full Duplex, none Suspended.
 */
function drainTasks(
  cli: readonly string[],
  command: string,
  drain: NonNullable<StorageAction['drain']>,
): YamlValue[] {
  const expected = command.split(' ').filter((w) => /^[^-:\s]+:[^:\s]+$/.test(w)).length;
  const pairs = "(vgcopy_pairs.stdout_lines | select('match', '[^,]*:') | map('split', ',') | list)";
  const duplex = drain.until === 'full-duplex';
  const ready = duplex
    ? `${pairs} | map(attribute=1) | reject('equalto', 'Full Duplex') | list | length == 0`
    : `${pairs} | map(attribute=4) | map('int') | sum == 0`;
  return [
    {
      name: duplex
        ? 'Wait until every pair is Full Duplex (lspprc)'
        : 'Wait until no track is out of sync (lspprc -l)',
      'ansible.builtin.command': { argv: [...cli, ...command.split(' ').filter(Boolean)] },
      delegate_to: new Jinja('{{ vgcopy_storage_host | default(inventory_hostname) }}'),
      register: 'vgcopy_pairs',
      changed_when: false,
      check_mode: false,
      until: `ansible_check_mode or (${duplex ? `${pairs} | map(attribute=1) | select('search', 'Suspended') | list | length > 0 or ` : ''}${ready})`,
      retries: Math.ceil(drain.timeoutSeconds / drain.intervalSeconds),
      delay: drain.intervalSeconds,
    },
    {
      name: 'Check that every pair is listed and ready',
      'ansible.builtin.assert': {
        that: [`${pairs} | length == ${expected}`, ...(duplex ? [ready] : [])],
        fail_msg: duplex
          ? `not all the ${expected} pairs are Full Duplex: a Suspended pair needs resynchronising first; check the volume ids and the -dev/-remotedev ids`
          : `lspprc does not list the ${expected} pairs: check the volume ids and the -dev/-remotedev ids`,
      },
      when: 'not ansible_check_mode',
    },
  ];
}

/** The tasks of a storage step run by the playbook (CLI mode); `record` marks one command of several as done. */
export function storageCliTasks(
  facts: Facts,
  s: ActionStep,
  a: StorageAction,
  record: (part: string) => YamlValue,
): YamlValue[] {
  if (a.drain) return drainTasks(a.cli, a.commands[0] ?? '', a.drain);
  if (a.svcGroup) return svcObjectTasks(facts, 'group', a.svcGroup.name, a.svcGroup.until);
  if (a.svcMaps) return a.svcMaps.names.flatMap((name) => svcObjectTasks(facts, 'map', name, 'idle'));
  if (a.rcGroup) return rcGroupTasks(facts, a.rcGroup);
  if (a.commands.length === 1) return [storageCommand(facts, a.cli, a.commands[0] ?? '')];
  // A rerun after the step failed half-way goes on after the commands that went through: the storage
  // refuses most of them twice (a relationship or mapping that already exists).
  return a.commands.map((c, k) => {
    const part = `${s.id}:${k + 1}`;
    return {
      name: `Command ${k + 1} of ${a.commands.length}: ${c.split(' ')[0]}`,
      when: `${jinjaWord(part)} not in vgcopy_done`,
      block: [storageCommand(facts, a.cli, c), record(part)],
    };
  });
}
