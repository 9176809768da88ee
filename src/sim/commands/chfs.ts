/**
 * chfs -a freeze=Seconds|off FileSystem, chfs -a refreeze=Seconds FileSystem: JFS2 freeze and thaw
 * (docs/aix-behaviour.md 13.2). Freezing flushes the file system and holds writers until the thaw, or until
 * the timeout runs out in simulated time (the world thaws it and logs J2_FREEZE_TIMEOUT). Silent on
 * success. Where AIX has no freeze (JFS; AIX 5.2 without APAR IY66043; AIX 5.3 before maintenance level 1,
 * docs/procedure.md), chfs does what it does with any attribute it does not understand: it stores `freeze = N` in
 * the stanza and says nothing (13.1) — the file system is NOT frozen, the trap this rehearses.
 * Other chfs changes are not simulated: they get the usage message.
 */
import { type CommandResult, fail, ok } from '../command-result';
import { lines, msg } from '../messages';
import { attr, findStanza, withAttr } from '../world/etc-filesystems';
import { freezeFileSystem, refreezeFileSystem, thawFileSystem } from '../world/filesystem';
import type { AixLevel, Host } from '../world/host';
import type { World } from '../world/world';
import { type SimCommand, usage } from './command';
import { getopt } from './getopt';

const USAGE =
  'Usage: chfs [-n NodeName] [-m NewMountPoint] [-u MountGroup] [-A {yes|no}] [-p {ro|rw}] [-t {yes|no}] [-a Attribute=Value] [-d Attribute] FileSystem';

/** JFS2 freeze/thaw exists from AIX 5.2 with IY66043, 5.3 maintenance level 1, and every later release. */
function hasJfs2Freeze(aix: AixLevel): boolean {
  if (aix.release === '5.2') return aix.apars.includes('IY66043');
  if (aix.release === '5.3') return aix.technologyLevel >= 1;
  return true;
}

/** chfs's answer to an attribute it does not understand: keep it in the stanza, say nothing. */
function storeAttribute(host: Host, mountPoint: string, key: string, value: string): CommandResult {
  host.filesystems = host.filesystems.map((s) => (s.name === mountPoint ? withAttr(s, key, value) : s));
  return ok();
}

function freeze(world: World, mountPoint: string, key: string, value: string): CommandResult {
  const host = world.host();
  const thawing = key === 'freeze' && (value === 'off' || value === '0');
  if (!thawing && !/^[1-9]\d*$/.test(value)) return fail(lines(msg('chfs.bad-freeze', value, key)));
  const outcome = thawing
    ? thawFileSystem(world, host, mountPoint)
    : key === 'refreeze'
      ? refreezeFileSystem(world, host, mountPoint, Number(value))
      : freezeFileSystem(world, host, mountPoint, Number(value));
  if (outcome.kind === 'ok') return ok();
  const action = thawing ? 'thaw' : key;
  return fail(lines(msg('chfs.freeze-failed', action, mountPoint)));
}

export const chfs: SimCommand = {
  name: 'chfs',
  run(args, ctx) {
    const parsed = getopt('chfs', args, 'a:');
    if (!parsed.ok) return usage(null, USAGE);
    const { all, operands } = parsed.args;
    const assignments = all.get('a') ?? [];
    const match = assignments.length === 1 ? /^(freeze|refreeze)=(.*)$/.exec(assignments[0]) : null;
    if (!match || operands.length !== 1) return usage(null, USAGE);
    const [, key, value] = match;
    const mountPoint = operands[0];
    const host = ctx.world.host();
    const stanza = findStanza(host.filesystems, mountPoint);
    if (!stanza) return fail(lines(msg('0506-915', 'chfs', mountPoint)));
    if (attr(stanza, 'vfs') !== 'jfs2' || !hasJfs2Freeze(host.aix)) {
      return storeAttribute(host, mountPoint, key, value);
    }
    return freeze(ctx.world, mountPoint, key, value);
  },
};
