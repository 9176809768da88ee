/**
 * One ksh function per plan step. Each function logs its start, returns early when its work is already
 * done (so a re-run after a failure goes on where it stopped), asks before it changes anything unless
 * -y, runs its commands through `run`, and stops with the documented exit code when one fails.
 */
import type { ActionStep, StepAction } from '../plan/types';
import { splitDiskPvid, textCommandsDirective } from './ksh-library';
import type { StepUndo } from './step-undo';
import { shq } from '../shell-quote';
import { forEachWord, shList, shWords } from './shell-quote';

/** How the storage admin's part is done: pauses in the script, or the script runs the storage CLI. */
export type StorageMode = 'pause' | 'cli';

/** Exit codes of the script, documented in its header. */
export const exitCodes = {
  usage: 1,
  preflight: 2,
  stepFailed: 3,
  stopped: 4,
  copyUnusable: 5,
  interrupted: 6,
  /** Production could not be fully put back (an undo failed, or is its owner's): the summary says what is left. */
  notRestored: 7,
} as const;

/** Actions that change the host or the storage, so the script asks first. */
const destructive = new Set<StepAction['kind']>([
  'umount',
  'varyoffvg',
  'exportvg',
  'freeze',
  'storage',
  'recreatevg',
  'importvg',
  'rmdev',
]);

/** Name of the ksh function for a step. */
export function stepFunction(index: number, s: ActionStep): string {
  return `step_${index + 1}_${s.id.replace(/[^A-Za-z0-9]/g, '_')}`;
}

function fail(what: string): string {
  return `die ${exitCodes.stepFailed} ${shq(what)}`;
}

/**
 * A storage command as the script runs it: the CLI's prefix and the command's words, quoted (ids and
 * names are validated: no spaces inside).
 */
export function storageCall(cli: readonly string[], command: string): string {
  return shWords([...cli, ...command.split(' ').filter(Boolean)]);
}

/** Seconds the script waits for an SVC consistency group to settle (stop or cache flush) before it gives up. */
const svcGroupWaitSeconds = 600;

/** The SVC CLI commands that list and change a FlashCopy consistency group, or a mapping outside one. */
const svcObjects = {
  group: {
    list: 'lsfcconsistgrp',
    stop: 'stopfcconsistgrp',
    prepare: 'prestartfcconsistgrp',
    what: 'consistency group',
  },
  map: { list: 'lsfcmap', stop: 'stopfcmap', prepare: 'prestartfcmap', what: 'FlashCopy mapping' },
} as const;

/**
 * Brings an SVC FlashCopy consistency group (or a mapping outside one) to `until` and waits for it, reading
 * its status from the detailed lsfcconsistgrp / lsfcmap view (`status:` line; the concise view's columns
 * vary with the code level). idle: one still copying is stopped (CMMVC5903E refuses to start it),
 * idle_or_copied, stopped, prepared or empty are startable. prepared: prestart unless preparing or prepared
 * already (a rerun), then wait for the cache flush. Listing commands go through svcinfo, changing ones
 * through svctask. `done` ends the dry run's part for this object.
 */
function svcObjectBody(
  cli: readonly string[],
  kind: keyof typeof svcObjects,
  name: string,
  until: 'idle' | 'prepared',
  done: string,
): string[] {
  const cmd = svcObjects[kind];
  const info = cli.map((w) => (w === 'svctask' ? 'svcinfo' : w));
  const list = `${cmd.list} -delim : ${name}`;
  const change = until === 'idle' ? `${cmd.stop} ${name}` : `${cmd.prepare} ${name}`;
  const read = [
    `run ${storageCall(info, list)} || ${fail(`storage command failed: ${list}`)}`,
    `state=$(awk -F: '$1 == "status" { print $2 }' "$OUT")`,
  ];
  const ready = until === 'idle' ? 'idle_or_copied | stopped | prepared | empty' : 'prepared';
  const waiting = until === 'idle' ? 'stopping | preparing' : 'preparing';
  const act = until === 'idle' ? 'copying' : 'idle_or_copied | stopped';
  return [
    ...read,
    `[ "$DRY_RUN" -eq 1 ] && { run ${storageCall(cli, change)}; ${done}; }`,
    'case $state in',
    `  ${act}) run ${storageCall(cli, change)} || ${fail(`storage command failed: ${change}`)} ;;`,
    `  ${ready} | ${waiting}) ;;`,
    `  *) die ${exitCodes.stepFailed} ${shq(`${cmd.what} ${name} is `)}"$state"${shq(': the storage admin settles it first')} ;;`,
    'esac',
    'while :; do',
    ...read.map((l) => `  ${l}`),
    '  case $state in',
    `    ${ready}) break ;;`,
    `    ${waiting}) ;;`,
    `    *) die ${exitCodes.stepFailed} ${shq(`${cmd.what} ${name} went `)}"$state" ;;`,
    '  esac',
    `  [ "$waited" -ge ${svcGroupWaitSeconds} ] && ${fail(`${cmd.what} ${name} did not settle in ${svcGroupWaitSeconds} seconds`)}`,
    '  sleep 5',
    '  ((waited += 5))',
    'done',
    `log ${shq(`${cmd.what} ${name} is `)}"$state"`,
  ];
}

function svcGroupBody(cli: readonly string[], group: string, until: 'idle' | 'prepared'): string[] {
  return ["typeset state='' waited=0", ...svcObjectBody(cli, 'group', group, until, 'return 0')];
}

/**
 * The mappings outside a consistency group, one after the other: each brought to idle as a group is. The
 * mapping names are plain SVC object names (schema-checked), so the loop's words need no quoting beyond
 * the one each command gets.
 */
function svcMapsBody(cli: readonly string[], names: readonly string[]): string[] {
  const PLACEHOLDER = 'VGCOPY_MAP';
  // The name inside a quoted message closes the quote, adds "$map" and reopens it (an empty '' at the end
  // is dropped).
  const body = svcObjectBody(cli, 'map', PLACEHOLDER, 'idle', 'continue').map((l) =>
    `  ${l}`
      .replaceAll(`'${PLACEHOLDER}'`, '"$map"')
      .replaceAll(PLACEHOLDER, `'"$map"'`)
      .replaceAll(`"$map"''`, '"$map"'),
  );
  return [
    "typeset state='' waited=0 map=''",
    ...forEachWord('map', names, ''),
    '  waited=0',
    ...body,
    'done',
  ];
}

/**
 * SVC remote copy DR test: reads the group's state from the detailed lsrcconsistgrp view (`state:` line)
 * every `intervalSeconds` while it is inconsistent_copying; consistent_synchronized or consistent_stopped
 * (a consistent image on the aux volumes) is stopped with -access. Any other state is refused: stopped
 * inconsistent or idling, the aux volumes hold no image the script can vouch for (idling: perhaps an earlier
 * DR test's writes).
 */
function rcGroupBody(
  cli: readonly string[],
  group: { name: string; timeoutSeconds: number; intervalSeconds: number },
): string[] {
  const info = cli.map((w) => (w === 'svctask' ? 'svcinfo' : w));
  const list = `lsrcconsistgrp -delim : ${group.name}`;
  const stop = `stoprcconsistgrp -access ${group.name}`;
  return [
    "typeset state='' waited=0",
    `[ "$DRY_RUN" -eq 1 ] && { run ${storageCall(info, list)}; run ${storageCall(cli, stop)}; return 0; }`,
    'while :; do',
    `  run ${storageCall(info, list)} || ${fail(`storage command failed: ${list}`)}`,
    `  state=$(awk -F: '$1 == "state" { print $2 }' "$OUT")`,
    '  case $state in',
    '    consistent_synchronized | consistent_stopped) break ;;',
    '    inconsistent_copying) ;;',
    `    *) die ${exitCodes.stepFailed} ${shq(`remote copy group ${group.name} is `)}"$state"${shq(': its aux volumes hold no consistent image; the storage admin starts it and waits for consistent_synchronized')} ;;`,
    '  esac',
    `  [ "$waited" -ge ${group.timeoutSeconds} ] && ${fail(`remote copy group ${group.name} did not reach consistent_synchronized in ${group.timeoutSeconds} seconds`)}`,
    `  sleep ${group.intervalSeconds}`,
    `  ((waited += ${group.intervalSeconds}))`,
    'done',
    `log ${shq(`remote copy group ${group.name} is `)}"$state"`,
    `run ${storageCall(cli, stop)} || ${fail(`storage command failed: ${stop}`)}`,
  ];
}

/** A shell test that is true when the step's work is already done on the host, and what to log then. */
interface AlreadyDone {
  test: string;
  message: string;
}

/** The intrinsic "already done" test of a step, checked before asking anything. */
function alreadyDone(s: ActionStep): AlreadyDone | undefined {
  const a = s.action;
  switch (a.kind) {
    case 'varyoffvg':
      return { test: `! vg_active ${shq(a.vg)}`, message: `${a.vg} is not varied on` };
    case 'exportvg':
      return { test: `! vg_defined ${shq(a.vg)}`, message: `${a.vg} is not in the ODM` };
    case 'recreatevg':
      return {
        test: `vg_defined ${shq(a.vg)} && [ "$(disk_field ${shq(a.disks[0] ?? '')} 3)" = ${shq(a.vg)} ]`,
        message: `${a.vg} exists on its disks`,
      };
    case 'importvg':
      return { test: `vg_defined ${shq(a.vg)}`, message: `${a.vg} is imported` };
    case 'varyonvg':
      return { test: `vg_active ${shq(a.vg)}`, message: `${a.vg} is varied on` };
    default:
      return undefined;
  }
}

/**
 * Runs a delimited `lspprc` every `intervalSeconds` until every pair is ready: 0 Out Of Sync Tracks (5th
 * field of `lspprc -l`) for a Global Copy drain, or State (2nd field) Full Duplex for a Metro Mirror after a
 * failback. A listing without all the pairs named, a pair Suspended while waiting for Full Duplex (a
 * suspended pair never gets there by itself), or the timeout stops the step.
 */
function drainLoop(
  cli: readonly string[],
  command: string,
  drain: { timeoutSeconds: number; intervalSeconds: number; until?: 'full-duplex' },
): string[] {
  const { timeoutSeconds: timeout, intervalSeconds: interval } = drain;
  const expected = command.split(' ').filter((w) => /^[^-:\s]+:[^:\s]+$/.test(w)).length;
  const duplex = drain.until === 'full-duplex';
  const wait = duplex
    ? [
        `  left=$(awk -F, '$1 ~ /:/ && $2 != "Full Duplex" { n++ } END { print n + 0 }' "$OUT")`,
        `  stopped=$(awk -F, '$1 ~ /:/ && $2 ~ /Suspended/ { n++ } END { print n + 0 }' "$OUT")`,
      ]
    : [`  left=$(awk -F, '$1 ~ /:/ { n += $5 } END { print n + 0 }' "$OUT")`];
  const suspended = duplex
    ? [
        `  [ "$stopped" -eq 0 ] || die ${exitCodes.stepFailed} "$stopped of the ${expected} pairs are Suspended: the failback did not take (lspprc -l shows the reason); resynchronise them first"`,
      ]
    : [];
  const late = duplex
    ? `"$left of the ${expected} pairs are still not Full Duplex after ${timeout} seconds: the resynchronisation is slow or the links are down (lspprc -l shows the out-of-sync tracks)"`
    : `"$left tracks are still out of sync after ${timeout} seconds: something still writes to the primaries"`;
  const waiting = duplex
    ? `"   $left of the ${expected} pairs not yet Full Duplex; waiting ${interval} seconds"`
    : `"   $left tracks out of sync; waiting ${interval} seconds"`;
  return [
    `typeset waited=0 pairs='' left=''${duplex ? " stopped=''" : ''}`,
    'while :; do',
    `  run ${storageCall(cli, command)} || ${fail(`storage command failed: ${command}`)}`,
    '  [ "$DRY_RUN" -eq 1 ] && return 0',
    `  pairs=$(awk -F, '$1 ~ /:/ { n++ } END { print n + 0 }' "$OUT")`,
    ...wait,
    `  [ "$pairs" -eq ${expected} ] || die ${exitCodes.stepFailed} "lspprc lists $pairs of the ${expected} pairs: check the volume ids and the -dev/-remotedev ids"`,
    ...suspended,
    '  [ "$left" -eq 0 ] && break',
    `  [ "$waited" -ge ${timeout} ] && die ${exitCodes.stepFailed} ${late}`,
    `  log ${waiting}`,
    `  run sleep ${interval} || ${fail('sleep failed')}`,
    `  ((waited = waited + ${interval}))`,
    'done',
  ];
}

/** A drain is never done for good: the writes may have started again since (a rerun waits again). */
export function redoneUntilCopy(s: ActionStep): boolean {
  return s.action.kind === 'sync' || (s.action.kind === 'storage' && s.action.drain !== undefined);
}

function body(s: ActionStep, mode: StorageMode, previous?: ActionStep): string[] {
  const a = s.action;
  switch (a.kind) {
    case 'manual':
      return [];
    case 'pause': {
      // Only commands meant for this host may be run here on request: others belong to another host
      // (the source's admin, an application beside it) or another CLI (the storage admin).
      const runnable = runnablePause(s) ? 'yes' : 'no';
      // The owner's commands are text here, on purpose unexpanded: sh -c runs each only at "run".
      return [
        ...textCommandsDirective(a.commands),
        `pause ${shq(a.who)} ${runnable} ${a.commands.length ? shWords(a.commands) : shq(s.title)}`,
      ];
    }
    case 'storage':
      if (mode === 'pause')
        return [`pause 'the storage admin' no ${shq(`${s.title}:`)} ${shWords(a.commands)}`];
      if (a.drain) return drainLoop(a.cli, a.commands[0] ?? '', a.drain);
      if (a.svcGroup) return svcGroupBody(a.cli, a.svcGroup.name, a.svcGroup.until);
      if (a.svcMaps) return svcMapsBody(a.cli, a.svcMaps.names);
      if (a.rcGroup) return rcGroupBody(a.cli, a.rcGroup);
      return a.commands.flatMap((c, k) => {
        const run = `run ${storageCall(a.cli, c)} || ${fail(`storage command failed: ${c}`)}`;
        if (a.commands.length === 1) return [run];
        // A rerun after the step failed half-way goes on after the commands that went through: the
        // storage refuses most of them twice (a relationship or mapping that already exists).
        const part = shq(`${s.id}:${k + 1}`);
        return [
          `if step_done ${part}; then`,
          `  skip ${shq(c)}`,
          'else',
          `  ${run}`,
          `  part_done ${part}`,
          'fi',
        ];
      });
    case 'cfgmgr':
      return [`run cfgmgr || ${fail('cfgmgr failed')}`];
    case 'check-targets':
      return [
        '[ "$DRY_RUN" -eq 1 ] && return 0',
        "typeset entry='' disk='' pvid=''",
        ...forEachWord(
          'entry',
          a.disks.map((d) => `${d.name}:${d.pvid ?? 'none'}`),
          '  ',
        ),
        ...splitDiskPvid,
        // A cfgmgr that found no disk is not done: the rerun runs it again.
        `  [ -n "$(disk_field "$disk" 1)" ] || {${previous?.action.kind === 'cfgmgr' ? ` forget_steps ${shq(previous.id)};` : ''} die ${exitCodes.stepFailed} "$disk is not configured: check the LUN mapping and run cfgmgr again"; }`,
        `  [ "$(disk_field "$disk" 2)" = "$pvid" ] || die ${exitCodes.stepFailed} "$disk does not show PVID $pvid: it is not the expected target LUN"`,
        'done',
      ];
    case 'umount':
      return [
        ...(a.vg
          ? [
              `: >"$LIST"`,
              `if vg_active ${shq(a.vg)}; then`,
              // sort -r puts a mount point under another before it: /data/logs is unmounted before /data, the
              // order of model/mount-order.ts for what the host shows mounted at run time.
              `  lsvg -l ${shq(a.vg)} | awk 'NR > 2 && $6 ~ /^open/ && $7 != "N/A" { print $7 }' | sort -r >"$LIST"`,
              'fi',
            ]
          : [`printf '%s\\n' ${shWords(a.mountPoints)} >"$LIST"`]),
        "typeset mp=''",
        'while read -r mp; do',
        '  if is_mounted "$mp"; then',
        `    run umount "$mp" || ${fail('umount failed: fuser -cu MOUNTPOINT shows who uses it')}`,
        '  fi',
        'done <"$LIST"',
      ];
    case 'mount': {
      const mountIt = (command: string) =>
        `    run ${command} "$mp" || die ${exitCodes.stepFailed} "${command} $mp failed"`;
      const guarded = a.noGuard ?? [];
      // With guarded file systems each word is yes:MP or no:MP, in mount order (steps-verify.ts).
      const loop =
        guarded.length === 0
          ? ["typeset mp=''", ...forEachWord('mp', a.mountPoints, '  ')]
          : [
              "typeset entry='' mp='' guard=''",
              ...forEachWord(
                'entry',
                a.mountPoints.map((m) => `${guarded.includes(m) ? 'yes' : 'no'}:${m}`),
                '  ',
              ),
              // biome-ignore lint/suspicious/noTemplateCurlyInString: ksh parameter expansion, not a JS template
              '  guard=${entry%%:*}',
              // biome-ignore lint/suspicious/noTemplateCurlyInString: ksh parameter expansion, not a JS template
              '  mp=${entry#*:}',
            ];
      return [
        ...loop,
        '  if is_mounted "$mp"; then',
        '    skip "$mp is mounted"',
        ...(guarded.length === 0 ? [] : ['  elif [ "$guard" = yes ]; then', mountIt('mount -o noguard')]),
        '  else',
        mountIt('mount'),
        '  fi',
        'done',
      ];
    }
    case 'varyoffvg':
      return [`run varyoffvg ${shq(a.vg)} || ${fail(`varyoffvg ${a.vg} failed`)}`];
    case 'exportvg':
      return [`run exportvg ${shq(a.vg)} || ${fail(`exportvg ${a.vg} failed`)}`];
    case 'sync':
      return [
        `run sync || ${fail('sync failed')}`,
        ...(a.waitSeconds > 0 ? [`run sleep ${a.waitSeconds} || ${fail('sleep failed')}`] : []),
      ];
    case 'freeze':
      return [
        "typeset mp=''",
        ...forEachWord('mp', a.mountPoints, '  '),
        `  run chfs -a ${shq(`freeze=${a.timeoutSeconds}`)} "$mp" || die ${exitCodes.stepFailed} "chfs -a freeze failed on $mp"`,
        'done',
      ];
    case 'thaw':
      return [
        "typeset mp=''",
        ...forEachWord('mp', a.mountPoints, '  '),
        '  run chfs -a freeze=off "$mp" || log "WARNING: thaw of $mp failed; it thaws by itself at the timeout"',
        'done',
      ];
    case 'recreatevg':
      return [
        `run recreatevg -y ${shq(a.vg)} -Y ${shq(a.lvPrefix)} -L ${shq(a.mountPrefix)} ${shList(a.disks, '  ')} || ${fail(`recreatevg failed: check that every disk of the copy is listed and that ${a.vg} is not in the ODM`)}`,
      ];
    case 'importvg':
      return [`run importvg -y ${shq(a.vg)} ${shq(a.disk)} || ${fail('importvg failed')}`];
    case 'varyonvg':
      return [`run varyonvg ${shq(a.vg)} || ${fail(`varyonvg ${a.vg} failed`)}`];
    case 'logredo':
      return [
        "typeset mp='' dev='' replayed=' '",
        ...forEachWord('mp', a.mountPoints, '  '),
        '  dev=$(log_of "$mp")',
        '  if [ -z "$dev" ]; then',
        '    [ "$DRY_RUN" -eq 1 ] && continue',
        `    die ${exitCodes.stepFailed} "no log device for $mp in /etc/filesystems: is the copy defined?"`,
        '  fi',
        '  case $replayed in *" $dev "*) continue ;; esac',
        '  replayed="$replayed$dev "',
        `  run logredo "$dev" || die ${exitCodes.copyUnusable} "logredo failed on $dev ($mp): on a log wrap enlarge the source's log and take the copy again; other errors need IBM service"`,
        'done',
      ];
    case 'fsck':
      return [
        "typeset mp=''",
        ...forEachWord('mp', a.mountPoints, '  '),
        '  if is_mounted "$mp"; then',
        '    skip "$mp is mounted"',
        '    continue',
        '  fi',
        `  run fsck ${a.checkOnly ? '-n' : '-y'} "$mp" || die ${exitCodes.copyUnusable} "fsck found errors on $mp: discard the copy"`,
        `  if [ "$DRY_RUN" -eq 0 ] && grep -Eq 'FIX\\?|CLEAR\\?|repaired|logredo failed|failure replaying log' "$OUT"; then`,
        `    die ${exitCodes.copyUnusable} "fsck found errors on $mp: any fsck error means the copy must not be used; discard the copy"`,
        '  fi',
        'done',
      ];
    case 'verify-copy':
      return [
        '[ "$DRY_RUN" -eq 1 ] && return 0',
        `vg_active ${shq(a.vg)} || ${fail(`${a.vg} is not varied on`)}`,
        "typeset disk='' mp=''",
        ...forEachWord('disk', a.disks, '  '),
        `  [ "$(disk_field "$disk" 3)" = ${shq(a.vg)} ] || die ${exitCodes.stepFailed} "$disk is not a disk of "${shq(a.vg)}`,
        'done',
        ...forEachWord('mp', a.mountPoints, '  '),
        `  is_mounted "$mp" || die ${exitCodes.stepFailed} "$mp is not mounted"`,
        'done',
        `run lsvg -l ${shq(a.vg)}`,
      ];
    case 'rmdev':
      return [
        "typeset disk=''",
        ...forEachWord('disk', a.disks, '  '),
        '  if [ -z "$(disk_field "$disk" 1)" ]; then',
        '    skip "$disk is removed"',
        '  else',
        `    run rmdev -dl "$disk" || die ${exitCodes.stepFailed} "rmdev -dl $disk failed: is it still in a varied-on VG or open?"`,
        '  fi',
        'done',
      ];
    case 'verify-retired':
      // exportvg removes the VG's stanzas from /etc/filesystems; one left (edited by hand since) is said,
      // not fatal: the copy is gone, and the stanza is the admin's to remove.
      return [
        '[ "$DRY_RUN" -eq 1 ] && return 0',
        `vg_defined ${shq(a.vg)} && ${fail(`${a.vg} is still in the ODM: exportvg ${a.vg}`)}`,
        `typeset disk=''${a.mountPoints.length > 0 ? " mp=''" : ''}`,
        ...forEachWord('disk', a.disks, '  '),
        `  [ -z "$(disk_field "$disk" 1)" ] || die ${exitCodes.stepFailed} "$disk is still defined: rmdev -dl $disk"`,
        'done',
        ...(a.mountPoints.length === 0
          ? []
          : [
              ...forEachWord('mp', a.mountPoints, '  '),
              '  if lsfs "$mp" >/dev/null 2>&1; then',
              `    log "WARNING: /etc/filesystems still has a stanza for $mp (exportvg did not remove it): remove it by hand, its LV is gone"`,
              '  fi',
              'done',
            ]),
        `log ${shq(`no trace of ${a.vg} is left: no VG, no disk`)}`,
      ];
  }
}

/** Whether a pause step's commands may be run by the script on request (the planner decides). */
function runnablePause(s: ActionStep): boolean {
  return s.action.kind === 'pause' && s.action.runnable;
}

/** The answer a non-interactive run gives one step's pause: the step's number (as in `step_N_`) and id. */
export interface StepAnswer {
  step: number;
  id: string;
  answer: 'run' | 'done';
}

/**
 * The answers a non-interactive run (-y) reads at the script's pauses, step by step: `run` where the
 * script may run the application owner's commands itself, `done` elsewhere. For rehearsals in the
 * simulator (a rehearsal killed at step k gives each step its own; a rerun leaves out the done steps).
 */
export function stepAnswers(steps: readonly ActionStep[], mode: StorageMode): StepAnswer[] {
  return steps.flatMap((s, i): StepAnswer[] => {
    const answer =
      s.action.kind === 'pause'
        ? runnablePause(s)
          ? 'run'
          : 'done'
        : s.action.kind === 'storage' && mode === 'pause'
          ? 'done'
          : undefined;
    return answer ? [{ step: i + 1, id: s.id, answer }] : [];
  });
}

/** The answers of stepAnswers as the lines of a whole run's standard input, in order. */
export function pauseAnswers(steps: readonly ActionStep[], mode: StorageMode): string[] {
  return stepAnswers(steps, mode).map((a) => a.answer);
}

/** Whether the step has anything to do in the script (manual steps are in the checklist only). */
export function inScript(s: ActionStep): boolean {
  return s.action.kind !== 'manual';
}

/**
 * Where a step records its undo (ksh-undo.ts): after a pause (the storage admin's too), with who made the
 * change (the script at "run", else the owner, who confirmed it); before any other change, so a step that
 * fails half-way is undone too (each undo is harmless where nothing was changed). A record this step's own
 * replaces goes as the new one comes.
 */
function withUndo(s: ActionStep, lines: string[], undo: StepUndo, mode: StorageMode): string[] {
  if (!undo.push) return lines;
  const paused = s.action.kind === 'pause' || (s.action.kind === 'storage' && mode === 'pause');
  const record = [
    `push_undo ${undo.push} ${paused ? '"$PAUSE_BY"' : 'script'}`,
    ...(undo.replace ? [`drop_undo ${undo.replace}`] : []),
  ];
  return paused ? [...lines, ...record] : [...record, ...lines];
}

/** Where a step stands in the plan, for its ksh function. */
export interface StepContext {
  /** The step runs while file systems are frozen: it must not wait for an answer (the freeze step's question covered it). */
  frozen: boolean;
  /** The undo record it pushes or drops (ksh-undo.ts). */
  undo: StepUndo;
  /** The step before it in the plan. */
  previous?: ActionStep;
}

/** What says a step is done on a rerun. sync only makes sense before the copy: once it is taken, a rerun skips it. */
function recordedCheck(s: ActionStep): string {
  return redoneUntilCopy(s)
    ? `if step_done 'take-copy'; then step_skip 'the copy is taken'; return 0; fi`
    : `if step_done ${shq(s.id)}; then step_skip ${shq(s.title)}; return 0; fi`;
}

/**
 * The checks that make a step a no-op on a rerun, besides its record: a change whose purpose is done
 * already (the copy taken), a closing step with nothing of this run to close (what it would undo was
 * undone at the last exit, or never made), a state already reached (alreadyDone).
 */
function noOpChecks(s: ActionStep, undo: StepUndo): AlreadyDone[] {
  return [
    ...(undo.serves
      ? [
          {
            test: undo.serves.map((id) => `step_done ${shq(id)}`).join(' && '),
            message: 'not needed again: the steps it was for are done',
          },
        ]
      : []),
    ...(undo.drop && undo.undoes
      ? [
          {
            test: `! undo_pending ${undo.drop} && ! step_done ${shq(undo.undoes)}`,
            message: 'nothing changed by this run to put back',
          },
        ]
      : []),
    ...[alreadyDone(s)].filter((a) => a !== undefined),
  ];
}

/** The ksh function of one step. */
export function stepFunctionText(
  index: number,
  s: ActionStep,
  mode: StorageMode,
  context: StepContext,
): string {
  const { frozen, undo } = context;
  const name = stepFunction(index, s);
  const ask =
    destructive.has(s.action.kind) &&
    !frozen &&
    !(s.action.kind === 'storage' && (mode === 'pause' || s.action.drain !== undefined));
  const question = s.action.kind === 'freeze' ? `${s.title}, take the copy and thaw.` : `${s.title}.`;
  return [
    `${name}() {`,
    `  step_begin ${index + 1} ${shq(s.id)} ${shq(s.title)} ${shq(s.owner)}`,
    `  ${recordedCheck(s)}`,
    ...noOpChecks(s, undo).map((c) => `  if ${c.test}; then step_skip ${shq(c.message)}; return 0; fi`),
    ...(ask ? [`  confirm ${shq(question)}`] : []),
    ...withUndo(s, body(s, mode, context.previous), undo, mode).map((l) => `  ${l}`),
    ...[undo.drop, ...(undo.alsoDrop ?? [])].filter((n) => n !== undefined).map((n) => `  drop_undo ${n}`),
    // A sync is never done for good: a rerun before the copy is taken syncs again, right before it.
    `  step_end ${shq(s.id)}${redoneUntilCopy(s) ? ' again' : ''}`,
    '}',
  ].join('\n');
}
