/**
 * How storage identities look to a host and to the CLIs: DS8000 volume ids (LLVV), LSS ids, LUN serials and
 * the AIX ODM `unique_id` strings of 2107 and 2145 disks.
 */

/** DS8000 volume id: 4 hex digits, LSS (2) + volume (2). */
export const DS_VOLUME_ID = /^[0-9A-F]{4}$/;

/** The logical subsystem of a DS8000 volume: its first two hex digits (`1000` is in LSS `10`). */
export function lssOf(volumeId: string): string {
  return volumeId.slice(0, 2);
}

/** The 7-character serial of a DS8000 storage image (`IBM.2107-75ABCD1` -> `75ABCD1`). */
export function imageSerial(image: string): string {
  return image.slice(image.indexOf('-') + 1);
}

/** DS8000 LUN serial as lscfg and pcmpath show it: image serial followed by the volume id. */
export function ds8000Serial(image: string, volumeId: string): string {
  return `${imageSerial(image)}${volumeId}`;
}

/**
 * ODM unique_id of a DS8000 LUN under AIX MPIO / SDDPCM: `200B` + LUN serial + `07210790003IBMfcp`
 * (product 2107900, docs/aix-behaviour.md 6.2).
 */
export function ds8000UniqueId(serial: string): string {
  return `200B${serial}07210790003IBMfcp`;
}

/** A deterministic SVC vdisk UID (32 hex digits, IBM OUI 005076) for a vdisk id. */
export function svcVdiskUid(vdiskId: string): string {
  return `60050768018180D0${Number(vdiskId).toString(16).toUpperCase().padStart(16, '0')}`;
}

/** ODM unique_id of an SVC LUN: `33213` + vdisk UID + `04214503IBMfcp` (docs/aix-behaviour.md 6.2). */
export function svcUniqueId(uid: string): string {
  return `33213${uid}04214503IBMfcp`;
}

/**
 * A deterministic SVC cluster id for a cluster name: 16 hex digits as lscluster / lssystem print them
 * (`0000020060C06FCA`), the last 7 taken from the name.
 */
export function svcClusterId(name: string): string {
  let hash = 0;
  for (const char of name) hash = (hash * 31 + char.charCodeAt(0)) % 0x10000000;
  return `000002006${hash.toString(16).toUpperCase().padStart(7, '0')}`;
}
