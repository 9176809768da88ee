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

/** Shown only where a step waits for someone (an unused function would be dead code to shellcheck). */
export const kshPause = `# pause WHO RUNNABLE LINE...: show what WHO does now and wait until they have done it. Where
# RUNNABLE is yes (the application owner's commands), the answer run runs them here, each with sh -c.
pause() {
  typeset who=$1 runnable=$2
  shift 2
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
          return 0
        fi
        ;;
    esac
  done
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

step_begin() {
  log "== Step $1: $2 ($3)"
}

step_done() {
  [ -f "$STATE" ] && grep -qx "$1" "$STATE"
}

step_end() {
  if [ "$DRY_RUN" -eq 0 ]; then
    printf '%s\n' "$1" >>"$STATE"
  fi
  log "   done: $1"
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

# Thaw what this run froze: on any exit, error or interrupt (chfs -a freeze=off on a thawed file system is harmless).
thaw_all() {
  if [ "$FROZE" -eq 1 ]; then
    FROZE=0
    log "thawing the frozen file systems"
    thaw_file_systems
  fi
}

on_exit() {
  typeset rc=$?
  thaw_all
  rm -f "$OUT" "$LIST"
  log "end of run, exit code $rc; log: $LOG"
}

on_signal() {
  log "interrupted"
  exit 6
}
`;
