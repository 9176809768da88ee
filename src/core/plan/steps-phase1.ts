/**
 * Phase 1 (docs/procedure.md "The two phases"): the storage admin creates and maps the target LUNs, the AIX admin
 * runs cfgmgr and checks the new disks. Configured before the copy they have no PVID yet, so cfgmgr
 * configures them cleanly and later copies onto them need no new cfgmgr.
 */
import { type CopyLayout, isMirror } from '../model/copy-layout';
import type { Facts } from '../model/facts';
import { step } from './step';
import type { StorageProcedure } from './storage';
import type { ActionStep } from './types';

/** Target disks with the PVID the host shows for them before the copy (none) or after it (the source's). */
function targetDisks(facts: Facts, layout: CopyLayout, afterCopy: boolean) {
  const pvidOf = new Map(facts.sourceVg.disks.map((d) => [d.name, d.pvid] as const));
  return layout.targets.map((t) => ({
    name: t.name,
    pvid: afterCopy ? (pvidOf.get(t.sourceDisk) ?? null) : null,
  }));
}

export function createLunsStep(facts: Facts, layout: CopyLayout): ActionStep {
  const sizes = facts.sourceVg.disks
    .filter((d) => layout.copiedSourceDisks.has(d.name))
    .map(
      (d) =>
        `${d.name}${d.storageVolume ? ` (volume ${d.storageVolume})` : ''}${d.sizeMb ? `: ${d.sizeMb} MB` : ''}`,
    );
  return step({
    id: 'create-target-luns',
    phase: 'prepare',
    owner: 'storage',
    title: 'Create the target LUNs and map them to the host',
    commands: [],
    expect:
      sizes.length > 0
        ? `One target LUN of the same size for each source disk: ${sizes.join(', ')}.`
        : `One target LUN of the same size for each source disk (${
            facts.sourceVg.disks.length === 0
              ? 'the source disks are not entered yet: Start page'
              : 'no source disk has a target LUN yet: Phase 1 page'
          }).`,
    verify: 'The storage admin confirms the volume ids of the targets and that they are mapped to this host.',
    why: 'Each disk of the VG needs its own target LUN, the same size as the source LUN.',
    onFailure: 'Do not go on: without all target LUNs the copy VG cannot be brought up.',
    action: { kind: 'manual' },
  });
}

export function storageSetupStep(facts: Facts, proc: StorageProcedure): ActionStep {
  const mirror = isMirror(facts);
  return step({
    id: 'storage-setup',
    phase: 'prepare',
    owner: 'storage',
    title: mirror
      ? 'Establish the mirror pairs'
      : 'Define the FlashCopy mappings and their consistency group',
    commands: proc.setup,
    expect: mirror
      ? 'The pairs reach Full Duplex (lspprc); skip this step where the mirror already runs.'
      : 'Each command reports "successfully created".',
    verify: mirror
      ? 'lspprc shows every pair Full Duplex.'
      : 'lsfcmap lists one mapping per LUN in the group.',
    why: `The copy relationships must exist before the copy can be taken at one instant.${proc.setupNote ? ` ${proc.setupNote}` : ''}`,
    onFailure: 'Check the volume ids and sizes (source and target must be the same size), then repeat.',
    // A mirror is established once and runs for months: the storage admin checks it, the script does not redo it.
    action: mirror ? { kind: 'manual' } : { kind: 'storage', commands: proc.setup, cli: proc.cliPrefix },
  });
}

export function cfgmgrStep(facts: Facts, afterCopy: boolean): ActionStep {
  return step({
    id: afterCopy ? 'cfgmgr-after-copy' : 'cfgmgr',
    phase: afterCopy ? 'phase2' : 'phase1',
    owner: 'aix',
    title: afterCopy ? 'Configure the copy disks (cfgmgr)' : 'Configure the target LUNs (cfgmgr)',
    commands: ['lspv', 'cfgmgr', 'lspv'],
    expect: afterCopy
      ? `New disks appear carrying the PVIDs of ${facts.sourceVg.name}.`
      : 'New disks appear with PVID none.',
    verify: 'Compare lspv before and after: every target LUN is listed.',
    why: afterCopy
      ? 'The copy disks are configured after the copy; the source VG is not varied on here, so cfgmgr configures disks carrying its PVIDs.'
      : 'A new LUN has no PVID, so it configures cleanly before the copy; later copies onto the same LUNs need no new cfgmgr.',
    onFailure:
      'A disk that stays Defined carries a PVID held by a varied-on VG: vary that VG off, then run cfgmgr again.',
    action: { kind: 'cfgmgr' },
  });
}

export function checkTargetsStep(facts: Facts, layout: CopyLayout, afterCopy: boolean): ActionStep {
  const disks = targetDisks(facts, layout, afterCopy);
  return step({
    id: afterCopy ? 'check-copy-disks' : 'check-target-disks',
    phase: afterCopy ? 'phase2' : 'phase1',
    owner: 'aix',
    title: afterCopy ? 'Check the copy disks' : 'Check the target disks',
    commands: disks.map((d) => `lspv | grep -w ${d.name}`),
    expect: disks.map((d) => `${d.name}: PVID ${d.pvid ?? 'none'}`).join('; '),
    verify: 'Each target disk is listed by lspv with that PVID and no VG.',
    why: 'The script must act on exactly the target LUNs and never on a disk of the source VG.',
    onFailure:
      'Stop: compare the storage volume ids with lsattr -El hdiskN -a unique_id and correct the runbook.',
    action: { kind: 'check-targets', disks },
  });
}
