import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runChecks } from '../checks';
import type { Facts } from '../model/facts';
import { bigVgFacts } from '../bench';
import { buildPlan } from '../plan/build-plan';
import { asRefresh, asSvcCopy, exampleFacts } from '../test-support/facts';
import { kshParseError, shellcheckKsh } from '../test-support/script-validation';
import { splitDiskPvid } from './ksh-library';
import { writeScript } from './ksh-script';
import { sha256 } from '../sha256';

const meta = { generatedAt: '2026-11-25T13:00:00Z', version: '0.1.0' };

function script(change: (f: Facts) => void = () => {}, storage?: 'pause' | 'cli'): string {
  const facts = exampleFacts(change);
  expect(runChecks(facts).filter((f) => f.severity === 'blocker')).toEqual([]);
  return writeScript(facts, buildPlan(facts), { ...meta, storage });
}

/** An SVC refresh with freeze/thaw: the group's state is checked, then it is prepared before the freeze. */
function svcRefreshFreeze(f: Facts): void {
  asSvcCopy(f);
  asRefresh(f);
  f.consistency.approach = 'freeze-and-consistency-group';
  if (f.storage) f.storage.svcHost = 'superuser@svc01';
}

/** An SVC refresh of mappings outside any consistency group (the source unmounted for the copy). */
function svcRefreshMaps(f: Facts): void {
  asSvcCopy(f);
  asRefresh(f);
  f.consistency.approach = 'unmount';
}

/** An SVC Global Mirror DR test on the DR host: the remote copy group is stopped with -access. */
function svcGlobalMirrorDr(f: Facts): void {
  asSvcCopy(f);
  f.copy.method = 'global-mirror';
  f.consistency.approach = 'consistency-group';
  f.sourceOnHost = { present: false, variedOn: false, otherCopies: [] };
  if (f.storage) f.storage.rcConsistencyGroup = 'rccg_datavg';
}

const db2 = {
  kind: 'db2' as const,
  name: 'PRD',
  owner: 'db2inst1',
  running: true,
  crashRecoverable: true,
  hotBackupStart: 'db2 set write suspend for database',
  hotBackupEnd: 'db2 set write resume for database',
  fileSystems: [],
};

/** An application beside the source VG whose owner gave stop and start commands. */
const batch = {
  kind: 'other' as const,
  name: 'batch',
  owner: '',
  running: true,
  crashRecoverable: true,
  hotBackupStart: '',
  hotBackupEnd: '',
  stopCommand: 'appctl stop batch',
  startCommand: 'appctl start batch',
  fileSystems: [],
};

/** One script per way the procedure can go. */
const variants: Record<string, string> = {
  'first copy, unmount, pauses': script(),
  'first copy, unmount, storage CLI': script(() => {}, 'cli'),
  'live DB2, freeze and consistency group, CLI': script((f) => {
    f.consistency.approach = 'freeze-and-consistency-group';
    f.applications = [db2];
  }, 'cli'),
  'freeze only, pauses': script((f) => {
    f.consistency.approach = 'freeze';
  }),
  'unsupported fallback, acknowledged': script((f) => {
    f.consistency = {
      approach: 'unsupported-fallback',
      freezeTimeoutSeconds: 60,
      acknowledgeUnsupported: true,
    };
  }),
  'refresh under the same name, CLI': script((f) => {
    asRefresh(f);
  }, 'cli'),
  'metro mirror DR on another host, importvg': script((f) => {
    f.copy.method = 'metro-mirror';
    f.consistency.approach = 'consistency-group';
    f.sourceOnHost = { present: false, variedOn: false, otherCopies: [] };
    f.targets.configuredBeforeCopy = false;
    if (f.storage) f.storage.remoteStorageImage = 'IBM.2107-75WXYZ1';
  }),
  'global copy DR on another host, CLI': script((f) => {
    f.copy.method = 'global-copy';
    f.sourceOnHost = { present: false, variedOn: false, otherCopies: [] };
    if (f.storage) f.storage.remoteStorageImage = 'IBM.2107-75WXYZ1';
    f.targets.luns = f.targets.luns.map((l, i) => ({ ...l, storageVolume: `200${i}` }));
  }, 'cli'),
  'metro mirror refresh after a DR test, CLI': script((f) => {
    asRefresh(f);
    f.copy.method = 'metro-mirror';
    f.consistency.approach = 'consistency-group';
    if (f.storage) {
      f.storage.remoteStorageImage = 'IBM.2107-75WXYZ1';
      f.storage.remoteWwnn = '5005076303FFC0E8';
      f.storage.pprcPorts = 'I0010:I0110';
    }
    f.targets.luns = f.targets.luns.map((l, i) => ({ ...l, storageVolume: `200${i}` }));
  }, 'cli'),
  'SVC through ssh, CLI': script((f) => {
    asSvcCopy(f);
    if (f.storage) f.storage.svcHost = 'superuser@svc01';
  }, 'cli'),
  'SVC refresh with a freeze through ssh, CLI': script(svcRefreshFreeze, 'cli'),
  'SVC Global Mirror DR test on another host, CLI': script(svcGlobalMirrorDr, 'cli'),
  'SVC refresh of stand-alone mappings, CLI': script(svcRefreshMaps, 'cli'),
  'a scalable VG of 1024 disks and 512 file systems': (() => {
    const facts = bigVgFacts(1024, 512);
    return writeScript(facts, buildPlan(facts), meta);
  })(),
  'copy made first, the source varied off around cfgmgr, application owner': script((f) => {
    f.targets.configuredBeforeCopy = false;
    f.targets.varyOffSourceForCfgmgr = true;
    f.applications = [batch];
  }),
  'other storage': script((f) => {
    f.copy.storage = 'other';
    f.copy.method = 'oem';
    f.multipath = 'oem';
  }),
};

describe('writeScript', () => {
  it('prepares an SVC group before the freeze: prestart unless a rerun finds it preparing or prepared, then waits for prepared', () => {
    const text = script(svcRefreshFreeze, 'cli');
    const start = text.indexOf('step_5_svc_prepare() {');
    expect(text.slice(start, text.indexOf('\n}\n', start) + 3)).toBe(`step_5_svc_prepare() {
  step_begin 5 'svc-prepare' 'Prepare consistency group fccg_datavg (flush the SVC cache) before the freeze' 'storage'
  if step_done 'svc-prepare'; then step_skip 'Prepare consistency group fccg_datavg (flush the SVC cache) before the freeze'; return 0; fi
  confirm 'Prepare consistency group fccg_datavg (flush the SVC cache) before the freeze.'
  typeset state='' waited=0
  run 'ssh' '--' 'superuser@svc01' 'svcinfo' 'lsfcconsistgrp' '-delim' ':' 'fccg_datavg' || die 3 'storage command failed: lsfcconsistgrp -delim : fccg_datavg'
  state=$(awk -F: '$1 == "status" { print $2 }' "$OUT")
  [ "$DRY_RUN" -eq 1 ] && { run 'ssh' '--' 'superuser@svc01' 'svctask' 'prestartfcconsistgrp' 'fccg_datavg'; return 0; }
  case $state in
    idle_or_copied | stopped) run 'ssh' '--' 'superuser@svc01' 'svctask' 'prestartfcconsistgrp' 'fccg_datavg' || die 3 'storage command failed: prestartfcconsistgrp fccg_datavg' ;;
    prepared | preparing) ;;
    *) die 3 'consistency group fccg_datavg is '"$state"': the storage admin settles it first' ;;
  esac
  while :; do
    run 'ssh' '--' 'superuser@svc01' 'svcinfo' 'lsfcconsistgrp' '-delim' ':' 'fccg_datavg' || die 3 'storage command failed: lsfcconsistgrp -delim : fccg_datavg'
    state=$(awk -F: '$1 == "status" { print $2 }' "$OUT")
    case $state in
      prepared) break ;;
      preparing) ;;
      *) die 3 'consistency group fccg_datavg went '"$state" ;;
    esac
    [ "$waited" -ge 600 ] && die 3 'consistency group fccg_datavg did not settle in 600 seconds'
    sleep 5
    ((waited += 5))
  done
  log 'consistency group fccg_datavg is '"$state"
  step_end 'svc-prepare'
}
`);
  });

  it('SVC stand-alone mappings on a refresh: each one still copying is stopped and waited for, as a group is', () => {
    const text = script(svcRefreshMaps, 'cli');
    const start = text.indexOf('_svc_maps_idle() {');
    const body = text.slice(start, text.indexOf('\n}\n', start) + 3);
    expect(body.split('\n').slice(4).join('\n')).toBe(`  typeset state='' waited=0 map=''
  set -- 'fccg_datavg_m0' 'fccg_datavg_m1' 'fccg_datavg_m2'
  for map in "$@"; do
    waited=0
    run 'svcinfo' 'lsfcmap' '-delim' ':' "$map" || die 3 'storage command failed: lsfcmap -delim : '"$map"
    state=$(awk -F: '$1 == "status" { print $2 }' "$OUT")
    [ "$DRY_RUN" -eq 1 ] && { run 'svctask' 'stopfcmap' "$map"; continue; }
    case $state in
      copying) run 'svctask' 'stopfcmap' "$map" || die 3 'storage command failed: stopfcmap '"$map" ;;
      idle_or_copied | stopped | prepared | empty | stopping | preparing) ;;
      *) die 3 'FlashCopy mapping '"$map"' is '"$state"': the storage admin settles it first' ;;
    esac
    while :; do
      run 'svcinfo' 'lsfcmap' '-delim' ':' "$map" || die 3 'storage command failed: lsfcmap -delim : '"$map"
      state=$(awk -F: '$1 == "status" { print $2 }' "$OUT")
      case $state in
        idle_or_copied | stopped | prepared | empty) break ;;
        stopping | preparing) ;;
        *) die 3 'FlashCopy mapping '"$map"' went '"$state" ;;
      esac
      [ "$waited" -ge 600 ] && die 3 'FlashCopy mapping '"$map"' did not settle in 600 seconds'
      sleep 5
      ((waited += 5))
    done
    log 'FlashCopy mapping '"$map"' is '"$state"
  done
  step_end 'svc-maps-idle'
}
`);
  });

  it('SVC Global Mirror: waits while the remote copy group copies, refuses it inconsistent or idling, then stops it with access', () => {
    const text = script(svcGlobalMirrorDr, 'cli');
    const start = text.indexOf('step_3_take_copy() {');
    expect(text.slice(start, text.indexOf('\n}\n', start) + 3)).toBe(`step_3_take_copy() {
  step_begin 3 'take-copy' 'Stop the Global Mirror group rccg_datavg with access to the aux volumes' 'storage'
  if step_done 'take-copy'; then step_skip 'Stop the Global Mirror group rccg_datavg with access to the aux volumes'; return 0; fi
  confirm 'Stop the Global Mirror group rccg_datavg with access to the aux volumes.'
  push_undo undo_3_take_copy script
  typeset state='' waited=0
  [ "$DRY_RUN" -eq 1 ] && { run 'svcinfo' 'lsrcconsistgrp' '-delim' ':' 'rccg_datavg'; run 'svctask' 'stoprcconsistgrp' '-access' 'rccg_datavg'; return 0; }
  while :; do
    run 'svcinfo' 'lsrcconsistgrp' '-delim' ':' 'rccg_datavg' || die 3 'storage command failed: lsrcconsistgrp -delim : rccg_datavg'
    state=$(awk -F: '$1 == "state" { print $2 }' "$OUT")
    case $state in
      consistent_synchronized | consistent_stopped) break ;;
      inconsistent_copying) ;;
      *) die 3 'remote copy group rccg_datavg is '"$state"': its aux volumes hold no consistent image; the storage admin starts it and waits for consistent_synchronized' ;;
    esac
    [ "$waited" -ge 3600 ] && die 3 'remote copy group rccg_datavg did not reach consistent_synchronized in 3600 seconds'
    sleep 60
    ((waited += 60))
  done
  log 'remote copy group rccg_datavg is '"$state"
  run 'svctask' 'stoprcconsistgrp' '-access' 'rccg_datavg' || die 3 'storage command failed: stoprcconsistgrp -access rccg_datavg'
  step_end 'take-copy'
}
`);
  });

  it('parses in mksh mode and passes shellcheck -s ksh, in every variant', async () => {
    const names = Object.keys(variants);
    const parsed = await Promise.all(names.map((n) => kshParseError(variants[n])));
    expect(Object.fromEntries(names.map((n, i) => [n, parsed[i]]))).toEqual(
      Object.fromEntries(names.map((n) => [n, undefined])),
    );
    const checked = shellcheckKsh(names.map((n) => variants[n]));
    expect(Object.fromEntries(names.map((n, i) => [n, checked[i]]))).toEqual(
      Object.fromEntries(names.map((n) => [n, []])),
    );
  });

  it('opens with a header saying what, for which VG, method and disks, when and by which version', () => {
    const header = variants['live DB2, freeze and consistency group, CLI'].split('\n\n')[0];
    expect(header).toBe(
      [
        '#!/usr/bin/ksh',
        '# vgcopy 0.1.0: bring up the copy of volume group datavg as flashcopyvg',
        '# generated 2026-11-25T13:00:00Z for host aixprod01',
        '# not reviewed',
        '#',
        '# Copy method:   FlashCopy on DS8000; first copy',
        '# Consistency:   freeze-and-consistency-group',
        '# Access:        recreatevg',
        '# Source disks:  hdisk4 hdisk5 hdisk6',
        '# Target disks:  hdisk10 hdisk11 hdisk12',
        '# Mount points:  /fc/data /fc/app',
        '# Storage part:  this script runs the storage CLI',
        '#',
        '# Steps (numbered as in the checklist; the others are done by hand):',
        '#   2. Configure the target LUNs (cfgmgr) (aix)',
        '#   3. Check the target disks (aix)',
        '#   4. Put the applications in hot-backup mode (application)',
        '#   5. Flush the cache (aix)',
        '#   6. Freeze the JFS2 file systems for at most 60 seconds (aix)',
        '#   7. Take the copy of all LUNs as one consistency group (storage)',
        '#   8. Thaw the file systems (aix)',
        '#   9. End hot-backup mode (application)',
        '#   10. Re-create the copy as flashcopyvg (recreatevg) (aix)',
        '#   11. Vary on flashcopyvg (aix)',
        '#   12. Replay the logs of the copy (logredo) (aix)',
        '#   13. Check the file systems of the copy (fsck) (aix)',
        '#   14. Mount the file systems of flashcopyvg (aix)',
        '#   15. Verify flashcopyvg and the source (aix)',
        '#',
        '# Usage: ksh SCRIPT [-n] [-y] [-h]',
        '#   -n  dry run: check the host and print what would run; change nothing',
        '#   -y  answer yes to every question (non-interactive); pauses for other people still wait for',
        `#       "done" on standard input ("run" lets the script run the application owner's commands here)`,
        '#   -h  print this help',
        '# Exit codes:',
        '#   0  done: the copy is varied on and its file systems are mounted',
        '#   1  usage error',
        '#   2  preflight: the host is not as planned; nothing was changed',
        '#   3  a step failed (see the log); run the script again once the cause is fixed: done steps are skipped',
        '#   4  stopped: a question was answered no, or a pause was not confirmed',
        '#   5  the copy is not usable (logredo or fsck found errors): discard it',
        '#   6  interrupted (INT, TERM or HUP)',
        '#   7  production could not be fully restored: the summary at the end says what is left and who must act',
        '# On any exit but 0, 1 and 2 the script first undoes what this run changed on production, newest',
        '# first, and ends with a production-state summary (docs/failure-safety.md in vgcopy). The copy side',
        '# (configured target disks, a copy VG as far as it was built) is left as it is: a rerun goes on from it.',
        '# Run record: each step event goes into the log as a #VGCOPY line with the checksum below (the',
        "# digest of this file without its SCRIPT_SHA256 line: grep -v '^SCRIPT_SHA256=' SCRIPT | openssl",
        '# dgst -sha256); the log read back by vgcopy shows what ran (docs/run-record.md in vgcopy).',
      ].join('\n'),
    );
  });

  it('carries its checksum (its digest without that line) and, once reviewed, the reviewer and the runbook version', () => {
    const facts = exampleFacts();
    const review = {
      reviewer: 'Jane Doe',
      at: '2026-11-25T12:00:00.000Z',
      runbookVersion: 4,
      factsSha256: '0'.repeat(64),
    };
    const script = writeScript(facts, buildPlan(facts), { ...meta, review });
    const line = /^SCRIPT_SHA256='(\w+)'$/m.exec(script);
    expect([line?.[1], script.split('\n').slice(1, 4)]).toEqual([
      sha256(script.replace(`${line?.[0]}\n`, '')),
      [
        '# vgcopy 0.1.0: bring up the copy of volume group datavg as flashcopyvg',
        '# generated 2026-11-25T13:00:00Z for host aixprod01',
        '# reviewed by Jane Doe at 2026-11-25T12:00:00.000Z, runbook version 4',
      ],
    ]);
  });

  it('freezes, copies and thaws in one breath: the copy step does not wait for an answer, records the unfreezeflash until its own has run, and a rerun goes on after the commands that went through', () => {
    const text = variants['live DB2, freeze and consistency group, CLI'];
    const copyStep = text.slice(text.indexOf('step_7_take_copy() {'), text.indexOf('step_8_thaw() {'));
    expect(copyStep).toBe(
      [
        'step_7_take_copy() {',
        "  step_begin 7 'take-copy' 'Take the copy of all LUNs as one consistency group' 'storage'",
        "  if step_done 'take-copy'; then step_skip 'Take the copy of all LUNs as one consistency group'; return 0; fi",
        '  push_undo undo_7_take_copy script',
        "  if step_done 'take-copy:1'; then",
        "    skip 'mkflash -dev IBM.2107-75ABCD1 -freeze -record -persist -nocp 1000:1100 1001:1101 1002:1102'",
        '  else',
        "    run 'dscli' 'mkflash' '-dev' 'IBM.2107-75ABCD1' '-freeze' '-record' '-persist' '-nocp' '1000:1100' '1001:1101' '1002:1102' || die 3 'storage command failed: mkflash -dev IBM.2107-75ABCD1 -freeze -record -persist -nocp 1000:1100 1001:1101 1002:1102'",
        "    part_done 'take-copy:1'",
        '  fi',
        "  if step_done 'take-copy:2'; then",
        "    skip 'unfreezeflash -dev IBM.2107-75ABCD1 10'",
        '  else',
        "    run 'dscli' 'unfreezeflash' '-dev' 'IBM.2107-75ABCD1' '10' || die 3 'storage command failed: unfreezeflash -dev IBM.2107-75ABCD1 10'",
        "    part_done 'take-copy:2'",
        '  fi',
        '  drop_undo undo_7_take_copy',
        "  step_end 'take-copy'",
        '}',
        '',
        '',
      ].join('\n'),
    );
    expect(text).toContain(
      "confirm 'Freeze the JFS2 file systems for at most 60 seconds, take the copy and thaw.'",
    );
    expect(text).toContain('trap on_exit EXIT\ntrap on_signal INT TERM HUP');
    expect(text).toContain(
      [
        "# Undoes step 7 (take-copy) until step 7 ends: the storage admin's undo.",
        'undo_7_take_copy() {',
        "  undo_about \"$1\" '' 'End the consistency-group freeze of the source LSSs' 'the storage admin' 'if it cannot be run, the freeze ends by itself at the LSS'\\''s consistency-group timeout (the Timeout column of lsflash); host writes to the source wait until then' 'unfreezeflash -dev IBM.2107-75ABCD1 10' || return \"$?\"",
        "  run 'dscli' 'unfreezeflash' '-dev' 'IBM.2107-75ABCD1' '10' || return 3",
        '}',
      ].join('\n'),
    );
  });

  it('Global Copy: polls lspprc -l until every pair has 0 out-of-sync tracks, for at most an hour, and waits again on a rerun until the copy is taken', () => {
    const text = variants['global copy DR on another host, CLI'];
    const start = text.indexOf('step_5_wait_for_sync() {');
    const wait = text.slice(start, text.indexOf('\n}\n', start) + 2);
    expect(wait).toBe(
      [
        'step_5_wait_for_sync() {',
        "  step_begin 5 'wait-for-sync' 'Wait until the mirror has no out-of-sync tracks' 'storage'",
        "  if step_done 'take-copy'; then step_skip 'the copy is taken'; return 0; fi",
        "  typeset waited=0 pairs='' left=''",
        '  while :; do',
        "    run 'dscli' 'lspprc' '-dev' 'IBM.2107-75ABCD1' '-remotedev' 'IBM.2107-75WXYZ1' '-l' '-fmt' 'delim' '-hdr' 'off' '-bnr' 'off' '1000:2000' '1001:2001' '1002:2002' || die 3 'storage command failed: lspprc -dev IBM.2107-75ABCD1 -remotedev IBM.2107-75WXYZ1 -l -fmt delim -hdr off -bnr off 1000:2000 1001:2001 1002:2002'",
        '    [ "$DRY_RUN" -eq 1 ] && return 0',
        `    pairs=$(awk -F, '$1 ~ /:/ { n++ } END { print n + 0 }' "$OUT")`,
        `    left=$(awk -F, '$1 ~ /:/ { n += $5 } END { print n + 0 }' "$OUT")`,
        '    [ "$pairs" -eq 3 ] || die 3 "lspprc lists $pairs of the 3 pairs: check the volume ids and the -dev/-remotedev ids"',
        '    [ "$left" -eq 0 ] && break',
        '    [ "$waited" -ge 3600 ] && die 3 "$left tracks are still out of sync after 3600 seconds: something still writes to the primaries"',
        '    log "   $left tracks out of sync; waiting 60 seconds"',
        "    run sleep 60 || die 3 'sleep failed'",
        '    ((waited = waited + 60))',
        '  done',
        "  step_end 'wait-for-sync' again",
        '}',
      ].join('\n'),
    );
  });

  it('Metro Mirror refresh: after the failback, polls lspprc until every pair is Full Duplex, stops on a Suspended pair, and waits again on a rerun until the copy is taken', () => {
    const text = variants['metro mirror refresh after a DR test, CLI'];
    const start = text.indexOf('_wait_for_full_duplex() {');
    const wait = text.slice(text.lastIndexOf('\n', start) + 1, text.indexOf('\n}\n', start) + 2);
    expect(wait).toBe(
      [
        'step_5_wait_for_full_duplex() {',
        "  step_begin 5 'wait-for-full-duplex' 'Wait until every mirror pair is Full Duplex' 'storage'",
        "  if step_done 'take-copy'; then step_skip 'the copy is taken'; return 0; fi",
        "  typeset waited=0 pairs='' left='' stopped=''",
        '  while :; do',
        "    run 'dscli' 'lspprc' '-dev' 'IBM.2107-75ABCD1' '-remotedev' 'IBM.2107-75WXYZ1' '-fmt' 'delim' '-hdr' 'off' '-bnr' 'off' '1000:2000' '1001:2001' '1002:2002' || die 3 'storage command failed: lspprc -dev IBM.2107-75ABCD1 -remotedev IBM.2107-75WXYZ1 -fmt delim -hdr off -bnr off 1000:2000 1001:2001 1002:2002'",
        '    [ "$DRY_RUN" -eq 1 ] && return 0',
        `    pairs=$(awk -F, '$1 ~ /:/ { n++ } END { print n + 0 }' "$OUT")`,
        `    left=$(awk -F, '$1 ~ /:/ && $2 != "Full Duplex" { n++ } END { print n + 0 }' "$OUT")`,
        `    stopped=$(awk -F, '$1 ~ /:/ && $2 ~ /Suspended/ { n++ } END { print n + 0 }' "$OUT")`,
        '    [ "$pairs" -eq 3 ] || die 3 "lspprc lists $pairs of the 3 pairs: check the volume ids and the -dev/-remotedev ids"',
        '    [ "$stopped" -eq 0 ] || die 3 "$stopped of the 3 pairs are Suspended: the failback did not take (lspprc -l shows the reason); resynchronise them first"',
        '    [ "$left" -eq 0 ] && break',
        '    [ "$waited" -ge 7200 ] && die 3 "$left of the 3 pairs are still not Full Duplex after 7200 seconds: the resynchronisation is slow or the links are down (lspprc -l shows the out-of-sync tracks)"',
        '    log "   $left of the 3 pairs not yet Full Duplex; waiting 60 seconds"',
        "    run sleep 60 || die 3 'sleep failed'",
        '    ((waited = waited + 60))',
        '  done',
        "  step_end 'wait-for-full-duplex' again",
        '}',
      ].join('\n'),
    );
    // After the paths and the failback, before the freeze.
    expect(text.split('\n').filter((l) => /^step_\d+_\w+$/.test(l))).toEqual([
      'step_1_unmount_old_copy',
      'step_2_varyoff_old_copy',
      'step_3_export_old_copy',
      'step_4_resync_relationships',
      'step_5_wait_for_full_duplex',
      'step_6_sync',
      'step_7_take_copy',
      'step_8_failover_secondaries',
      'step_9_recreatevg',
      'step_10_varyonvg',
      'step_11_logredo',
      'step_12_fsck',
      'step_13_mount_copy',
      'step_14_verify_copy',
    ]);
  });

  it('re-checks the host in a preflight before touching anything', () => {
    const text = variants['refresh under the same name, CLI'];
    const preflight = text.slice(
      text.indexOf('preflight() {'),
      text.indexOf('\n}\n', text.indexOf('preflight() {')) + 2,
    );
    expect(preflight).toBe(
      [
        'preflight() {',
        '  log "preflight: checking the host against the plan"',
        "  vg_defined 'datavg' || die 2 'preflight: the source VG datavg is not defined on this host, as the plan expects; nothing was changed'",
        "  vg_active 'datavg' || die 2 'preflight: the source VG datavg is not varied on, as the plan expects; nothing was changed'",
        "  typeset entry='' disk='' pvid=''",
        "  set -- 'hdisk4:00c8d3e4a1b2c3d0' 'hdisk5:00c8d3e4a1b2c3d1' 'hdisk6:00c8d3e4a1b2c3d2'",
        '  for entry in "$@"; do',
        ...splitDiskPvid.map((l) => `  ${l}`),
        `    [ "$(disk_field "$disk" 2)" = "$pvid" ] || die 2 "preflight: $disk does not carry PVID $pvid of "'datavg; nothing was changed'`,
        '  done',
        "  if ! step_done 'export-old-copy'; then vg_defined 'flashcopyvg' || die 2 'preflight: the copy to refresh, flashcopyvg, is not in the ODM; nothing was changed'; fi",
        "  typeset target='' vgof=''",
        "  set -- 'hdisk10' 'hdisk11' 'hdisk12'",
        '  for target in "$@"; do',
        '    vgof=$(disk_field "$target" 3)',
        `    case $vgof in '' | 'None' | 'flashcopyvg') ;; *) die 2 "preflight: $target belongs to VG $vgof; it must be a target LUN of this copy; nothing was changed" ;; esac`,
        '  done',
        "  type 'dscli' >/dev/null 2>&1 || die 2 'preflight: the storage CLI dscli is not found on this host; use pauses for the storage admin; nothing was changed'",
        '  log "preflight: the host is as planned"',
        '}',
      ].join('\n'),
    );
  });

  it('way b of the duplicate-PVID trap: the preflight allows a re-run to find the source varied off by the script, and refuses a source PVID on a disk other than the copy’s', () => {
    const text = variants['copy made first, the source varied off around cfgmgr, application owner'];
    const preflight = text.slice(
      text.indexOf('preflight() {'),
      text.indexOf('\n}\n', text.indexOf('preflight() {')) + 2,
    );
    expect(preflight).toBe(
      [
        'preflight() {',
        '  log "preflight: checking the host against the plan"',
        "  vg_defined 'datavg' || die 2 'preflight: the source VG datavg is not defined on this host, as the plan expects; nothing was changed'",
        "  if ! step_done 'varyoff-source'; then vg_active 'datavg' || die 2 'preflight: the source VG datavg is not varied on, as the plan expects; nothing was changed'; fi",
        "  typeset entry='' disk='' pvid=''",
        "  set -- 'hdisk4:00c8d3e4a1b2c3d0' 'hdisk5:00c8d3e4a1b2c3d1' 'hdisk6:00c8d3e4a1b2c3d2'",
        '  for entry in "$@"; do',
        ...splitDiskPvid.map((l) => `  ${l}`),
        `    [ "$(disk_field "$disk" 2)" = "$pvid" ] || die 2 "preflight: $disk does not carry PVID $pvid of "'datavg; nothing was changed'`,
        `    [ "$(lspv | awk -v p="$pvid" -v t=' hdisk10 hdisk11 hdisk12 ' '$2 == p && index(t, " " $1 " ") == 0 { n++ } END { print n + 0 }')" -eq 1 ] || die 2 "preflight: a disk other than $disk and the copy's carries PVID $pvid: varying off "'datavg would not let cfgmgr configure the copy; nothing was changed'`,
        '  done',
        "  if ! step_done 'recreatevg'; then vg_defined 'flashcopyvg' && die 2 'preflight: a VG named flashcopyvg is already in the ODM; nothing was changed'; fi",
        "  typeset target='' vgof=''",
        "  set -- 'hdisk10' 'hdisk11' 'hdisk12'",
        '  for target in "$@"; do',
        '    vgof=$(disk_field "$target" 3)',
        `    case $vgof in '' | 'None' | 'flashcopyvg') ;; *) die 2 "preflight: $target belongs to VG $vgof; it must be a target LUN of this copy; nothing was changed" ;; esac`,
        '  done',
        '  log "preflight: the host is as planned"',
        '}',
      ].join('\n'),
    );
    // The steps run in the order of the outage: the source is back only after recreatevg.
    expect(text.split('\n').filter((l) => /^step_\d+_\w+$/.test(l))).toEqual([
      'step_1_stop_applications_for_cfgmgr',
      'step_2_unmount_source_for_cfgmgr',
      'step_3_varyoff_source',
      'step_4_cfgmgr_after_copy',
      'step_5_check_copy_disks',
      'step_6_recreatevg',
      'step_7_varyon_source',
      'step_8_remount_source_after_cfgmgr',
      'step_9_start_applications_after_cfgmgr',
      'step_10_varyonvg',
      'step_11_fsck',
      'step_12_mount_copy',
      'step_13_verify_copy',
    ]);
  });

  it('quotes every value, so a hostile name cannot run code even if it got past the checks', () => {
    const facts = exampleFacts((f) => {
      f.newVg.name = "x'; rm -rf / #";
    });
    const text = writeScript(facts, buildPlan(facts), meta);
    const code = text.split('\n').filter((l) => !l.startsWith('#') && l.includes('rm -rf /'));
    expect(code.length).toBeGreaterThan(0);
    for (const line of code)
      expect(line.split(`x'\\''; rm -rf / #`).length).toBe(line.split('rm -rf /').length);
  });

  it('under a real Korn shell: parses (ksh -n), prints its header as help, and rejects unknown options', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vgcopy-ksh-'));
    const file = join(dir, 'vgcopy.ksh');
    const text = variants['freeze only, pauses'];
    writeFileSync(file, text);
    expect(spawnSync('ksh', ['-n', file], { encoding: 'utf8' })).toMatchObject({ status: 0, stderr: '' });
    const help = text
      .split('\n\n')[0]
      .split('\n')
      .slice(1)
      .map((l) => l.replace(/^# ?/, ''))
      .join('\n');
    expect(spawnSync('ksh', [file, '-h'], { encoding: 'utf8' })).toMatchObject({
      status: 0,
      stdout: `${help}\n\n`,
    });
    expect(spawnSync('ksh', [file, '-q'], { encoding: 'utf8' })).toMatchObject({ status: 1, stdout: '' });
    expect(spawnSync('ksh', [file, 'extra'], { encoding: 'utf8' })).toMatchObject({
      status: 1,
      stdout: '',
      stderr: `${help}\n\n`,
    });
  });

  it('never contains chdev pv=clear or pv=yes', () => {
    for (const text of Object.values(variants)) expect(text).not.toMatch(/chdev|pv=clear|pv=yes/);
  });
});
