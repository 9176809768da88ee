#!/usr/bin/ksh
# vgcopy 0.1.0: retire the copy flashcopyvg of volume group datavg
# generated 2026-12-06T14:00:00Z for host aixprod01
# not reviewed
#
# Copy method:   FlashCopy on DS8000; retire of flashcopyvg
# VG identifier: 00c8d3e400004c000000019a3b5e7c21
# Copy disks:    hdisk10 (PVID 00c8d3e4b7a10e10) hdisk11 (PVID 00c8d3e4b7a10e11) hdisk12 (PVID 00c8d3e4b7a10e12)
# Mount points:  /fc/data/logs /fc/data /fc/app
# Storage part:  the script pauses for the storage admin (see the storage script)
#
# Steps (numbered as in the checklist; the others are done by hand):
#   1. Unmount the file systems of flashcopyvg, deepest first (aix)
#   2. Vary off flashcopyvg (aix)
#   3. Export flashcopyvg (aix)
#   4. Remove the disks of flashcopyvg: hdisk10, hdisk11, hdisk12 (aix)
#   5. Check that no trace of flashcopyvg is left on the host (aix)
#   6. Remove the FlashCopy pairs (storage)
#   7. Unmap 1100, 1101, 1102 from this host (storage)
#
# Usage: ksh SCRIPT [-n] [-y] [-h]
#   -n  dry run: check the host and print what would run; change nothing
#   -y  answer yes to every question (non-interactive); pauses for other people still wait for
#       "done" on standard input ("run" lets the script run the application owner's commands here)
#   -h  print this help
# Exit codes:
#   0  done: the copy is removed from the host and the storage admin has removed its relationships and mappings
#   1  usage error
#   2  preflight: the host is not as planned; nothing was changed
#   3  a step failed (see the log); run the script again once the cause is fixed: done steps are skipped
#   4  stopped: a question was answered no, or a pause was not confirmed
#   5  the copy is not usable (logredo or fsck found errors): discard it
#   6  interrupted (INT, TERM or HUP)
#   7  production could not be fully restored: the summary at the end says what is left and who must act
# On any exit but 0, 1 and 2 before exportvg, the script first varies the copy on and mounts it
# again as this run found it, and ends with a summary (docs/failure-safety.md in vgcopy). From
# exportvg on, the retire only goes forward: a rerun goes on from where it stopped.
# Run record: each step event goes into the log as a #VGCOPY line with the checksum below (the
# digest of this file without its SCRIPT_SHA256 line: grep -v '^SCRIPT_SHA256=' SCRIPT | openssl
# dgst -sha256); the log read back by vgcopy shows what ran (docs/run-record.md in vgcopy).

SCRIPT_SHA256='fa367ec7598f37a356959c7d03105448fd3b99487213e5e092917957217f8a3d'
LOG='/var/tmp/vgcopy-flashcopyvg.log'
STATE='/var/tmp/vgcopy-flashcopyvg-20261206140000.done'
OUT='/var/tmp/vgcopy-flashcopyvg.out'
LIST='/var/tmp/vgcopy-flashcopyvg.list'
DRY_RUN=0
ASSUME_YES=0
UNDO=''
STEP=''
STEP_N=0

usage() {
  sed -n '2,/^$/p' "$0" | sed 's/^# \{0,1\}//'
}

while getopts nyh opt; do
  case $opt in
    n) DRY_RUN=1 ;;
    y) ASSUME_YES=1 ;;
    h) usage; exit 0 ;;
    *) usage >&2; exit 1 ;;
  esac
done
shift $((OPTIND - 1))
if [ $# -gt 0 ]; then usage >&2; exit 1; fi

log() {
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

# pause WHO RUNNABLE LINE...: show what WHO does now and wait until they have done it. Where
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

# The undo stack (docs/failure-safety.md): "NAME BY" pairs, newest first. NAME undoes one change this
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
  UNDO_COMMANDS=$(printf '      %s\n' "$@")
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
  printf '%s\n' "$1" >"$LIST"
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
    log '== Undo: putting the copy flashcopyvg back as this run found it, newest change first'
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
  log '== State of the copy flashcopyvg after this run'
  if [ -z "$restored$left" ]; then
    log '   this run left nothing changed on the copy flashcopyvg'
  fi
  if [ -n "$restored" ]; then
    log_lines "   restored by the script:$restored"
  fi
  if [ -n "$left" ]; then
    log_lines "   NOT restored, in this order:$left"
  fi
  log '   the copy flashcopyvg as far as the retire went: up to exportvg a stop puts it back as it was; from exportvg on, run the script again to finish (to bring the copy back instead: cfgmgr, then importvg -y flashcopyvg hdisk10)'
  [ -z "$left" ]
}

on_exit() {
  typeset exit_code=$?
  if [ -n "$STEP" ] && [ "$exit_code" -ne 0 ]; then
    event failed "step=$STEP n=$STEP_N exit=$exit_code"
  fi
  case $exit_code in
    0 | 1 | 2) ;;
    *)
      if [ "$DRY_RUN" -eq 0 ] && ! undo_all; then
        exit_code=7
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
  exit 6
}

# Undoes step 1 (retire-unmount) until step 3 ends: the AIX admin's undo.
undo_1_retire_unmount() {
  undo_about "$1" 'retire-unmount' 'Mount the file systems of flashcopyvg again' 'the AIX admin' '' 'mount /fc/data' 'mount /fc/app' 'mount /fc/data/logs' || return "$?"
  typeset mp=''
  set -- '/fc/data' '/fc/app' '/fc/data/logs'
  for mp in "$@"; do
    if ! is_mounted "$mp"; then
      run mount "$mp" || return 1
    fi
  done
}

# Undoes step 2 (retire-varyoff) until step 3 ends: the AIX admin's undo.
undo_2_retire_varyoff() {
  undo_about "$1" 'retire-varyoff' 'Vary on flashcopyvg again' 'the AIX admin' '' 'varyonvg flashcopyvg' || return "$?"
  run varyonvg 'flashcopyvg' || return 1
}

preflight() {
  log "preflight: checking the host against the plan"
  if ! step_done 'retire-export'; then
    vg_defined 'flashcopyvg' || die 2 'preflight: flashcopyvg is not in the ODM: there is no VG of that name to retire; nothing was changed'
    typeset vgid=''
    vgid=$(lsvg 'flashcopyvg' 2>/dev/null | awk '{ for (i = 1; i < NF; i++) if ($i == "IDENTIFIER:") print $(i + 1) }')
    [ "$vgid" = '00c8d3e400004c000000019a3b5e7c21' ] || die 2 'preflight: flashcopyvg has VG IDENTIFIER '"$vgid"', not 00c8d3e400004c000000019a3b5e7c21 of the copy this runbook retires (the source VG, or another VG of that name); nothing was changed'
  fi
  typeset entry='' disk='' pvid='' vgof=''
  set -- 'hdisk10:00c8d3e4b7a10e10' 'hdisk11:00c8d3e4b7a10e11' 'hdisk12:00c8d3e4b7a10e12'
  for entry in "$@"; do
    disk=${entry%%:*}
    pvid=${entry#*:}
    if [ -z "$(disk_field "$disk" 1)" ]; then
      step_done 'retire-export' || die 2 "preflight: $disk is not on this host; nothing was changed"
      continue
    fi
    [ "$(disk_field "$disk" 2)" = "$pvid" ] || die 2 "preflight: $disk does not carry PVID $pvid of the copy "'flashcopyvg; nothing was changed'
    vgof=$(disk_field "$disk" 3)
    if [ "$vgof" != 'flashcopyvg' ] && { [ "$vgof" != None ] || ! step_done 'retire-export'; }; then
      die 2 "preflight: $disk belongs to VG $vgof, not "'flashcopyvg; nothing was changed'
    fi
  done
  typeset paging=''
  paging=$(lsps -a 2>/dev/null | awk -v d=' hdisk10 hdisk11 hdisk12 ' 'NR > 1 && index(d, " " $2 " ") { print $1 " on " $2; exit }')
  [ -z "$paging" ] || die 2 "preflight: the paging space $paging is on a disk of the copy: swapoff and rmps it first; nothing was changed"
  log "preflight: the host is as planned"
}

step_1_retire_unmount() {
  step_begin 1 'retire-unmount' 'Unmount the file systems of flashcopyvg, deepest first' 'aix'
  if step_done 'retire-unmount'; then step_skip 'Unmount the file systems of flashcopyvg, deepest first'; return 0; fi
  confirm 'Unmount the file systems of flashcopyvg, deepest first.'
  push_undo undo_1_retire_unmount script
  : >"$LIST"
  if vg_active 'flashcopyvg'; then
    lsvg -l 'flashcopyvg' | awk 'NR > 2 && $6 ~ /^open/ && $7 != "N/A" { print $7 }' | sort -r >"$LIST"
  fi
  typeset mp=''
  while read -r mp; do
    if is_mounted "$mp"; then
      run umount "$mp" || die 3 'umount failed: fuser -cu MOUNTPOINT shows who uses it'
    fi
  done <"$LIST"
  step_end 'retire-unmount'
}

step_2_retire_varyoff() {
  step_begin 2 'retire-varyoff' 'Vary off flashcopyvg' 'aix'
  if step_done 'retire-varyoff'; then step_skip 'Vary off flashcopyvg'; return 0; fi
  if ! vg_active 'flashcopyvg'; then step_skip 'flashcopyvg is not varied on'; return 0; fi
  confirm 'Vary off flashcopyvg.'
  push_undo undo_2_retire_varyoff script
  run varyoffvg 'flashcopyvg' || die 3 'varyoffvg flashcopyvg failed'
  step_end 'retire-varyoff'
}

step_3_retire_export() {
  step_begin 3 'retire-export' 'Export flashcopyvg' 'aix'
  if step_done 'retire-export'; then step_skip 'Export flashcopyvg'; return 0; fi
  if ! vg_defined 'flashcopyvg'; then step_skip 'flashcopyvg is not in the ODM'; return 0; fi
  confirm 'Export flashcopyvg.'
  run exportvg 'flashcopyvg' || die 3 'exportvg flashcopyvg failed'
  drop_undo undo_1_retire_unmount
  drop_undo undo_2_retire_varyoff
  step_end 'retire-export'
}

step_4_retire_rmdev() {
  step_begin 4 'retire-rmdev' 'Remove the disks of flashcopyvg: hdisk10, hdisk11, hdisk12' 'aix'
  if step_done 'retire-rmdev'; then step_skip 'Remove the disks of flashcopyvg: hdisk10, hdisk11, hdisk12'; return 0; fi
  confirm 'Remove the disks of flashcopyvg: hdisk10, hdisk11, hdisk12.'
  typeset disk=''
  set -- 'hdisk10' 'hdisk11' 'hdisk12'
  for disk in "$@"; do
    if [ -z "$(disk_field "$disk" 1)" ]; then
      skip "$disk is removed"
    else
      run rmdev -dl "$disk" || die 3 "rmdev -dl $disk failed: is it still in a varied-on VG or open?"
    fi
  done
  step_end 'retire-rmdev'
}

step_5_retire_verify() {
  step_begin 5 'retire-verify' 'Check that no trace of flashcopyvg is left on the host' 'aix'
  if step_done 'retire-verify'; then step_skip 'Check that no trace of flashcopyvg is left on the host'; return 0; fi
  [ "$DRY_RUN" -eq 1 ] && return 0
  vg_defined 'flashcopyvg' && die 3 'flashcopyvg is still in the ODM: exportvg flashcopyvg'
  typeset disk='' mp=''
  set -- 'hdisk10' 'hdisk11' 'hdisk12'
  for disk in "$@"; do
    [ -z "$(disk_field "$disk" 1)" ] || die 3 "$disk is still defined: rmdev -dl $disk"
  done
  set -- '/fc/data' '/fc/data/logs' '/fc/app'
  for mp in "$@"; do
    if lsfs "$mp" >/dev/null 2>&1; then
      log "WARNING: /etc/filesystems still has a stanza for $mp (exportvg did not remove it): remove it by hand, its LV is gone"
    fi
  done
  log 'no trace of flashcopyvg is left: no VG, no disk'
  step_end 'retire-verify'
}

step_6_retire_relationships() {
  step_begin 6 'retire-relationships' 'Remove the FlashCopy pairs' 'storage'
  if step_done 'retire-relationships'; then step_skip 'Remove the FlashCopy pairs'; return 0; fi
  pause 'the storage admin' no 'Remove the FlashCopy pairs:' 'rmflash -dev IBM.2107-75ABCD1 -quiet 1000:1100 1001:1101 1002:1102'
  step_end 'retire-relationships'
}

step_7_retire_unmap() {
  step_begin 7 'retire-unmap' 'Unmap 1100, 1101, 1102 from this host' 'storage'
  if step_done 'retire-unmap'; then step_skip 'Unmap 1100, 1101, 1102 from this host'; return 0; fi
  pause 'the storage admin' no 'Unmap 1100, 1101, 1102 from this host:' 'chvolgrp -dev IBM.2107-75ABCD1 -action remove -volume 1100,1101,1102 V11'
  step_end 'retire-unmap'
}

trap on_exit EXIT
trap on_signal INT TERM HUP
log 'vgcopy 0.1.0: retire flashcopyvg, generated 2026-12-06T14:00:00Z'
event run 'version=0.1.0'" host=$(hostname) user=$(logname 2>/dev/null || whoami) dry=$DRY_RUN"
if [ "$DRY_RUN" -eq 1 ]; then log "dry run: nothing will be changed"; fi
preflight
step_1_retire_unmount
step_2_retire_varyoff
step_3_retire_export
step_4_retire_rmdev
step_5_retire_verify
step_6_retire_relationships
step_7_retire_unmap
if [ "$DRY_RUN" -eq 1 ]; then
  log 'dry run done: nothing was changed'
else
  rm -f "$STATE"
  log 'the copy flashcopyvg is retired'
fi
