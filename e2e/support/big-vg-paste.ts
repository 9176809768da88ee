/**
 * What an admin pastes for a big VG: the simulator's benchmark host (a scalable VG of `disks` disks and
 * `disks / 2` JFS2 file systems, src/sim/bench/big-vg-scenario.ts) read with its own AIX commands, so the
 * paste has AIX's exact columns and stanzas at any size.
 */
import { bigVgScenario } from '../../src/sim/bench/big-vg-scenario';
import { scenarioHost, startPageCommands } from './simulator-run';

/** The benchmark host's VG. */
const bigVgName = 'benchvg';

export interface BigVgPaste {
  /** hostname, oslevel -s, lsvg -l, lsvg -p, lspv and cat /etc/filesystems, each after its `# ` prompt. */
  text: string;
  /** The VG's first disk as lspv lists it: the first row of the disk table once the paste is used. */
  firstDisk: { name: string; pvid: string };
}

export async function bigVgPaste(disks: number): Promise<BigVgPaste> {
  const host = await scenarioHost(bigVgScenario(disks, disks / 2));
  const text = await host.transcript(startPageCommands(bigVgName));
  const first = new RegExp(`^(hdisk\\d+) +([0-9a-f]{16}) +${bigVgName} `, 'm').exec(text);
  if (!first) throw new Error(`lspv lists no disk of ${bigVgName}`);
  return { text, firstDisk: { name: first[1], pvid: first[2] } };
}
