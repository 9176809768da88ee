/**
 * The storage commands need the real ids: DS8000 volume ids are 4 hex digits LLVV and each command names
 * the storage image (`-dev IBM.2107-75ABCD1`), PPRC commands also the partner (`-remotedev`);
 * SVC mappings name the vdisks (AIX-REFERENCE.md 18.1, 19.3). When the script runs the CLI itself they
 * are required; with pauses the storage admin can complete them.
 */
import type { Finding } from '../engine-types';
import { isMirror } from '../model/copy-layout';
import { storageVolumeProblem } from '../model/aix-names';
import { defineCheck, listNames } from './check';

const ds8000Image = /^IBM\.2107-[0-9A-Z]{7}$/;
const ds8000Volume = /^[0-9A-Fa-f]{4}$/;

export const storageDetails = defineCheck('storage-details', ({ facts }) => {
  const kind = facts.copy.storage;
  if (kind === 'other') return [];
  const cli = facts.storage?.commands === 'cli';
  const severity = cli ? ('blocker' as const) : ('warning' as const);
  const consequence = cli
    ? 'The script runs the storage CLI itself and needs them.'
    : 'Without them the storage script shows markers the storage admin must fill in.';
  const findings: Omit<Finding, 'id'>[] = [];
  const luns = facts.targets.luns;
  const missing = luns.filter((l) => !l.storageVolume || !l.sourceStorageVolume).map((l) => l.sourceDisk);
  if (missing.length > 0)
    findings.push({
      severity,
      finding: `Storage volume ids are missing for the copies of ${listNames(missing)}.`,
      reason: `The storage commands name each source and target volume. ${consequence}`,
      fix: 'Ask the storage admin for the source and target volume ids and enter them with the target LUNs.',
      step: 'phase1',
      field: 'targets.luns',
    });
  const ids = luns.flatMap((l) => [l.storageVolume, l.sourceStorageVolume]).filter(Boolean);
  const bad =
    kind === 'ds8000'
      ? ids
          .filter((id) => !ds8000Volume.test(id))
          .map((id) => `"${id}" is not a DS8000 volume id (4 hex digits)`)
      : ids.map(storageVolumeProblem).filter((p): p is string => !!p);
  if (bad.length > 0)
    findings.push({
      severity: 'blocker',
      finding: `Storage volume ids are not valid: ${bad.join('; ')}.`,
      reason: 'The ids go into the storage commands exactly as typed.',
      fix:
        kind === 'ds8000'
          ? 'Enter DS8000 volume ids as 4 hex digits, e.g. 1100.'
          : 'Enter the vdisk names or ids.',
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
          fix: 'Enter the storage image id as lssi shows it, e.g. IBM.2107-75ABCD1.',
          step: 'phase1',
          field,
        });
      else if (!ds8000Image.test(value))
        findings.push({
          severity: 'blocker',
          finding: `"${value}" is not a DS8000 storage image id.`,
          reason: 'DS8000 storage image ids look like IBM.2107-75ABCD1.',
          fix: 'Enter the storage image id as lssi shows it.',
          step: 'phase1',
          field,
        });
    }
  }
  const group = facts.storage?.consistencyGroup ?? '';
  if (kind === 'svc' && group && !/^[A-Za-z_][A-Za-z0-9_]{0,14}$/.test(group))
    findings.push({
      severity: 'blocker',
      finding: `"${group}" is not a valid SVC consistency group name.`,
      reason: 'SVC names have up to 15 letters, digits and "_", starting with a letter or "_".',
      fix: 'Choose a name such as fccg_datavg.',
      step: 'phase1',
      field: 'storage.consistencyGroup',
    });
  return findings;
});
