#!/usr/bin/ksh
# vgcopy-collect.sh - gathers, read-only, what vgcopy needs to plan the copy of a volume group, or of the
# volume groups of a copy set (copied at one instant: a database's data and log VGs).
#
# Usage:   ksh vgcopy-collect.sh VGNAME [VGNAME...] > vgcopy-collected.txt
#          then paste the whole output into vgcopy's import box.
#
# It changes nothing on the host: it runs only listing commands (hostname, oslevel, instfix, lsdev,
# lspv, lsvg, lsps, lsfs, lslv, lsattr, mount), reads /etc/filesystems, and writes to stdout only.
# Each command's output sits between "==== begin: COMMAND" and "==== end: COMMAND (exit N)" lines;
# errors of a command (e.g. 0516-010 for a varied-off VG) are kept in its section.
#
# Exit codes: 0 collected; 1 usage (no or a malformed VG name); 2 a VG is not defined on this host.
# Written for ksh88 (AIX's /usr/bin/ksh).

FORMAT=1
# The file-system table; another path only to try the collector off AIX (tests).
FILESYSTEMS=${VGCOPY_FILESYSTEMS:-/etc/filesystems}

usage() {
  echo "usage: vgcopy-collect.sh VGNAME [VGNAME...]" >&2
  echo "  Prints what vgcopy needs to know about the volume groups VGNAME... (read-only)." >&2
}

# begin LABEL / end LABEL CODE: the markers around one command's output.
begin() {
  echo "==== begin: $1"
}
end() {
  echo "==== end: $1 (exit $2)"
}

# section LABEL COMMAND [ARG...]: runs one listing command between markers, stderr included.
section() {
  label=$1
  cmd=$2
  shift 2
  begin "$label"
  "$cmd" "$@" 2>&1
  end "$label" $?
}

# print_stanzas LV...: the /etc/filesystems stanzas whose "dev =" is /dev/LV for one of the LVs.
# A stanza is its "name:" line and the indented "attribute = value" lines after it.
print_stanzas() {
  wanted=" $* "
  stanza=""
  keep=no
  while IFS= read -r line; do
    case $line in
      [*]*) ;; # a comment line
      " "* | "	"*)
        [ -n "$stanza" ] || continue
        stanza="$stanza
$line"
        key=${line%%=*}
        value=${line#*=}
        # shellcheck disable=SC2086 # split on blanks to trim the key and the value
        set -- $key
        if [ "$1" = dev ]; then
          # shellcheck disable=SC2086
          set -- $value
          case $wanted in *" ${1#/dev/} "*) keep=yes ;; esac
        fi
        ;;
      *:)
        [ "$keep" = yes ] && echo "$stanza"
        stanza=$line
        keep=no
        ;;
    esac
  done < "$FILESYSTEMS"
  [ "$keep" = yes ] && echo "$stanza"
  return 0
}

if [ $# -lt 1 ]; then
  usage
  exit 1
fi
for vg in "$@"; do
  # Only the characters AIX allows in VG names, so the name is safe in every command below.
  others=$(printf '%s' "$vg" | tr -d 'A-Za-z0-9_.-')
  case $vg in
    "" | -*) others=$vg ;;
  esac
  if [ -n "$others" ]; then
    echo "vgcopy-collect.sh: '$vg' is not a volume group name (letters, digits, _ - . only)" >&2
    usage
    exit 1
  fi
done

for vg in "$@"; do
  found=no
  for name in $(lsvg 2>/dev/null); do
    [ "$name" = "$vg" ] && found=yes
  done
  if [ "$found" != yes ]; then
    echo "vgcopy-collect.sh: volume group $vg is not defined on this host; lsvg lists:" >&2
    lsvg >&2
    exit 2
  fi
done

# The VGs' LVs, file-system mount points and disks. lsvg -l needs a VG varied on; lspv does not.
lvs=""
mounts=""
disks=""
for vg in "$@"; do
  for lv in $(lsvg -l "$vg" 2>/dev/null | awk 'NR > 2 { print $1 }'); do
    lvs="$lvs $lv"
  done
  for mount in $(lsvg -l "$vg" 2>/dev/null | awk 'NR > 2 && ($2 == "jfs2" || $2 == "jfs") && $7 != "N/A" { print $7 }'); do
    mounts="$mounts $mount"
  done
  for disk in $(lspv | awk -v vg="$vg" '$3 == vg { print $1 }'); do
    disks="$disks $disk"
  done
done

echo "==== vgcopy-collect $FORMAT $*"
section "hostname" hostname
# AIX before 5.3 TL4 (5.2 before TL8) has no service packs and refuses oslevel -s; oslevel -r gives its
# release and technology (maintenance) level, all the freeze rule needs with instfix's IY66043 on 5.2.
if oslevel -s >/dev/null 2>&1; then
  section "oslevel -s" oslevel -s
else
  section "oslevel -r" oslevel -r
fi
section "instfix -ik IY66043" instfix -ik IY66043
section "lsdev -Cc disk" lsdev -Cc disk
section "lspv" lspv
section "lsvg" lsvg
section "lsvg -o" lsvg -o
# The paging spaces and their disks: a retire refuses a copy with one on its disks (varyoffvg refuses while
# it is active, and rmdev of its disk takes it from the system).
section "lsps -a" lsps -a
for vg in "$@"; do
  section "lsvg $vg" lsvg "$vg"
  section "lsvg -l $vg" lsvg -l "$vg"
  section "lsvg -p $vg" lsvg -p "$vg"
done
# The LV names and mount points of the other varied-on VGs: a copy's names must not collide with them.
for other in $(lsvg -o 2>/dev/null); do
  case " $* " in
    *" $other "*) ;;
    *) section "lsvg -l $other" lsvg -l "$other" ;;
  esac
done
section "lsfs" lsfs
if [ -n "$mounts" ]; then
  list=""
  for mount in $mounts; do
    list="$list $mount"
  done
  # shellcheck disable=SC2086 # AIX mount points hold no blanks: one word each
  section "lsfs -q$list" lsfs -q $mounts
fi
if [ -n "$lvs" ]; then
  begin "stanzas of /etc/filesystems"
  # shellcheck disable=SC2086 # AIX LV names hold no blanks: one word each
  print_stanzas $lvs 2>&1
  end "stanzas of /etc/filesystems" $?
  for lv in $lvs; do
    section "lslv -l $lv" lslv -l "$lv"
  done
fi
for disk in $disks; do
  section "lsattr -El $disk" lsattr -El "$disk"
done
section "mount" mount
echo "==== end of vgcopy-collect"
exit 0
