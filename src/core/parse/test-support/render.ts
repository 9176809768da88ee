/**
 * Renders facts as AIX prints them (AIX-REFERENCE.md §1.2, §2.3, §2.4, §22 and the /etc/filesystems
 * stanza layout), so property tests can parse the rendering back and compare with the facts.
 */
import type { AixLevel, SourceVg } from '../../model/facts';

const pad = (text: string, width: number) => text.padEnd(width);

/** `lspv`: printf("%-16s%-36s%-16s%s"), trailing blanks stripped. */
export function renderLspv(vg: SourceVg, state: 'active' | 'concurrent' | ''): string {
  return vg.disks
    .map((d) => `${pad(d.name, 16)}${pad(d.pvid ?? 'none', 36)}${pad(vg.name, 16)}${state}`.trimEnd())
    .join('\n');
}

/** `lsvg -p VG`. */
export function renderLsvgP(vg: SourceVg): string {
  const rows = vg.disks.map(
    (d) => `${pad(d.name, 18)}${pad('active', 18)}${pad('1599', 12)}${pad('317', 12)}00..00..00..00..317`,
  );
  return [
    `${vg.name}:`,
    'PV_NAME           PV STATE          TOTAL PPs   FREE PPs    FREE DISTRIBUTION',
    ...rows,
  ].join('\n');
}

/** `lsvg -l VG`: an LV is open when a file system on it is mounted. */
export function renderLsvgL(vg: SourceVg): string {
  const rows = vg.lvs.map((lv) => {
    const fs = vg.fileSystems.find((f) => f.lv === lv.name);
    const state = fs?.mounted ? 'open/syncd' : 'closed/syncd';
    return `${pad(lv.name, 20)}${pad(lv.type, 11)}${pad('8', 8)}${pad('8', 8)}${pad(String(lv.disks.length), 5)}${pad(state, 14)}${lv.mountPoint ?? 'N/A'}`;
  });
  return [
    `${vg.name}:`,
    'LV NAME             TYPE       LPs     PPs     PVs  LV STATE      MOUNT POINT',
    ...rows,
  ].join('\n');
}

/** The /etc/filesystems stanzas of the VG's file systems. */
export function renderStanzas(vg: SourceVg): string {
  return vg.fileSystems
    .map((fs) =>
      [
        `${fs.mountPoint}:`,
        `        dev             = /dev/${fs.lv}`,
        `        vfs             = ${fs.vfs}`,
        `        log             = ${fs.log === 'INLINE' ? 'INLINE' : `/dev/${fs.log}`}`,
        '        mount           = true',
        '        account         = false',
      ].join('\n'),
    )
    .join('\n\n');
}

/** `lslv -l LV` of every LV, one after another. */
export function renderLslv(vg: SourceVg): string {
  return vg.lvs
    .map((lv) =>
      [
        `${lv.name}:${lv.mountPoint ?? 'N/A'}`,
        'PV                COPIES        IN BAND       DISTRIBUTION',
        ...lv.disks.map((d) => `${pad(d, 18)}${pad('008:000:000', 14)}${pad('100%', 14)}000:008:000:000:000`),
      ].join('\n'),
    )
    .join('\n');
}

/** `oslevel -s`: 7200-05-06-2320. */
export function renderOslevel(aix: AixLevel): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${aix.release.replace('.', '')}00-${two(aix.technologyLevel)}-${two(aix.servicePack ?? 0)}-2320`;
}
