/**
 * Identifiers the first-flashcopy scenario draws from its seed (101), named for the tests that assert
 * whole outputs. Seeded, so they never change unless the scenario or the generator does.
 */
export const ROOT_PVID = '002c8e2c06c95514';
export const DATAVG_PVIDS = ['002c8e2ca88457be', '002c8e2c87e9782b'] as const;
export const DATAVG_VGID = '002c8e2c00004c00fe70287fecf6b901';
/** The PVIDs recreatevg writes to hdisk3 and hdisk4 when it runs right after cfgmgr and the copy. */
export const COPY_PVIDS = ['002c8e2c1dcac1a2', '002c8e2c76225f0f'] as const;

/** One lspv line, `%-16s%-36s%-16s%s` with trailing blanks stripped. */
export function lspvLine(disk: string, pvid: string, vg: string, state = ''): string {
  return `${disk.padEnd(16)}${pvid.padEnd(36)}${vg.padEnd(16)}${state}`.trimEnd();
}
