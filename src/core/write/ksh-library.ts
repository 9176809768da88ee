/**
 * The fixed part of every generated script: logging with timestamps, running a command (or only
 * printing it under -n), confirmations, pauses for other people, state of the steps done (for a safe
 * re-run), and the queries the steps use to see whether their work is already done. Written for ksh88
 * (AIX /usr/bin/ksh): printf rather than print, `typeset` for locals, no ksh93-only expansions, and
 * loops that read files rather than pipes (a piped loop may run in a subshell).
 */
/** Loop body lines that split a `disk:pvid` word of a `for` list (ksh88 pattern removal). */
export const splitDiskPvid = [
  // biome-ignore lint/suspicious/noTemplateCurlyInString: ksh parameter expansion, not a JS template
  '  disk=${entry%%:*}',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: ksh parameter expansion, not a JS template
  '  pvid=${entry#*:}',
];

/** Owner commands carried as text: shellcheck must not read `$` in them as an expansion meant here. */
export function textCommandsDirective(commands: readonly string[]): string[] {
  // SC2016: `$` or a backquote in single quotes. SC1003: a quote escaped inside a quoted command, as an
  // owner's command run through su - OWNER -c '...' carries it (the quoting is shq's, docs/script-safety.md).
  const codes = [
    ...(commands.some((c) => /[$`]/.test(c)) ? ['SC2016'] : []),
    ...(commands.some((c) => c.includes("'")) ? ['SC1003'] : []),
  ];
  return codes.length > 0
    ? [`# shellcheck disable=${codes.join(',')} # the commands are carried as text, not expanded`]
    : [];
}

/** Shown only where a step waits for someone (an unused function would be dead code to shellcheck). */
export const kshPause = `# pause WHO RUNNABLE LINE...: show what WHO does now and wait until they have done it. Where
# RUNNABLE is yes (the application owner's commands), the answer run runs them here, each with sh -c.
# PAUSE_BY says who did it: script (at run) or owner; an undo of it is then theirs too.
# shellcheck disable=SC2034 # PAUSE_BY is read by the steps that record an undo, where the plan has one
pause() {
  typeset who=$1 runnable=$2
  shift 2
  PAUSE_BY=owner
  log "WAIT: $who now does:"
  typeset line=''
  for line in "$@"; do
    log "    $line"
  done
  if [ "$DRY_RUN" -eq 1 ]; then
    return 0
  fi
  typeset answer='' offer=''
  if [ "$runnable" = yes ]; then
    offer=', run to run the commands here'
  fi
  while :; do
    printf 'Type done when %s has finished%s, or stop: ' "$who" "$offer"
    if ! read -r answer; then
      die 4 "no confirmation from $who (input closed)"
    fi
    case $answer in
      done) log "confirmed: $who has finished"; return 0 ;;
      stop) die 4 "stopped while waiting for $who" ;;
      run)
        if [ "$runnable" = yes ]; then
          for line in "$@"; do
            run sh -c "$line" || die 3 "failed for $who: $line"
          done
          PAUSE_BY=script
          return 0
        fi
        ;;
    esac
  done
}
`;

/**
 * Shown only where the copy's logs are replayed. recreatevg writes the copy's stanzas, with the log names
 * it chose (a generated one where the prefixed name would pass 15 characters), so the script reads them
 * instead of guessing; an INLINE log is replayed on the file system's own device.
 */
export const kshLogOf = `# log_of MP: the device logredo replays for file system MP, from its /etc/filesystems stanza: its
# log = device, or its own dev = where the log is INLINE; nothing when MP has no stanza.
# VGCOPY_FILESYSTEMS names another file only to run the script off AIX (tests), as in the collector.
log_of() {
  awk -v name="$1:" '
    /^[^ \\t*]/ { inside = ($1 == name) }
    inside && $1 == "dev" { dev = $3 }
    inside && $1 == "log" { lg = $3 }
    END { if (lg == "INLINE") print dev; else print lg }
  ' "\${VGCOPY_FILESYSTEMS:-/etc/filesystems}" 2>/dev/null
}
`;

export const kshLibrary = String.raw`log() {
  printf '%s %s\n' "$(date '+%Y-%m-%d %H:%M:%S')" "$*" | tee -a "$LOG"
}

die() {
  log "STOP (exit $1): $2"
  exit "$1"
}

# run CMD ARGS...: log the command, run it (not under -n), show and log its output, return its status.
# The command word is taken apart from its arguments ("$cmd" "$@"), the form every Korn shell runs alike.
run() {
  log "+ $*"
  if [ "$DRY_RUN" -eq 1 ]; then
    return 0
  fi
  typeset cmd=$1
  shift
  "$cmd" "$@" >"$OUT" 2>&1
  typeset rc=$?
  cat "$OUT"
  cat "$OUT" >>"$LOG"
  if [ "$rc" -ne 0 ]; then
    log "exit code $rc: $cmd $*"
  fi
  return "$rc"
}

# confirm TEXT: ask before a step that changes something, unless -y or -n.
confirm() {
  if [ "$ASSUME_YES" -eq 1 ] || [ "$DRY_RUN" -eq 1 ]; then
    return 0
  fi
  printf '%s Go on? [y/n] ' "$1"
  typeset answer=''
  if ! read -r answer; then
    die 4 "no answer (input closed) before: $1 Use -y to run without questions."
  fi
  case $answer in
    y | Y | yes | YES) return 0 ;;
  esac
  die 4 "stopped by the admin before: $1"
}

# event NAME FIELDS: one machine-readable line of the run record, in the log only (the terminal shows the
# words): the event, its time and the script's checksum, read back by vgcopy (docs/run-record.md).
event() {
  printf '#VGCOPY event=%s at=%s sha256=%s %s\n' "$1" "$(date '+%Y-%m-%dT%H:%M:%S')" "$SCRIPT_SHA256" "$2" >>"$LOG"
}

# step_begin N ID TITLE OWNER: STEP names the step under way until it ends, for the failed event at exit.
step_begin() {
  STEP_N=$1
  STEP=$2
  log "== Step $1: $3 ($4)"
  event start "step=$STEP n=$STEP_N"
}

step_done() {
  [ -f "$STATE" ] && grep -qx "$1" "$STATE"
}

# step_end ID [again]: the step is done; recorded in the state file unless a rerun must do it again.
step_end() {
  if [ "$DRY_RUN" -eq 0 ] && [ "$2" != again ]; then
    printf '%s\n' "$1" >>"$STATE"
  fi
  log "   done: $1"
  event 'done' "step=$STEP n=$STEP_N"
  STEP=''
}

# step_skip WHY: the whole step is done already (recorded, or its state reached).
step_skip() {
  skip "$1"
  event skipped "step=$STEP n=$STEP_N"
  STEP=''
}

# part_done ID:N: command N of a step of several went through; a rerun of the step skips it.
part_done() {
  if [ "$DRY_RUN" -eq 0 ]; then
    printf '%s\n' "$1" >>"$STATE"
  fi
}

skip() {
  log "   already done: $1"
}

vg_defined() {
  lsvg 2>/dev/null | grep -qx "$1"
}

vg_active() {
  lsvg -o 2>/dev/null | grep -qx "$1"
}

is_mounted() {
  mount | awk '{ print $2 }' | grep -qx "$1"
}

# disk_field DISK N: field N of the disk's lspv line (2: PVID, 3: VG); empty when the disk is not configured.
disk_field() {
  lspv | awk -v d="$1" -v n="$2" '$1 == d { print $n }'
}
`;
