/**
 * The plan as an Ansible playbook (src/core/README.md "The Ansible playbook"), for shops that drive AIX
 * with Ansible: one play on the AIX host, the script's steps in the script's order as blocks named by the
 * step titles, with what the ksh script does around them (ksh-script.ts):
 * - the preflight as assertions on what the host shows, before anything changes;
 * - --check changes nothing: reads run, changes are skipped, pauses do not wait;
 * - idempotence: the done steps are recorded in a state file on the host and skipped on a rerun, and each
 *   step skips what it finds done (the script's guards as `when`);
 * - the consistency window: freeze and the steps inside it in a block whose `always` thaws;
 * - undo on failure: the steps that change production record their undo, and the `rescue` of the steps'
 *   block undoes this run's changes newest first, or says who puts them back (docs/failure-safety.md).
 * Written for ansible-core 2.14 and ansible-lint's production profile; checked in the tests.
 */
import { copyLayout } from '../model/copy-layout';
import type { Facts } from '../model/facts';
import { mountOrder } from '../model/mount-order';
import type { ActionStep, RunbookPlan } from '../plan/types';
import {
  diskField,
  jinjaList,
  jinjaWord,
  loopOver,
  mounted,
  reads,
  readTask,
  vgActive,
  vgDefined,
} from './ansible-reads';
import { storageCommand, storageVariables } from './ansible-storage';
import { alreadyDone, change, recordDone, stepWork } from './ansible-steps';
import { methodNames, type ScriptOptions, storageMode } from './ksh-script';
import { inScript, redoneUntilCopy, type StorageMode } from './ksh-steps';
import { stepUndo, type UndoPair, undoOwner, undoPairs } from './ksh-undo';
import { comments } from './shell-quote';
import { Jinja, type YamlValue, yamlDocument } from './yaml-text';

export type PlaybookOptions = Pick<ScriptOptions, 'generatedAt' | 'version' | 'storage' | 'logDir'>;

/** The inventory group the play runs on unless `-e vgcopy_hosts=HOST` names the host. */
const defaultHosts = 'aix';

function set(name: string, value: string): YamlValue {
  return { name: `Note ${name}`, 'ansible.builtin.set_fact': { [name]: new Jinja(`{{ ${value} }}`) } };
}

/** An undo record is pending: `by` script (this run made the change) or owner (its owner did, by hand). */
function pending(pair: UndoPair, by?: 'script' | 'owner'): string {
  return by
    ? `${jinjaWord(`${pair.name}:${by}`)} in vgcopy_undo`
    : `vgcopy_undo | select('match', ${jinjaWord(`${pair.name}:`)}) | list | length > 0`;
}

function push(pair: string, by: string): YamlValue {
  return {
    ...(set('vgcopy_undo', `[${jinjaWord(`${pair}:`)} ~ ${by}] + vgcopy_undo`) as Record<string, YamlValue>),
    name: `Record ${pair} for undo`,
  };
}

function drop(pair: string): YamlValue {
  return {
    ...(set('vgcopy_undo', `vgcopy_undo | reject('match', ${jinjaWord(`${pair}:`)}) | list`) as Record<
      string,
      YamlValue
    >),
    name: `Take ${pair} off the undo list`,
  };
}

/** One step as a block named by its title: skipped when done, its undo recorded and dropped as the script does. */
function stepBlock(
  facts: Facts,
  plan: RunbookPlan,
  pairs: readonly UndoPair[],
  i: number,
  mode: StorageMode,
  recordWhen?: string,
): YamlValue {
  const s = plan.steps[i] as ActionStep;
  const undo = stepUndo(plan, pairs, i);
  const paused = s.action.kind === 'pause' || (s.action.kind === 'storage' && mode === 'pause');
  const redone = redoneUntilCopy(s);
  const when = [
    // A sync or a drain is never done for good: a rerun before the copy is taken does it again.
    `${jinjaWord(redone ? 'take-copy' : s.id)} not in vgcopy_done`,
    // A change whose purpose is done already (the copy taken): production is not stopped again.
    ...(undo.serves ? [`not (${jinjaList(undo.serves)} | difference(vgcopy_done) | length == 0)`] : []),
    // A closing step with nothing of this run to close.
    ...(undo.drop && undo.undoes
      ? [
          `vgcopy_undo | select('match', ${jinjaWord(`${undo.drop}:`)}) | list | length > 0 or ${jinjaWord(undo.undoes)} in vgcopy_done`,
        ]
      : []),
  ];
  const by =
    s.action.kind === 'pause'
      ? "('script' if vgcopy_answer.user_input | default('') | trim == 'run' else 'owner')"
      : paused
        ? "'owner'"
        : "'script'";
  const record = [...(undo.push ? [push(undo.push, by)] : []), ...(undo.replace ? [drop(undo.replace)] : [])];
  const work = stepWork(facts, s, mode, plan.steps[i - 1]);
  const done = alreadyDone(s);
  const changing = paused ? [...work, ...record] : [...record, ...work];
  const body = done
    ? [
        ...done.reads,
        { name: `${s.title}, unless done already`, when: `not (${done.test})`, block: changing },
      ]
    : changing;
  return {
    name: s.title,
    when,
    // A block's `when` is evaluated again for each of its tasks: the record it closes goes last, as the
    // condition on the closer reads it.
    block: [
      ...body,
      ...(undo.alsoDrop ?? []).map(drop),
      ...(redone
        ? []
        : [
            recordWhen
              ? { ...(recordDone(s.id) as Record<string, YamlValue>), when: recordWhen }
              : recordDone(s.id),
          ]),
      ...(undo.drop ? [drop(undo.drop)] : []),
    ],
  };
}

/** Takes the steps a pair's undo undoes off the state file, so a rerun does them again. */
function forget(pair: UndoPair): YamlValue {
  return {
    name: `Forget the steps undone with ${pair.name}`,
    'ansible.builtin.lineinfile': {
      path: new Jinja('{{ vgcopy_state }}'),
      regexp: `^(${pair.forgets.map((id) => id.replace(/[^A-Za-z0-9_-]/g, '\\$&')).join('|')})(:[0-9]+)?$`,
      state: 'absent',
    },
  };
}

/** What undoes a pair where this run made the change (ksh-undo.ts undoFunctionText), without questions. */
function undoWork(facts: Facts, pair: UndoPair, mode: StorageMode): YamlValue[] {
  const a = pair.closer.action;
  switch (a.kind) {
    case 'pause':
      return a.runnable
        ? a.commands.map((c, k) => change(`Run command ${k + 1} of ${a.commands.length}`, ['sh', '-c', c]))
        : [];
    case 'mount':
      // Shallowest first: a file system mounted over another needs that one mounted first.
      return [
        ...reads('mounts'),
        change('Mount the file systems again (mount)', ['mount', new Jinja('{{ item }}')], {
          loop: loopOver(
            `${jinjaList(mountOrder('mount', a.mountPoints))} | reject('in', ${mounted}) | list`,
          ),
        }),
      ];
    case 'thaw':
      // chfs -a freeze=off on a file system that is not frozen is harmless: thaw every one.
      return [
        change('Thaw (chfs -a freeze=off)', ['chfs', '-a', 'freeze=off', new Jinja('{{ item }}')], {
          loop: [...a.mountPoints],
        }),
      ];
    case 'varyonvg':
      return [change(`Run varyonvg ${a.vg}`, ['varyonvg', a.vg])];
    case 'storage':
      // A storage undo that fails leaves the older undos to run all the same: the host's changes do not
      // rest on the storage's, and a storage freeze times out.
      return mode === 'pause'
        ? []
        : a.commands.map((c) => ({
            ...(storageCommand(facts, a.cli, c) as Record<string, YamlValue>),
            register: 'vgcopy_undone',
            ignore_errors: true,
          }));
    default:
      throw new Error(`${a.kind} cannot undo ${pair.step.id}`);
  }
}

/** The rescue of the steps' block: this run's changes undone newest first, then the run stops. */
function rescue(facts: Facts, pairs: readonly UndoPair[], mode: StorageMode): YamlValue[] {
  const undos = [...pairs].reverse().flatMap((pair): YamlValue[] => {
    const work = undoWork(facts, pair, mode);
    const commands = pair.closer.commands.length > 0 ? pair.closer.commands : [pair.closer.title];
    return [
      ...(work.length > 0
        ? [{ name: `Undo: ${pair.closer.title}`, when: pending(pair, 'script'), block: work }]
        : []),
      // Where its owner made the change by hand (a pause), or does the storage part, they put it back.
      ...(work.length === 0 || pair.closer.action.kind === 'pause'
        ? [
            {
              name: `Left to ${undoOwner(pair)}: ${pair.closer.title}`,
              'ansible.builtin.debug': {
                msg: [
                  `NOT restored by the playbook: ${undoOwner(pair)} runs`,
                  ...commands,
                  ...(pair.closer.note ? [pair.closer.note] : []),
                ],
              },
              when: work.length > 0 ? pending(pair, 'owner') : pending(pair),
            },
          ]
        : []),
      // An undone step is no longer done: a rerun does it again (for an undone copy, every step that took it).
      ...(pair.forgets.length > 0
        ? [{ ...(forget(pair) as Record<string, YamlValue>), when: pending(pair) }]
        : []),
    ];
  });
  return [
    ...undos,
    {
      name: 'Stop: a step failed',
      'ansible.builtin.fail': {
        msg: new Jinja(
          "A step failed: {{ ansible_failed_task.name | default('') }}: {{ ansible_failed_result.msg | default('') }}. This run's changes to production are undone above, or left to the person named there. Run the playbook again once the cause is fixed: done steps are skipped.",
        ),
      },
    },
  ];
}

/** The script's preflight (ksh-preflight.ts) as assertions on the host's answers: nothing changes before them. */
function preflight(facts: Facts, plan: RunbookPlan, mode: StorageMode): YamlValue[] {
  const layout = copyLayout(facts);
  const src = facts.sourceVg.name;
  const vg = facts.newVg.name;
  const old = facts.mode === 'refresh' ? facts.existingCopy?.vgName : undefined;
  const done = (id: string) => `${jinjaWord(id)} in vgcopy_done`;
  const accessStep = plan.steps.find((s) => s.action.kind === 'recreatevg' || s.action.kind === 'importvg');
  const exportStep = plan.steps.find((s) => s.action.kind === 'exportvg');
  const outage = plan.steps.find((s) => s.action.kind === 'varyoffvg' && s.action.vg === src);
  const checks: { name: string; that: string; message: string }[] = [
    {
      name: 'The play runs on one host',
      that: 'ansible_play_hosts_all | length == 1',
      message: 'the play must run on the one AIX host of this runbook: name it with -e vgcopy_hosts=HOST',
    },
  ];
  const unless = (skip: string[], that: string) =>
    skip.length > 0 ? `(${skip.join(' or ')}) or (${that})` : that;
  if (facts.sourceOnHost.present) {
    checks.push({
      name: `The source VG ${src} is defined here`,
      that: vgDefined(src),
      message: `the source VG ${src} is not defined on this host, as the plan expects`,
    });
    const state = facts.sourceOnHost.variedOn ? vgActive(src) : `not (${vgActive(src)})`;
    // Way b of the duplicate-PVID trap: a rerun may find the source varied off by the playbook itself.
    checks.push({
      name: `The source VG ${src} is ${facts.sourceOnHost.variedOn ? 'varied on' : 'varied off'}`,
      that: unless(outage ? [done(outage.id)] : [], state),
      message: `the source VG ${src} is ${facts.sourceOnHost.variedOn ? 'not varied on' : 'varied on'}; the plan expects it ${facts.sourceOnHost.variedOn ? 'varied on' : 'varied off'}`,
    });
    for (const d of facts.sourceVg.disks.filter((disk) => disk.pvid))
      checks.push(
        {
          name: `${d.name} carries PVID ${d.pvid}`,
          that: `${diskField(d.name, 2)} == ${jinjaWord(d.pvid ?? '')}`,
          message: `${d.name} does not carry PVID ${d.pvid} of ${src}`,
        },
        ...(outage
          ? [
              {
                name: `No other disk carries PVID ${d.pvid}`,
                // Varying off the source frees its PVIDs for cfgmgr only if no disk but the copy's holds them too.
                that: `vgcopy_lspv.stdout_lines | map('split') | selectattr(1, 'equalto', ${jinjaWord(d.pvid ?? '')}) | map(attribute=0) | reject('in', ${jinjaList(layout.targets.map((t) => t.name))}) | list | length == 1`,
                message: `a disk other than ${d.name} and the copy's carries PVID ${d.pvid}: varying off ${src} would not let cfgmgr configure the copy`,
              },
            ]
          : []),
      );
  } else {
    // A copy imported under the source's name (a DR host) is that VG once the access step is done, and
    // the old copy a refresh there exports is that VG until its exportvg.
    const skip = [
      ...(old === src && exportStep ? [`not (${done(exportStep.id)})`] : []),
      ...(vg === src && accessStep ? [done(accessStep.id)] : []),
    ];
    checks.push({
      name: `The source VG ${src} is not defined here`,
      that: unless(skip, `not (${vgDefined(src)})`),
      message: `the source VG ${src} is defined on this host; the plan expects it elsewhere (importvg would fail)`,
    });
  }
  if (old !== vg)
    checks.push({
      name: `No VG named ${vg} is in the ODM`,
      that: unless(accessStep ? [done(accessStep.id)] : [], `not (${vgDefined(vg)})`),
      message: `a VG named ${vg} is already in the ODM`,
    });
  if (old && exportStep)
    checks.push({
      name: `The copy to refresh, ${old}, is in the ODM`,
      that: unless([done(exportStep.id)], vgDefined(old)),
      message: `the copy to refresh, ${old}, is not in the ODM`,
    });
  const allowed = [...new Set(['', 'None', vg, ...(old ? [old] : [])])];
  for (const t of layout.targets)
    checks.push({
      name: `${t.name} belongs to no other VG`,
      that: `${diskField(t.name, 3)} in ${jinjaList(allowed)}`,
      message: `${t.name} belongs to another VG; it must be a target LUN of this copy`,
    });
  const cli = plan.steps.find((s) => s.action.kind === 'storage')?.action;
  const cliCheck: YamlValue[] =
    mode === 'cli' && cli?.kind === 'storage' && facts.copy.storage !== 'svc'
      ? [
          {
            ...readTask(
              `Look for the storage CLI ${cli.cli[0]}`,
              ['sh', '-c', 'command -v "$0"', cli.cli[0] ?? ''],
              'vgcopy_cli',
            ),
            delegate_to: new Jinja('{{ vgcopy_storage_host | default(inventory_hostname) }}'),
            failed_when: false,
          },
        ]
      : [];
  if (cliCheck.length > 0)
    checks.push({
      name: 'The storage CLI is there',
      that: 'vgcopy_cli.rc == 0',
      message: `the storage CLI ${cli?.kind === 'storage' ? cli.cli[0] : ''} is not found on the storage host: use pauses for the storage admin`,
    });
  if (mode === 'cli')
    for (const variable of storageVariables(facts))
      checks.push({
        name: `${variable} is set`,
        that: `${variable} is defined`,
        message: `set ${variable} (-e or the inventory): the runbook does not say it`,
      });
  return [
    ...reads('vgs', 'active', 'disks'),
    ...cliCheck,
    ...checks.map((c) => ({
      name: `Check: ${c.name}`,
      'ansible.builtin.assert': { that: [c.that], fail_msg: `preflight: ${c.message}; nothing was changed` },
    })),
  ];
}

/** The steps in the script's order, the consistency window's in a block whose `always` thaws. */
function steps(facts: Facts, plan: RunbookPlan, pairs: readonly UndoPair[], mode: StorageMode): YamlValue[] {
  const indexes = plan.steps
    .map((s, i) => ({ s, i }))
    .filter(({ s }) => inScript(s))
    .map(({ i }) => i);
  const freeze = plan.steps.findIndex((s) => s.action.kind === 'freeze');
  const thaw = plan.steps.findIndex((s) => s.action.kind === 'thaw');
  const block = (i: number) => stepBlock(facts, plan, pairs, i, mode);
  if (freeze < 0 || thaw < freeze) return indexes.map(block);
  const frozen = pairs.find((p) => p.index === freeze);
  return [
    ...indexes.filter((i) => i < freeze).map(block),
    {
      name: 'Consistency window: freeze, take the copy, thaw always',
      block: indexes.filter((i) => i >= freeze && i < thaw).map(block),
      // A window that failed is undone, not done: the freeze is forgotten, so a rerun freezes again before
      // it takes the copy, and the thaw below is not recorded, so that rerun thaws again.
      rescue: [
        ...(frozen ? [forget(frozen)] : []),
        { name: 'Note that the window failed', 'ansible.builtin.set_fact': { vgcopy_window_failed: true } },
        {
          name: 'The copy was not taken in the consistency window',
          'ansible.builtin.fail': {
            msg: new Jinja(
              "{{ ansible_failed_task.name }} failed: {{ ansible_failed_result.msg | default('') }}",
            ),
          },
        },
      ],
      always: [stepBlock(facts, plan, pairs, thaw, mode, 'vgcopy_window_failed is not defined')],
    },
    ...indexes.filter((i) => i > thaw).map(block),
  ];
}

/** Writes the playbook. Meant for facts whose checks report no blocker (see engine.ts). */
export function writeAnsiblePlaybook(facts: Facts, plan: RunbookPlan, options: PlaybookOptions): string {
  if (facts.mode === 'retire')
    return `${comments([
      `vgcopy ${options.version}: retire the copy ${facts.newVg.name}`,
      `generated ${options.generatedAt}`,
      'vgcopy writes no playbook for retiring a copy: run the ksh script, whose preflight checks the',
      "copy's VG identifier and PVIDs on the host before anything is removed.",
    ]).join('\n')}\n`;
  const mode = storageMode(facts, options.storage);
  const vg = facts.newVg.name;
  const pairs = undoPairs(plan).filter((p) => inScript(p.step));
  const stamp = options.generatedAt.replace(/[^0-9]/g, '').slice(0, 14) || 'undated';
  const statePath = `${options.logDir ?? '/var/tmp'}/vgcopy-${vg}-${stamp}.playbook.done`;
  const scriptSteps = plan.steps.map((s, i) => ({ s, i })).filter(({ s }) => inScript(s));
  const svc = facts.copy.storage === 'svc';
  const header = [
    `vgcopy ${options.version}: bring up the copy of volume group ${facts.sourceVg.name} as ${vg}`,
    `generated ${options.generatedAt}${facts.hostname ? ` for host ${facts.hostname}` : ''}`,
    '',
    `Copy method:   ${methodNames[facts.copy.method]}; ${facts.mode === 'refresh' ? `refresh of ${facts.existingCopy?.vgName ?? ''}` : 'first copy'}`,
    `Consistency:   ${facts.consistency.approach}`,
    `Access:        ${plan.access.method}`,
    `Storage part:  ${mode === 'cli' ? (svc ? 'the playbook runs the SVC CLI over SSH (ibm.spectrum_virtualize)' : 'the playbook runs the DS CLI on vgcopy_storage_host') : 'pauses for the storage admin (see the storage script)'}`,
    '',
    'Steps (numbered as in the checklist and the script; the others are done by hand):',
    ...scriptSteps.map(({ s, i }) => `  ${i + 1}. ${s.title} (${s.owner})`),
    '',
    'Usage: ansible-playbook -i INVENTORY PLAYBOOK -e vgcopy_hosts=HOST [--check]',
    `  vgcopy_hosts          the AIX host (default: the inventory group ${defaultHosts}, which must hold only it)`,
    '  --check               dry run: reads and checks the host, changes nothing, does not wait at the pauses',
    ...(mode === 'cli' && !svc
      ? ['  vgcopy_storage_host   the host with the DS CLI (default: the AIX host)']
      : []),
    ...(mode === 'cli' && svc
      ? [
          "  vgcopy_svc_cluster, vgcopy_svc_user   the SVC to reach (default: the runbook's)",
          '  vgcopy_svc_password   its password (vault); without it, the SSH key',
        ]
      : []),
    'Run it as root on the AIX host (remote_user root, or become in the inventory).',
    `Done steps are recorded in ${statePath}: a rerun skips them.`,
    'A failed step undoes what this run changed on production, newest first (the rescue).',
  ];
  const play = {
    name: `Bring up the copy of ${facts.sourceVg.name} as ${vg}`,
    hosts: new Jinja(`{{ vgcopy_hosts | default('${defaultHosts}') }}`),
    gather_facts: false,
    vars: { vgcopy_state: statePath, vgcopy_undo: [] },
    tasks: [
      {
        ...readTask('Read the steps a previous run did', ['cat', statePath], 'vgcopy_state_file'),
        failed_when: false,
      },
      set('vgcopy_done', 'vgcopy_state_file.stdout_lines'),
      { name: 'Preflight: check the host against the plan', block: preflight(facts, plan, mode) },
      {
        name: `Bring up ${vg}`,
        block: steps(facts, plan, pairs, mode),
        rescue: rescue(facts, pairs, mode),
      },
      {
        name: 'Remove the state file: the copy is up',
        'ansible.builtin.file': { path: new Jinja('{{ vgcopy_state }}'), state: 'absent' },
      },
    ],
  };
  return yamlDocument(header, [play]);
}
