/**
 * The storage commands need the real ids: DS8000 volume ids are 4 hex digits LLVV and each command names
 * the storage image (`-dev IBM.2107-75ABCD1`), PPRC commands also the partner (`-remotedev`);
 * SVC mappings name the vdisks (docs/aix-behaviour.md 18.1, 19.3). They are required whoever runs the
 * commands: the script runs them itself (CLI mode) or prints them for the storage admin to type (pause
 * mode), and a stand-in like `<storage-image-id>` in either is a command that fails, or acts on the wrong
 * box, at the worst moment of the window (docs/script-safety.md: no placeholder reaches a script).
 */
import type { Finding } from '../engine-types';
import { isMirror, usesConsistencyGroup } from '../model/copy-layout';
import type { Facts } from '../model/facts';
import { variesOffSourceForCfgmgr } from '../model/pvid-holders';
import { defineCheck, listNames } from './check';

const ds8000Volume = /^[0-9A-Fa-f]{4}$/;

/** What a retire's unmapping names besides the volumes: the host's DS8000 volume group or SVC host object. */
function unmapIds(facts: Facts, consequence: string): Omit<Finding, 'id'>[] {
  const ds8000 = facts.copy.storage === 'ds8000';
  if (ds8000 ? facts.storage?.hostVolumeGroup : facts.storage?.hostObject) return [];
  return [
    {
      severity: 'blocker',
      finding: ds8000
        ? "The DS8000 volume group of this host's volumes is not given."
        : 'The SVC host object of this host is not given.',
      reason: `${ds8000 ? 'chvolgrp -action remove names the volume group' : 'rmvdiskhostmap -host names the host object'} the copy's volumes are unmapped from. ${consequence}`,
      fix: ds8000
        ? 'Ask the storage admin: showvolgrp lists the volumes of each volume group (lsvolgrp the groups), e.g. V11.'
        : 'Ask the storage admin: lshostvdiskmap lists the host object each vdisk is mapped to.',
      step: 'phase1',
      field: ds8000 ? 'storage.hostVolumeGroup' : 'storage.hostObject',
    },
  ];
}

export const storageDetails = defineCheck('storage-details', ({ facts }) => {
  const kind = facts.copy.storage;
  if (kind === 'other') return [];
  const severity = 'blocker' as const;
  const consequence =
    facts.storage?.commands === 'cli'
      ? 'The script runs the storage CLI itself and needs them.'
      : 'The script prints the commands for the storage admin to type, and a stand-in in them is not a value.';
  const findings: Omit<Finding, 'id'>[] = [];
  const luns = facts.targets.luns;
  const missing = luns.filter((l) => !l.storageVolume || !l.sourceStorageVolume).map((l) => l.sourceDisk);
  if (missing.length > 0)
    findings.push({
      severity,
      finding: `Storage volume ids are missing for the copies of ${listNames(missing)}.`,
      reason: `The storage commands name each source and target volume. ${consequence}`,
      fix: 'Ask the storage admin for the source and target volume ids (lsfbvol on a DS8000, lsvdisk on SVC) and enter them with the target LUNs.',
      step: 'phase1',
      field: 'targets.luns',
    });
  // The schema gives every id the shape of a storage volume id; a DS8000 needs its own LLVV form.
  const bad =
    kind === 'ds8000'
      ? luns
          .flatMap((l) => [l.storageVolume, l.sourceStorageVolume])
          .filter((id) => id && !ds8000Volume.test(id))
      : [];
  if (bad.length > 0)
    findings.push({
      severity: 'blocker',
      finding: `Storage volume ids are not DS8000 volume ids (4 hex digits): ${listNames(bad)}.`,
      reason: 'The ids go into the DS CLI commands exactly as typed.',
      fix: 'Enter DS8000 volume ids as 4 hex digits, e.g. 1100.',
      step: 'phase1',
      field: 'targets.luns',
    });
  if (kind === 'ds8000') {
    const images: [string, string, string][] = [
      ['storage.storageImage', facts.storage?.storageImage ?? '', 'storage image'],
    ];
    if (isMirror(facts))
      images.push([
        'storage.remoteStorageImage',
        facts.storage?.remoteStorageImage ?? '',
        'secondary storage image',
      ]);
    for (const [field, value, what] of images) {
      if (!value)
        findings.push({
          severity,
          finding: `The DS8000 ${what} id is not given.`,
          reason: `Every DS CLI command names the box it acts on (-dev${field.includes('remote') ? ', -remotedev' : ''}). ${consequence}`,
          fix: 'Ask the storage admin: lssi on the DS CLI lists the storage image id (ID column), e.g. IBM.2107-75ABCD1.',
          step: 'phase1',
          field,
        });
    }
  }
  // The DR test stops the VG's remote copy group by name: only the storage admin knows which one it is.
  if (kind === 'svc' && isMirror(facts) && !facts.storage?.rcConsistencyGroup)
    findings.push({
      severity,
      finding: 'The SVC remote copy consistency group is not given.',
      reason: `The DR test checks the group with lsrcconsistgrp and stops it with stoprcconsistgrp -access; the return step restarts it. ${consequence}`,
      fix: "Ask the storage admin: lsrcconsistgrp lists the groups; the one holding the VG's relationships (lsrcrelationship shows the group of each master vdisk).",
      step: 'phase1',
      field: 'storage.rcConsistencyGroup',
    });
  // A retire unmaps the copy's volumes from this host: from its DS8000 volume group, or its SVC host object.
  if (facts.mode === 'retire') return [...findings, ...unmapIds(facts, consequence)];
  // freezepprc removes the PPRC paths of its LSS pairs: resuming or failing back needs mkpprcpath with the
  // site's links, which only the storage admin knows (lspprcpath before the test): asked, never defaulted.
  // A first copy also shows the mirror's setup (mkpprcpath, mkpprc) to the storage admin.
  const setupShown = facts.mode === 'first' && !variesOffSourceForCfgmgr(facts);
  if (kind === 'ds8000' && isMirror(facts) && (usesConsistencyGroup(facts) || setupShown)) {
    const links: [string, string, string][] = [
      ['storage.remoteWwnn', facts.storage?.remoteWwnn ?? '', 'WWNN of the secondary storage image'],
      ['storage.pprcPorts', facts.storage?.pprcPorts ?? '', 'PPRC port pairs of the mirror'],
    ];
    for (const [field, value, what] of links) {
      if (!value)
        findings.push({
          severity,
          finding: `The ${what} is not given.`,
          reason: `mkpprcpath names them: it establishes the mirror's paths, and re-establishes those freezepprc removes before the mirror can be resumed or failed back. ${consequence}`,
          fix: 'Ask the storage admin: lspprcpath on the source LSS lists the port pairs (Port:Attached Port) and the Tgt WWNN, e.g. I0001:I0101 I0131:I0231 and 5005076303FFC1A5.',
          step: 'phase1',
          field,
        });
    }
  }
  // Global Mirror's DR test pauses the master (-lss, -session) and restores each secondary from its journal.
  if (kind === 'ds8000' && facts.copy.method === 'global-mirror') {
    const session: [string, string, string][] = [
      ['storage.gmSession', facts.storage?.gmSession ?? '', 'Global Mirror session id'],
      ['storage.gmMasterLss', facts.storage?.gmMasterLss ?? '', 'master LSS of Global Mirror'],
    ];
    for (const [field, value, what] of session) {
      if (!value)
        findings.push({
          severity,
          finding: `The ${what} is not given.`,
          reason: `pausegmir and resumegmir name the session and the LSS Global Mirror was started on. ${consequence}`,
          fix: 'Ask the storage admin: showgmir on the master LSS shows both (ID IBM.2107-.../10, Master Session ID 0x01).',
          step: 'phase1',
          field,
        });
    }
    const noJournal = luns.filter((l) => !l.journalVolume).map((l) => l.sourceDisk);
    if (noJournal.length > 0)
      findings.push({
        severity,
        finding: `The journal volumes are missing for the copies of ${listNames(noJournal)}.`,
        reason: `The consistent image is on each secondary's journal FlashCopy: reverseflash names the secondary and its journal. ${consequence}`,
        fix: 'Ask the storage admin: lsflash on the remote box lists each secondary:journal pair, e.g. 2000:2100.',
        step: 'phase1',
        field: 'targets.luns',
      });
  }
  return findings;
});
