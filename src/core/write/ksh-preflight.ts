/**
 * The script's preflight: before it touches anything it re-checks on the real host what the plan assumes
 * (the source VG's state and PVIDs, that no VG of the copy's name is in the ODM, that the target disks
 * belong to no other VG, that the storage CLI is there; where the plan varies the source off for
 * cfgmgr, that no disk but the copy's carries its PVIDs) and stops with exit code 2 and a clear message.
 * Checks that a completed step makes obsolete are skipped on a re-run.
 */
import { copyLayout } from '../model/copy-layout';
import { copySet } from '../model/copy-set';
import type { Facts } from '../model/facts';
import { type RetiredCopy, retiredCopy } from '../model/retire';
import type { RunbookPlan } from '../plan/types';
import { splitDiskPvid } from './ksh-library';
import { exitCodes, type StorageMode } from './ksh-steps';
import { shq } from '../shell-quote';
import { forEachWord } from './shell-quote';

function stop(message: string): string {
  return `die ${exitCodes.preflight} ${shq(`preflight: ${message}; nothing was changed`)}`;
}

/** The checks of one VG of the set (of the runbook's one VG): its source, its copy's name, its target disks. */
function vgChecks(facts: Facts, plan: RunbookPlan): string[] {
  const layout = copyLayout(facts);
  const src = facts.sourceVg.name;
  const vg = facts.newVg.name;
  const old = facts.mode === 'refresh' ? facts.existingCopy?.vgName : undefined;
  const accessStep = plan.steps.find(
    (s) => (s.action.kind === 'recreatevg' || s.action.kind === 'importvg') && s.action.vg === vg,
  );
  const exportStep = plan.steps.find((s) => s.action.kind === 'exportvg' && s.action.vg === old);
  const outage = plan.steps.find((s) => s.action.kind === 'varyoffvg' && s.action.vg === src);
  const lines: string[] = [];
  if (facts.sourceOnHost.present) {
    lines.push(
      `vg_defined ${shq(src)} || ${stop(`the source VG ${src} is not defined on this host, as the plan expects`)}`,
    );
    const state = facts.sourceOnHost.variedOn
      ? `vg_active ${shq(src)} || ${stop(`the source VG ${src} is not varied on, as the plan expects`)}`
      : `vg_active ${shq(src)} && ${stop(`the source VG ${src} is varied on; the plan expects it varied off`)}`;
    // Way b of the duplicate-PVID trap: a re-run may find the source varied off by the script itself.
    lines.push(outage ? `if ! step_done ${shq(outage.id)}; then ${state}; fi` : state);
    const withPvid = facts.sourceVg.disks.filter((d) => d.pvid);
    if (withPvid.length > 0)
      lines.push(
        "typeset entry='' disk='' pvid=''",
        ...forEachWord(
          'entry',
          withPvid.map((d) => `${d.name}:${d.pvid}`),
          '  ',
        ),
        ...splitDiskPvid,
        `  [ "$(disk_field "$disk" 2)" = "$pvid" ] || die ${exitCodes.preflight} "preflight: $disk does not carry PVID $pvid of "${shq(`${src}; nothing was changed`)}`,
        ...(outage
          ? [
              // Varying off the source frees its PVIDs for cfgmgr only if no disk but the copy's holds them too
              // (the copy's own disks may be configured already, by a cfgmgr run while the source was off).
              `  [ "$(lspv | awk -v p="$pvid" -v t=${shq(` ${layout.targets.map((t) => t.name).join(' ')} `)} '$2 == p && index(t, " " $1 " ") == 0 { n++ } END { print n + 0 }')" -eq 1 ] || die ${exitCodes.preflight} "preflight: a disk other than $disk and the copy's carries PVID $pvid: varying off "${shq(`${src} would not let cfgmgr configure the copy; nothing was changed`)}`,
            ]
          : []),
        'done',
      );
  } else {
    const check = `vg_defined ${shq(src)} && ${stop(`the source VG ${src} is defined on this host; the plan expects it elsewhere (importvg would fail)`)}`;
    // A copy imported under the source's name (a DR host) is that VG once the access step is done, and
    // the old copy a refresh there exports is that VG until its exportvg (checked below).
    const skip = [
      ...(old === src && exportStep ? [`! step_done ${shq(exportStep.id)}`] : []),
      ...(vg === src && accessStep ? [`step_done ${shq(accessStep.id)}`] : []),
    ];
    lines.push(skip.length > 0 ? `if ! { ${skip.join(' || ')}; }; then ${check}; fi` : check);
  }
  // A refresh under the old copy's own name finds that name in the ODM until exportvg: checked below.
  if (old !== vg) {
    const check = `vg_defined ${shq(vg)} && ${stop(`a VG named ${vg} is already in the ODM`)}`;
    lines.push(accessStep ? `if ! step_done ${shq(accessStep.id)}; then ${check}; fi` : check);
  }
  if (old && exportStep)
    lines.push(
      `if ! step_done ${shq(exportStep.id)}; then vg_defined ${shq(old)} || ${stop(`the copy to refresh, ${old}, is not in the ODM`)}; fi`,
    );
  const allowed = [...new Set(['None', vg, ...(old ? [old] : [])])];
  if (layout.targets.length > 0)
    lines.push(
      "typeset target='' vgof=''",
      ...forEachWord(
        'target',
        layout.targets.map((t) => t.name),
        '  ',
      ),
      '  vgof=$(disk_field "$target" 3)',
      `  case $vgof in ''${allowed.map((a) => ` | ${shq(a)}`).join('')}) ;; *) die ${exitCodes.preflight} "preflight: $target belongs to VG $vgof; it must be a target LUN of this copy; nothing was changed" ;; esac`,
      'done',
    );
  return lines;
}

/**
 * A retire's checks (docs/procedure.md "Retiring a copy"): the VG is the copy, by its VG IDENTIFIER (lsvg VG)
 * and its disks' PVIDs and VG (lspv), so a runbook run against the source VG, or on a host where another VG
 * has the copy's name, stops here; and no paging space is on a disk of it (lsps -a). A rerun finds the VG
 * exported and disks removed by the script itself: those checks go once the steps are done.
 */
function retireChecks(copy: RetiredCopy): string[] {
  const vg = copy.vgName;
  const exported = "step_done 'retire-export'";
  const id = copy.vgId ?? '';
  return [
    `if ! ${exported}; then`,
    `  vg_defined ${shq(vg)} || ${stop(`${vg} is not in the ODM: there is no VG of that name to retire`)}`,
    "  typeset vgid=''",
    `  vgid=$(lsvg ${shq(vg)} 2>/dev/null | awk '{ for (i = 1; i < NF; i++) if ($i == "IDENTIFIER:") print $(i + 1) }')`,
    `  [ "$vgid" = ${shq(id)} ] || die ${exitCodes.preflight} ${shq(`preflight: ${vg} has VG IDENTIFIER `)}"$vgid"${shq(`, not ${id} of the copy this runbook retires (the source VG, or another VG of that name); nothing was changed`)}`,
    'fi',
    "typeset entry='' disk='' pvid='' vgof=''",
    ...forEachWord(
      'entry',
      copy.pvids.map((d) => `${d.name}:${d.pvid ?? 'none'}`),
      '  ',
    ),
    ...splitDiskPvid,
    '  if [ -z "$(disk_field "$disk" 1)" ]; then',
    `    ${exported} || die ${exitCodes.preflight} "preflight: $disk is not on this host; nothing was changed"`,
    '    continue',
    '  fi',
    `  [ "$(disk_field "$disk" 2)" = "$pvid" ] || die ${exitCodes.preflight} "preflight: $disk does not carry PVID $pvid of the copy "${shq(`${vg}; nothing was changed`)}`,
    '  vgof=$(disk_field "$disk" 3)',
    `  if [ "$vgof" != ${shq(vg)} ] && { [ "$vgof" != None ] || ! ${exported}; }; then`,
    `    die ${exitCodes.preflight} "preflight: $disk belongs to VG $vgof, not "${shq(`${vg}; nothing was changed`)}`,
    '  fi',
    'done',
    "typeset paging=''",
    `paging=$(lsps -a 2>/dev/null | awk -v d=${shq(` ${copy.disks.join(' ')} `)} 'NR > 1 && index(d, " " $2 " ") { print $1 " on " $2; exit }')`,
    `[ -z "$paging" ] || die ${exitCodes.preflight} "preflight: the paging space $paging is on a disk of the copy: swapoff and rmps it first; nothing was changed"`,
  ];
}

export function preflightFunction(facts: Facts, plan: RunbookPlan, mode: StorageMode): string {
  const copy = retiredCopy(facts);
  const lines = copy ? retireChecks(copy) : copySet(facts).flatMap((m) => vgChecks(m.facts, plan));
  const cliSteps = plan.steps.filter((s) => s.action.kind === 'storage');
  const cli = cliSteps[0]?.action;
  if (mode === 'cli' && cli?.kind === 'storage')
    lines.push(
      `type ${shq(cli.cli[0])} >/dev/null 2>&1 || ${stop(`the storage CLI ${cli.cli[0]} is not found on this host; use pauses for the storage admin`)}`,
    );
  return [
    'preflight() {',
    '  log "preflight: checking the host against the plan"',
    ...lines.map((l) => `  ${l}`),
    '  log "preflight: the host is as planned"',
    '}',
  ].join('\n');
}
