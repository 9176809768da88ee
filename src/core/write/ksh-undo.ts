/**
 * Undo as the script goes (docs/failure-safety.md). Each step that changes production (the
 * source, or the storage under it: a freeze holding its writes, its mirror suspended or failed over)
 * records, once it has started its change, how to undo it: the name of an `undo_*` function, pushed on a
 * stack in the ksh variable UNDO (newest first). The later step of the plan that undoes it in the normal
 * course (thaw after freeze, mount after umount, ...), or for the storage the step from which the copy
 * needs the change, takes the record off again. On any other exit (a failure, a "no", a pause not
 * confirmed, INT, TERM or HUP) the EXIT trap runs the records newest first, logs each result, and ends
 * with the production-state summary. Each undo runs the action of the step that would have undone the
 * change (or the storage admin's undo), without questions and without `die`: its status says restored
 * (0), failed (1), left to its owner (2: the owner made the change by hand, or it happens on another
 * host), or a storage undo failed (3). After a failed host undo the older ones are only described: a
 * start of an application over unmounted file systems would be worse than leaving it stopped. ksh93
 * gives `name()` functions no local variables (ksh88's typeset does): the names here do not clash with
 * those of the functions they call.
 */
import { mountOrder } from '../model/mount-order';
import type { ActionStep, RunbookPlan, UndoAction } from '../plan/types';
import { textCommandsDirective } from './ksh-library';
import { exitCodes, inScript, type StorageMode, stepFunction, storageCall } from './ksh-steps';
import { shq } from '../shell-quote';
import { forEachWord, shWords } from './shell-quote';
import type { StepUndo } from './step-undo';

/** A step that changes production, and how it is undone. */
export interface UndoPair {
  index: number;
  step: ActionStep;
  /** The action of the later step of the plan that undoes it, or the storage admin's undo (`storageUndo`). */
  closer: UndoAction;
  /** The step that takes the record off the stack: the closing step, or the storage undo's `until`. */
  closerIndex: number;
  /** The record goes when that step starts (its own record replaces it), not when it ends. */
  replaced: boolean;
  /** The steps a rerun does again once this change is undone. */
  forgets: string[];
  /** The ksh function that undoes it. */
  name: string;
}

/** The production-changing steps of the plan, each with how it is undone (in plan order). */
export function undoPairs(plan: RunbookPlan): UndoPair[] {
  return plan.steps.flatMap((step, index): UndoPair[] => {
    const name = `undo_${stepFunction(index, step).slice(5)}`;
    if (step.storageUndo) {
      const { undo, until, replaced = false } = step.storageUndo;
      const closerIndex = plan.steps.findIndex((s) => s.id === until);
      if (closerIndex < 0) return [];
      // An undone copy is no copy: the rerun takes it again the whole way, hot-backup mode and freeze
      // included, not only the storage step. An undo that only ends what the step itself holds while it
      // runs (unfreezeflash after mkflash -freeze) keeps the copy: the commands that went through stay
      // done (part_done), and a rerun goes on after them.
      const first = plan.steps.findIndex((s) => s.phase === 'consistency');
      const forgets =
        until === step.id
          ? []
          : plan.steps.slice(first >= 0 && first < index ? first : index, index + 1).map((s) => s.id);
      return [{ index, step, closer: undo, closerIndex, replaced, forgets, name }];
    }
    const closerIndex = plan.steps.findIndex((s) => s.id === step.undoneBy);
    const closer = plan.steps[closerIndex];
    if (!closer || closer.action.kind === 'manual') return [];
    return [{ index, step, closer, closerIndex, replaced: false, forgets: [step.id], name }];
  });
}

/** Who undoes a pair by hand where the script does not: the closing step's person, the storage admin, or the AIX admin. */
export function undoOwner(pair: UndoPair): string {
  const a = pair.closer.action;
  return a.kind === 'pause' ? a.who : a.kind === 'storage' ? 'the storage admin' : 'the AIX admin';
}

export function stepUndo(plan: RunbookPlan, pairs: readonly UndoPair[], index: number): StepUndo {
  const closing = (replaced: boolean) =>
    pairs.find((p) => p.closerIndex === index && p.replaced === replaced);
  // A change a later step of the plan undoes (not a storage admin's undo, dropped where the copy needs it).
  const stepPair = (p: UndoPair | undefined) => (p && plan.steps[p.closerIndex] === p.closer ? p : undefined);
  const pushing = pairs.find((p) => p.index === index);
  const undone = stepPair(pushing);
  // The other changes and their closers are not what a change is for (a storage step holding a freeze is).
  const inPair = (j: number) => pairs.some((q) => stepPair(q) && (q.index === j || q.closerIndex === j));
  const serves = undone
    ? plan.steps
        .map((s, j) => ({ s, j }))
        .filter(({ s, j }) => j > undone.index && j < undone.closerIndex && inScript(s) && !inPair(j))
        .map(({ s }) => s.id)
    : [];
  const undoes = stepPair(closing(false))?.step.id;
  const alsoDrop = pairs.filter((p) => p.closerIndex === index && !p.replaced).slice(1);
  return {
    push: pushing?.name,
    drop: closing(false)?.name,
    replace: closing(true)?.name,
    ...(alsoDrop.length > 0 ? { alsoDrop: alsoDrop.map((p) => p.name) } : {}),
    ...(serves.length > 0 ? { serves } : {}),
    ...(undoes ? { undoes } : {}),
  };
}

/**
 * The undo function of one pair: the closing step's action (or the storage admin's undo), run without
 * questions and without `die`. `mode`: whether the script runs the storage CLI.
 */
export function undoFunctionText(pair: UndoPair, mode: StorageMode): string {
  const a = pair.closer.action;
  const about = (by: string) =>
    `undo_about ${by} ${shq(pair.forgets.join(' '))} ${shq(pair.closer.title)} ${shq(undoOwner(pair))} ${shq(pair.closer.note ?? '')} ${shWords(pair.closer.commands.length > 0 ? pair.closer.commands : [pair.closer.title])}`;
  const work = (): string[] => {
    switch (a.kind) {
      case 'pause':
        // Owner commands run here only where they may (this host) and where the script ran the change.
        if (!a.runnable) return [about('owner')];
        return [
          ...textCommandsDirective(a.commands),
          `${about('"$1"')} || return "$?"`,
          ...a.commands.flatMap((c) => [...textCommandsDirective([c]), `run sh -c ${shq(c)} || return 1`]),
        ];
      case 'mount':
        // Shallowest first: a file system mounted over another needs that one mounted first. One that
        // fails stops the rest, so nothing is mounted over an unmounted parent.
        return [
          `${about('"$1"')} || return "$?"`,
          "typeset mp=''",
          ...forEachWord('mp', mountOrder('mount', a.mountPoints), '  '),
          '  if ! is_mounted "$mp"; then',
          '    run mount "$mp" || return 1',
          '  fi',
          'done',
        ];
      case 'thaw':
        // chfs -a freeze=off on a file system that is not frozen is harmless: thaw every one.
        return [
          `${about('"$1"')} || return "$?"`,
          "typeset mp='' thawed=0",
          ...forEachWord('mp', a.mountPoints, '  '),
          '  run chfs -a freeze=off "$mp" || thawed=1',
          'done',
          'return "$thawed"',
        ];
      case 'varyonvg':
        // varyonvg on a VG that is varied on changes nothing.
        return [`${about('"$1"')} || return "$?"`, `run varyonvg ${shq(a.vg)} || return 1`];
      case 'storage':
        // The storage admin's undo where they do the storage part at pauses. Where the script runs the
        // CLI, it runs it; a failure (3) leaves the older undos to run all the same: the host's changes
        // (thaw, write resume, mounts) do not rest on the storage's, and a storage freeze times out.
        if (mode === 'pause') return [about('owner')];
        return [
          `${about('"$1"')} || return "$?"`,
          ...a.commands.map((c) => `run ${storageCall(a.cli, c)} || return 3`),
        ];
      default:
        throw new Error(`${a.kind} cannot undo ${pair.step.id}`);
    }
  };
  return [
    pair.step.storageUndo
      ? `# Undoes step ${pair.index + 1} (${pair.step.id}) until step ${pair.closerIndex + 1} ${pair.replaced ? 'starts' : 'ends'}: ${undoOwner(pair)}'s undo.`
      : `# Undoes step ${pair.index + 1} (${pair.step.id}) as step ${pair.closerIndex + 1} would.`,
    `${pair.name}() {`,
    ...work().map((l) => `  ${l}`),
    '}',
  ].join('\n');
}

/**
 * What a run's undo puts back and its summary is about: production for a copy; the copy itself for a
 * retire, which changes nothing of production (docs/failure-safety.md "Retiring a copy").
 */
export interface UndoneSide {
  /** "production", "the copy copyvg". */
  what: string;
  /** The summary's heading: "Production state", "State of the copy copyvg". */
  heading: string;
}

/**
 * The stack, the exit path and the summary of what the undo left (production's state, or a retire's copy). `copySide`: what the run leaves on the
 * copy side, said in the summary (it is safe, and a rerun continues from it). `mirrorResume`: for a
 * mirror, the storage admin's commands that resume it; once the copy is in use (its VG defined on the
 * secondaries) the mirror stays suspended (as after a successful run: the copy and its rerun need it),
 * and the summary says who resumes it. Before that, the mirror's undo record resumes it (a failed-back
 * copy is no longer taken, so `take-copy` is no longer done and the line does not show).
 */
export function kshUndoLibrary(
  copySide: string,
  mirrorResume: readonly string[],
  undone: UndoneSide = { what: 'production', heading: 'Production state' },
): string {
  const mirror =
    mirrorResume.length === 0
      ? ''
      : [
          "  if step_done 'take-copy'; then",
          "    log '   the mirror stays suspended for the copy (a rerun needs it); when the copy is no longer needed, the storage admin resumes it:'",
          ...mirrorResume.map((c) => `    log ${shq(`      ${c}`)}`),
          '  fi',
          '',
        ].join('\n');
  const untouched = [exitCodes.usage, exitCodes.preflight].join(' | ');
  return `# The undo stack (docs/failure-safety.md): "NAME BY" pairs, newest first. NAME undoes one change this
# run made to production; BY is script (the script made it) or owner (its owner made it by hand).
# Under -n too, so the dry run shows the thaw it would do; only the exit path skips undoing under -n.
push_undo() {
  UNDO="$1 $2 $UNDO"
  log "   recorded for undo: $1 ($2)"
}

# drop_undo NAME: the plan has undone that change itself (thaw after freeze, mount after umount, ...).
drop_undo() {
  typeset name=$1 kept=''
  # shellcheck disable=SC2086 # the stack is words: function names and script/owner
  set -- $UNDO
  while [ $# -gt 1 ]; do
    if [ "$1" != "$name" ]; then
      kept="$kept $1 $2"
    fi
    shift 2
  done
  UNDO=$kept
}

undo_pending() {
  case " $UNDO " in
    *" $1 "*) return 0 ;;
  esac
  return 1
}

# undo_about BY STEPS TITLE WHO NOTE COMMAND...: what an undo restores, who restores it by hand and
# what to know if they cannot (NOTE, may be empty); STEPS are done again by a rerun. Returns 2 (left to
# WHO) unless BY is script.
undo_about() {
  UNDO_STEPS=$2
  UNDO_TITLE=$3
  UNDO_WHO=$4
  typeset by=$1 note=$5
  shift 5
  UNDO_COMMANDS=$(printf '      %s\\n' "$@")
  if [ -n "$note" ]; then
    UNDO_COMMANDS="$UNDO_COMMANDS
      ($note)"
  fi
  if [ "$by" = script ]; then
    log "undo: $UNDO_TITLE"
    return 0
  fi
  return 2
}

# An undone step is no longer done, whether the script undid it or told its owner to: a rerun does it
# again (STEPS: its id, or for an undone copy every step that took it), every command of it (part_done).
forget_steps() {
  typeset id=''
  [ -f "$STATE" ] || return 0
  # shellcheck disable=SC2086 # the step ids are words
  for id in $1; do
    grep -v -x -e "$id" -e "$id:[0-9]*" "$STATE" >"$STATE.new"
    mv "$STATE.new" "$STATE"
  done
}

# log_lines TEXT: log each line of TEXT, indentation kept.
log_lines() {
  typeset line=''
  printf '%s\\n' "$1" >"$LIST"
  while IFS= read -r line; do
    log "$line"
  done <"$LIST"
}

# Undo what this run changed on production, newest first, then say where production stands. Returns 1
# when something is left to someone.
undo_all() {
  typeset name='' by='' outcome=0 broken=0 restored='' left=''
  # A second Ctrl-C must not cut an undo in half.
  trap '' INT TERM HUP
  if [ -n "$UNDO" ]; then
    log ${shq(`== Undo: putting ${undone.what} back as this run found it, newest change first`)}
  fi
  # shellcheck disable=SC2086 # the stack is words: function names and script/owner
  set -- $UNDO
  while [ $# -gt 1 ]; do
    name=$1
    by=$2
    shift 2
    if [ "$broken" -eq 1 ]; then
      by=owner
    fi
    "$name" "$by"
    outcome=$?
    event undo "undo=$name outcome=$outcome"
    forget_steps "$UNDO_STEPS"
    case $outcome in
      0)
        log "   restored: $UNDO_TITLE"
        restored="$restored
  - $UNDO_TITLE"
        ;;
      2)
        log "   left to $UNDO_WHO: $UNDO_TITLE"
        left="$left
  - $UNDO_TITLE: $UNDO_WHO runs
$UNDO_COMMANDS"
        ;;
      *)
        if [ "$outcome" -eq 3 ]; then
          log "   FAILED: $UNDO_TITLE; the older changes do not rest on it: they are undone all the same"
        else
          log "   FAILED: $UNDO_TITLE; the older changes are left as they are"
          broken=1
        fi
        left="$left
  - $UNDO_TITLE (the script's undo failed, see above): $UNDO_WHO runs
$UNDO_COMMANDS"
        ;;
    esac
  done
  UNDO=''
  log ${shq(`== ${undone.heading} after this run`)}
  if [ -z "$restored$left" ]; then
    log ${shq(`   this run left nothing changed on ${undone.what}`)}
  fi
  if [ -n "$restored" ]; then
    log_lines "   restored by the script:$restored"
  fi
  if [ -n "$left" ]; then
    log_lines "   NOT restored, in this order:$left"
  fi
  log ${shq(`   ${copySide}`)}
${mirror}  [ -z "$left" ]
}

on_exit() {
  typeset exit_code=$?
  if [ -n "$STEP" ] && [ "$exit_code" -ne 0 ]; then
    event failed "step=$STEP n=$STEP_N exit=$exit_code"
  fi
  case $exit_code in
    0 | ${untouched}) ;;
    *)
      if [ "$DRY_RUN" -eq 0 ] && ! undo_all; then
        exit_code=${exitCodes.notRestored}
      fi
      ;;
  esac
  rm -f "$OUT" "$LIST"
  log "end of run, exit code $exit_code; log: $LOG"
  event end "exit=$exit_code"
  exit "$exit_code"
}

on_signal() {
  log "interrupted"
  exit ${exitCodes.interrupted}
}`;
}
