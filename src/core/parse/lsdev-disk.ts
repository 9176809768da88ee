/**
 * `lsdev -Cc disk`: name, status (Available/Defined/Stopped), location code, description
 * (docs/aix-behaviour.md §5). The description names the storage (machine type 2107 = DS8000, 2145 = SVC /
 * Storwize / FlashSystem) and the multipath driver: SDDPCM says "IBM MPIO FC 2107" / "MPIO FC 2145",
 * AIX's own PCM "MPIO IBM 2107 FC Disk"; SDD adds vpathN devices, EMC PowerPath hdiskpowerN.
 */
import type { Facts, HostDisk } from '../model/facts';
import { mergeHostDisks } from './facts-edit';
import { issue, type ParseIssue } from './text';
import type { OutputParser } from './types';

export interface LsdevDisk {
  name: string;
  status: 'Available' | 'Defined' | 'Stopped';
  location: string;
  description: string;
}

// One blank before the rest, which `.*` takes with any further blanks (trimmed in code): `\s+(.*)`
// lets both quantifiers share a run of blanks, quadratic on a long one.
const row = /^(\S+)\s+(Available|Defined|Stopped)(?:\s(.*))?$/;
/** Location codes: "24-T1-01", "05-08-00-3,0", "00-08-02". */
const location = /^([0-9A-Za-z]{1,4}(?:-[0-9A-Za-z,]+)+)(?:\s(.*))?$/;

/** The storage a disk's description names, or null for a disk that is not a SAN LUN vgcopy knows. */
function storageOf(description: string): Facts['copy']['storage'] | null {
  if (/\b2107\b/.test(description)) return 'ds8000';
  if (/\b2145\b|SAN Volume Controller/.test(description)) return 'svc';
  // SDD's vpath and PowerPath's hdiskpower devices do not name the storage behind them.
  if (/PowerPath|Pseudo Device/.test(description)) return null;
  if (/\b(FC|MPIO)\b/.test(description)) return 'other';
  return null;
}

/** The multipath driver a disk's name and description imply, or null for a local disk. */
function driverOf(disk: Pick<LsdevDisk, 'name' | 'description'>): Facts['multipath'] | null {
  if (/^vpath\d+$/.test(disk.name)) return 'sdd';
  if (/^hdiskpower\d+$/.test(disk.name)) return 'oem';
  if (/^IBM MPIO FC \d{4}$|^MPIO FC 2145$|^SAN Volume Controller MPIO Device$/.test(disk.description))
    return 'sddpcm';
  if (/^MPIO\b/.test(disk.description)) return 'mpio';
  if (/^IBM FC \d{4}$/.test(disk.description)) return 'sdd';
  return null;
}

export const lsdevDiskParser: OutputParser<LsdevDisk[]> = {
  kind: 'lsdev-disk',
  command: 'lsdev -Cc disk',
  looksLike: (lines) => lines.length > 0 && lines.every((line) => row.test(line.text)),
  parse(lines) {
    const data: LsdevDisk[] = [];
    const errors: ParseIssue[] = [];
    for (const line of lines) {
      const match = row.exec(line.text);
      if (!match) {
        errors.push(issue(line, "expected 'NAME  Available|Defined|Stopped  [LOCATION]  DESCRIPTION'"));
        continue;
      }
      const rest = (match[3] ?? '').trimStart();
      const at = location.exec(rest);
      data.push({
        name: match[1],
        status: match[2] as LsdevDisk['status'],
        location: at ? at[1] : '',
        description: (at ? (at[2] ?? '') : rest).trim(),
      });
    }
    return {
      data,
      read: data.map((disk) => `${disk.name}: ${disk.status}, ${disk.description || 'no description'}`),
      errors,
    };
  },
  apply(disks, input) {
    let facts = mergeHostDisks(
      input,
      disks.map(
        (disk): HostDisk => ({ name: disk.name, status: disk.status, description: disk.description }),
      ),
    );
    const notes: string[] = [];
    // The source VG's disks decide; before they are known, every SAN disk of the host does.
    const sourceNames = facts.sourceVg.disks.map((disk) => disk.name);
    const deciding = sourceNames.length > 0 ? disks.filter((disk) => sourceNames.includes(disk.name)) : disks;
    const storages = [...new Set(deciding.flatMap((disk) => storageOf(disk.description) ?? []))];
    const drivers = [...new Set(deciding.flatMap((disk) => driverOf(disk) ?? []))];
    // SDD lists both the hdisks (one per path) and the vpath that the VG uses: vpath wins.
    const driver = drivers.includes('sdd') ? 'sdd' : drivers.length === 1 ? drivers[0] : null;
    if (storages.length === 1) facts = { ...facts, copy: { ...facts.copy, storage: storages[0] } };
    else if (storages.length > 1)
      notes.push(
        `the disks are on several kinds of storage (${storages.join(', ')}): choose the one holding the VG`,
      );
    if (driver) facts = { ...facts, multipath: driver };
    else if (drivers.length > 1)
      notes.push(`several multipath drivers are in use (${drivers.join(', ')}): choose the VG's`);
    for (const lun of facts.targets.luns) {
      const disk = disks.find((d) => d.name === lun.name);
      if (disk && disk.status !== 'Available')
        notes.push(`target ${lun.name} is ${disk.status}, not Available`);
    }
    return { facts, notes };
  },
};
