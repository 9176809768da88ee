/**
 * The ksh script for the AIX admin's part of the plan (src/core/README.md "The generated script"): a header
 * saying what it does, for which VG, copy method and disks, when and by which vgcopy version it was
 * generated; -n (dry run), -y (no questions) and -h; a log file with timestamps; a preflight; one function
 * per step; documented exit codes; and undo as it goes (ksh-undo.ts, docs/failure-safety.md): every change to
 * the source is recorded with its undo, and any exit other than success (a failure, a "no", INT, TERM, HUP)
 * undoes what this run changed, newest first, and ends with the production-state summary. Written for ksh88
 * (AIX /usr/bin/ksh); checked with sh-syntax (mksh) and shellcheck -s ksh in the tests.
 */
import { accessMethod, copyLayout, isMirror } from '../model/copy-layout';
import { copySet, listed, setLabel, wholeSet } from '../model/copy-set';
import type { Facts } from '../model/facts';
import { retiredCopy } from '../model/retire';
import { storageProcedure } from '../plan/storage';
import type { RunbookPlan } from '../plan/types';
import { kshLibrary, kshLogOf, kshPause } from './ksh-library';
import { preflightFunction } from './ksh-preflight';
import { exitCodes, inScript, type StorageMode, stepFunction, stepFunctionText } from './ksh-steps';
import { kshUndoLibrary, stepUndo, undoFunctionText, undoPairs } from './ksh-undo';
import { shq } from '../shell-quote';
import { comments } from './shell-quote';
import { unsetChecksumLine, withChecksum } from './script-checksum';
import { type Review, reviewLine } from '../model/review';

export interface ScriptOptions {
  /** When the script was generated (ISO text); never read from a clock here. */
  generatedAt: string;
  /** vgcopy version that generated it. */
  version: string;
  /** Storage part: pauses for the storage admin (default: the runbook's choice, else pause), or the CLI. */
  storage?: StorageMode;
  /** Directory of the log and state files on the host (default /var/tmp). */
  logDir?: string;
  /** Who reviewed the runbook, for the header (absent: not reviewed). */
  review?: Review;
}

export const methodNames = {
  flashcopy: 'FlashCopy',
  'metro-mirror': 'Metro Mirror',
  'global-copy': 'Global Copy',
  'global-mirror': 'Global Mirror',
  oem: 'OEM storage copy',
} as const;
const storageNames = { ds8000: 'DS8000', svc: 'SVC/FlashSystem', other: 'other storage' } as const;

/** Whether plan step i runs between a freeze and its thaw. */
function frozenAt(plan: RunbookPlan, i: number): boolean {
  const freeze = plan.steps.findIndex((s) => s.action.kind === 'freeze');
  const thaw = plan.steps.findIndex((s) => s.action.kind === 'thaw');
  return freeze >= 0 && freeze < i && i < thaw;
}

/** The storage mode a runbook asks for, overridden by an explicit option. */
export function storageMode(facts: Facts, option?: StorageMode): StorageMode {
  return option ?? facts.storage?.commands ?? 'pause';
}

/** Writes the script. Meant for facts whose checks report no blocker (see engine.ts). */
export function writeScript(facts: Facts, plan: RunbookPlan, options: ScriptOptions): string {
  const mode = storageMode(facts, options.storage);
  // A copy set's disks and mount points are listed together; each VG's copy is named.
  const whole = wholeSet(facts);
  const layout = copyLayout(whole);
  const members = copySet(facts);
  const copies = listed(members.map((m) => m.facts.newVg.name));
  const steps = plan.steps.map((s, i) => ({ s, i })).filter(({ s }) => inScript(s));
  const pairs = undoPairs(plan).filter((p) => inScript(p.step));
  const vg = facts.newVg.name;
  const usesPause = steps.some(
    ({ s }) => s.action.kind === 'pause' || (s.action.kind === 'storage' && mode === 'pause'),
  );
  const stamp = options.generatedAt.replace(/[^0-9]/g, '').slice(0, 14) || 'undated';
  const logDir = options.logDir ?? '/var/tmp';
  // A retire (docs/procedure.md "Retiring a copy") names the copy it removes, by name, VG id and disks.
  const retired = retiredCopy(facts);
  const what = retired
    ? [
        `Copy method:   ${methodNames[facts.copy.method]} on ${storageNames[facts.copy.storage]}; retire of ${vg}`,
        `VG identifier: ${retired.vgId ?? ''}`,
        `Copy disks:    ${retired.pvids.map((d) => `${d.name} (PVID ${d.pvid ?? 'none'})`).join(' ')}`,
        `Mount points:  ${retired.unmountOrder.join(' ')}`,
      ]
    : [
        `Copy method:   ${methodNames[facts.copy.method]} on ${storageNames[facts.copy.storage]}; ${facts.mode === 'refresh' ? `refresh of ${listed(members.map((m) => m.facts.existingCopy?.vgName ?? ''))}` : 'first copy'}`,
        `Consistency:   ${facts.consistency.approach}`,
        `Access:        ${members.map((m) => `${accessMethod(m.facts)}${members.length > 1 ? ` (${m.facts.newVg.name})` : ''}`).join(', ')}`,
        `Source disks:  ${whole.sourceVg.disks.map((d) => d.name).join(' ')}`,
        `Target disks:  ${layout.targets.map((t) => t.name).join(' ')}`,
        `Mount points:  ${layout.fileSystems.map((f) => f.mountPoint).join(' ')}`,
      ];
  const header = [
    '#!/usr/bin/ksh',
    ...comments([
      retired
        ? `vgcopy ${options.version}: retire the copy ${vg} of volume group ${facts.sourceVg.name}`
        : members.length === 1
          ? `vgcopy ${options.version}: bring up the copy of volume group ${facts.sourceVg.name} as ${vg}`
          : `vgcopy ${options.version}: bring up the copies of volume groups ${setLabel(facts)} as ${copies}, copied at one instant`,
      `generated ${options.generatedAt}${facts.hostname ? ` for host ${facts.hostname}` : ''}`,
      options.review ? reviewLine(options.review) : 'not reviewed',
      '',
      ...what,
      `Storage part:  ${mode === 'cli' ? 'this script runs the storage CLI' : 'the script pauses for the storage admin (see the storage script)'}`,
      '',
      'Steps (numbered as in the checklist; the others are done by hand):',
      ...steps.map(({ s, i }) => `  ${i + 1}. ${s.title} (${s.owner})`),
      '',
      'Usage: ksh SCRIPT [-n] [-y] [-h]',
      '  -n  dry run: check the host and print what would run; change nothing',
      '  -y  answer yes to every question (non-interactive); pauses for other people still wait for',
      '      "done" on standard input ("run" lets the script run the application owner\'s commands here)',
      '  -h  print this help',
      'Exit codes:',
      retired
        ? '  0  done: the copy is removed from the host and the storage admin has removed its relationships and mappings'
        : '  0  done: the copy is varied on and its file systems are mounted',
      `  ${exitCodes.usage}  usage error`,
      `  ${exitCodes.preflight}  preflight: the host is not as planned; nothing was changed`,
      `  ${exitCodes.stepFailed}  a step failed (see the log); run the script again once the cause is fixed: done steps are skipped`,
      `  ${exitCodes.stopped}  stopped: a question was answered no, or a pause was not confirmed`,
      `  ${exitCodes.copyUnusable}  the copy is not usable (logredo or fsck found errors): discard it`,
      `  ${exitCodes.interrupted}  interrupted (INT, TERM or HUP)`,
      `  ${exitCodes.notRestored}  production could not be fully restored: the summary at the end says what is left and who must act`,
      ...(retired
        ? [
            'On any exit but 0, 1 and 2 before exportvg, the script first varies the copy on and mounts it',
            'again as this run found it, and ends with a summary (docs/failure-safety.md in vgcopy). From',
            'exportvg on, the retire only goes forward: a rerun goes on from where it stopped.',
          ]
        : [
            'On any exit but 0, 1 and 2 the script first undoes what this run changed on production, newest',
            'first, and ends with a production-state summary (docs/failure-safety.md in vgcopy). The copy side',
            '(configured target disks, a copy VG as far as it was built) is left as it is: a rerun goes on from it.',
          ]),
      'Run record: each step event goes into the log as a #VGCOPY line with the checksum below (the',
      "digest of this file without its SCRIPT_SHA256 line: grep -v '^SCRIPT_SHA256=' SCRIPT | openssl",
      'dgst -sha256); the log read back by vgcopy shows what ran (docs/run-record.md in vgcopy).',
    ]),
  ];
  const settings = [
    unsetChecksumLine,
    `LOG=${shq(`${logDir}/vgcopy-${vg}.log`)}`,
    `STATE=${shq(`${logDir}/vgcopy-${vg}-${stamp}.done`)}`,
    `OUT=${shq(`${logDir}/vgcopy-${vg}.out`)}`,
    `LIST=${shq(`${logDir}/vgcopy-${vg}.list`)}`,
    'DRY_RUN=0',
    'ASSUME_YES=0',
    "UNDO=''",
    "STEP=''",
    'STEP_N=0',
  ];
  // The help is the header itself: from line 2 to the blank line that ends it, without the "# ".
  const usage = ['usage() {', `  sed -n '2,/^$/p' "$0" | sed 's/^# \\{0,1\\}//'`, '}'];
  const accessStep = plan.steps.find((s) => s.action.kind === 'recreatevg' || s.action.kind === 'importvg');
  const copySide = retired
    ? `the copy ${vg} as far as the retire went: up to exportvg a stop puts it back as it was; from exportvg on, run the script again to finish (to bring the copy back instead: cfgmgr, then importvg -y ${vg} ${retired.disks[0] ?? 'hdiskN'})`
    : `copy side left as it is (safe; a rerun goes on from it): the target disks ${layout.targets.map((t) => t.name).join(' ')}${accessStep ? ` and ${copies} as far as ${members.length > 1 ? 'they were' : 'it was'} built` : ''}`;
  const options_ = [
    'while getopts nyh opt; do',
    '  case $opt in',
    '    n) DRY_RUN=1 ;;',
    '    y) ASSUME_YES=1 ;;',
    '    h) usage; exit 0 ;;',
    `    *) usage >&2; exit ${exitCodes.usage} ;;`,
    '  esac',
    'done',
    'shift $((OPTIND - 1))',
    `if [ $# -gt 0 ]; then usage >&2; exit ${exitCodes.usage}; fi`,
  ];
  const main = [
    'trap on_exit EXIT',
    'trap on_signal INT TERM HUP',
    `log ${shq(`vgcopy ${options.version}: ${retired ? `retire ${vg}` : `${setLabel(facts)} -> ${copies}`}, generated ${options.generatedAt}`)}`,
    `event run ${shq(`version=${options.version}`)}" host=$(hostname) user=$(logname 2>/dev/null || whoami) dry=$DRY_RUN"`,
    'if [ "$DRY_RUN" -eq 1 ]; then log "dry run: nothing will be changed"; fi',
    'preflight',
    ...steps.map(({ s, i }) => stepFunction(i, s)),
    // The last command's status (0) is the script's: a final `exit 0` would hide the trap handlers from shellcheck (SC2317).
    'if [ "$DRY_RUN" -eq 1 ]; then',
    "  log 'dry run done: nothing was changed'",
    'else',
    '  rm -f "$STATE"',
    `  log ${shq(retired ? `the copy ${vg} is retired` : members.length > 1 ? `the copies ${copies} are up` : `the copy ${vg} is up`)}`,
    'fi',
  ];
  const parts = [
    header.join('\n'),
    settings.join('\n'),
    usage.join('\n'),
    options_.join('\n'),
    kshLibrary.trimEnd(),
    ...(usesPause ? [kshPause.trimEnd()] : []),
    ...(steps.some(({ s }) => s.action.kind === 'logredo') ? [kshLogOf.trimEnd()] : []),
    kshUndoLibrary(
      copySide,
      isMirror(whole) ? (storageProcedure(whole)?.beforeRefresh ?? []) : [],
      retired ? { what: `the copy ${vg}`, heading: `State of the copy ${vg}` } : undefined,
    ),
    ...pairs.map((p) => undoFunctionText(p, mode)),
    preflightFunction(facts, plan, mode),
    ...steps.map(({ s, i }) =>
      stepFunctionText(i, s, mode, {
        frozen: frozenAt(plan, i),
        undo: stepUndo(plan, pairs, i),
        previous: plan.steps[i - 1],
      }),
    ),
    main.join('\n'),
  ];
  return withChecksum(`${parts.join('\n\n')}\n`);
}
