/**
 * The few facts the grader reads from the world's JSON picture (the simulator's worldState), looked up
 * by name. Kept in one file so the grader's rules do not depend on the picture's exact layout.
 */

export interface DiskView {
  name: string;
  pvid: string | null;
  vg: string | null;
}

export interface VgView {
  name: string;
  variedOn: boolean;
}

export interface FileSystemView {
  mountPoint: string;
  lv: string;
  vg: string | null;
  mounted: boolean;
  frozen: boolean;
}

type Picture = Record<string, unknown>;

function list(picture: Picture, key: string): Record<string, unknown>[] {
  const value = picture[key];
  return Array.isArray(value) ? (value as Record<string, unknown>[]) : [];
}

const text = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

export function disksOf(picture: Picture): DiskView[] {
  return list(picture, 'disks').map((d) => ({ name: String(d.name), pvid: text(d.pvid), vg: text(d.vg) }));
}

export function vgNamed(picture: Picture, name: string): VgView | undefined {
  const vg = list(picture, 'vgs').find((v) => v.name === name);
  return vg ? { name, variedOn: vg.variedOn === true } : undefined;
}

export function fileSystemsOf(picture: Picture, vg: string): FileSystemView[] {
  return list(picture, 'fileSystems')
    .filter((f) => f.vg === vg)
    .map((f) => ({
      mountPoint: String(f.mountPoint),
      lv: String(f.lv),
      vg: text(f.vg),
      mounted: f.mounted === true,
      frozen: f.frozen === true,
    }));
}

export function frozenFileSystems(picture: Picture): FileSystemView[] {
  return list(picture, 'fileSystems')
    .filter((f) => f.frozen === true)
    .map((f) => ({
      mountPoint: String(f.mountPoint),
      lv: String(f.lv),
      vg: text(f.vg),
      mounted: true,
      frozen: true,
    }));
}
