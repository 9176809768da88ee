/**
 * DS8000 DS CLI commands (docs/aix-behaviour.md section 18): FlashCopy with mkflash, made a consistency group
 * by -freeze and released with unfreezeflash on the source LSSs; refreshed incrementally with
 * resyncflash, which needs -record -persist repeated. Metro Mirror (-type mmir) and Global Copy
 * (-type gcp): pairs by mkpprc, frozen (freezepprc/unfreezepprc, consistency group) or paused (pausepprc),
 * then failoverpprc on the secondary box so the host can use the secondaries. A Global Copy pair is
 * suspended only once lspprc -l shows its out-of-sync tracks drained: before that its secondary is fuzzy.
 */
import { isMirror, usesConsistencyGroup } from '../../model/copy-layout';
import type { Facts } from '../../model/facts';
import { type StorageProcedure, volumePairs } from './procedure';

/** LSS of a DS8000 volume id: its first two hex digits (1000 -> 10). */
function lssOf(volume: string): string {
  return /^[0-9A-Fa-f]{4}$/.test(volume) ? volume.slice(0, 2) : `<lss-of-${volume}>`;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

/** The storage images the DS CLI commands name: -dev (the primaries' box) and -remotedev. */
export function images(facts: Facts): { dev: string; remote: string } {
  return {
    dev: facts.storage?.storageImage || '<storage-image-id>',
    remote: facts.storage?.remoteStorageImage || '<secondary-storage-image-id>',
  };
}

/**
 * freezepprc removes the PPRC paths of its LSS pairs, and mkpprc needs them first: mkpprcpath with the
 * site's remote WWNN and port pairs re-establishes them (it replaces the LSS pair's path set, so running it
 * where the paths still exist is harmless).
 */
function paths(facts: Facts): string[] {
  const { dev, remote } = images(facts);
  const wwnn = facts.storage?.remoteWwnn || '<remote-wwnn>';
  const ports = facts.storage?.pprcPorts || '<pprc-port-pairs>';
  return unique(volumePairs(facts).map((p) => `${lssOf(p.source)}:${lssOf(p.target)}`)).map((lssPair) => {
    const [srclss, tgtlss] = lssPair.split(':');
    return `mkpprcpath -dev ${dev} -remotedev ${remote} -remotewwnn ${wwnn} -srclss ${srclss} -tgtlss ${tgtlss} ${ports}`;
  });
}

/**
 * Global Mirror (docs/copy-services.md "Global Mirror DR test"): Global Copy pairs A:B in a session, each B
 * flashed to its journal C at every consistency group, so C holds the last consistent image and B is fuzzy.
 * The DR test leaves production running: pausegmir (at a consistency group boundary), failoverpprc B:A,
 * reverseflash -fast -tgtpprc B:C (Fast Reverse Restore: B gets C's consistent image), then the DR host
 * imports B. Returning: failbackpprc A:B, the journals made again (the fast reverse ended them), resumegmir.
 */
function globalMirrorProcedure(
  facts: Facts,
  base: Pick<StorageProcedure, 'cliName' | 'cliPrefix'>,
  pathCommands: string[],
): StorageProcedure {
  const { dev, remote } = images(facts);
  const pairs = volumePairs(facts);
  const session = facts.storage?.gmSession || '<session-id>';
  const master = facts.storage?.gmMasterLss || '<master-lss>';
  const journalOf = new Map(facts.targets.luns.map((l) => [l.sourceDisk, l.journalVolume] as const));
  const journals = pairs
    .map((p) => `${p.target}:${journalOf.get(p.disk) || `<journal-of-${p.target}>`}`)
    .join(' ');
  const forward = pairs.map((p) => `${p.source}:${p.target}`).join(' ');
  const reversed = pairs.map((p) => `${p.target}:${p.source}`).join(' ');
  const gmir = `-dev ${dev} -lss ${master} -session ${session}`;
  const journal = `mkflash -dev ${remote} -tgtinhibit -record -persist -nocp ${journals}`;
  const failback = `failbackpprc -dev ${dev} -remotedev ${remote} -type gcp ${forward}`;
  const sessions = unique(pairs.map((p) => lssOf(p.source))).flatMap((lss) => {
    const volumes = pairs.filter((p) => lssOf(p.source) === lss).map((p) => p.source);
    return [
      `mksession -dev ${dev} -lss ${lss} ${session}`,
      `chsession -dev ${dev} -lss ${lss} -action add -volume ${volumes.join(',')} ${session}`,
    ];
  });
  return {
    ...base,
    setup: [
      ...pathCommands,
      `mkpprc -dev ${dev} -remotedev ${remote} -type gcp ${forward}`,
      journal,
      ...sessions,
      `mkgmir ${gmir}`,
    ],
    // The journals are made again before Global Mirror resumes: it forms consistency groups only with them.
    beforeRefresh: [
      failback,
      journal,
      `resumegmir ${gmir}`,
      `lspprc -dev ${dev} -remotedev ${remote} ${forward}`,
    ],
    copy: [`pausegmir ${gmir}`],
    release: [`failoverpprc -dev ${remote} -remotedev ${dev} -type gcp ${reversed}`],
    copyUndo: [`resumegmir ${gmir}`],
    // The failover's undo replaces the pause's: the pairs mirror again, then Global Mirror resumes.
    releaseUndo: [failback, `resumegmir ${gmir}`],
    restore: {
      commands: [
        `lsflash -dev ${remote} -l ${journals}`,
        `reverseflash -dev ${remote} -fast -tgtpprc ${journals}`,
      ],
      undo: [journal],
    },
  };
}

export function ds8000Procedure(facts: Facts): StorageProcedure {
  const { dev, remote } = images(facts);
  const profile = facts.storage?.dscliProfile;
  const pairs = volumePairs(facts);
  const forward = pairs.map((p) => `${p.source}:${p.target}`).join(' ');
  const cg = usesConsistencyGroup(facts);
  const base = { cliName: 'DS CLI', cliPrefix: profile ? ['dscli', '-cfg', profile] : ['dscli'] };
  const sourceLss = unique(pairs.map((p) => lssOf(p.source)));

  if (!isMirror(facts)) {
    const freeze = cg ? ' -freeze' : '';
    const unfreeze = cg ? [`unfreezeflash -dev ${dev} ${sourceLss.join(' ')}`] : [];
    return {
      ...base,
      setup: [],
      beforeRefresh: [],
      copy:
        facts.mode === 'refresh'
          ? [`resyncflash -dev ${dev}${freeze} -record -persist ${forward}`, ...unfreeze]
          : [`mkflash -dev ${dev}${freeze} -record -persist -nocp ${forward}`, ...unfreeze],
      release: [],
      // unfreezeflash again is harmless where the copy's own unfreezeflash ran: an LSS with nothing
      // frozen accepts it and does nothing.
      copyUndo: unfreeze,
      releaseUndo: [],
    };
  }
  if (facts.copy.method === 'global-mirror') return globalMirrorProcedure(facts, base, paths(facts));
  const type = facts.copy.method === 'metro-mirror' ? 'mmir' : 'gcp';
  const reversed = pairs.map((p) => `${p.target}:${p.source}`).join(' ');
  const lssPairs = unique(pairs.map((p) => `${lssOf(p.source)}:${lssOf(p.target)}`)).join(' ');
  const failover =
    (facts.storage?.mirrorSecondary ?? 'failover') === 'failover'
      ? [`failoverpprc -dev ${remote} -remotedev ${dev} -type ${type} ${reversed}`]
      : [];
  // Issued at the primary: mirrors primary to secondary again, copying the tracks changed on either side
  // over the secondary; it accepts a pair failed over or only suspended ("any volume in a primary suspended
  // state"), so it also resumes pairs a failover left half done.
  const failback = `failbackpprc -dev ${dev} -remotedev ${remote} -type ${type} ${forward}`;
  // Only a freeze removes the paths: a paused or failed-over mirror resumes over the paths it has.
  const pathsBack = cg ? paths(facts) : [];
  const unfreeze = `unfreezepprc -dev ${dev} -remotedev ${remote} ${lssPairs}`;
  const resume = `resumepprc -dev ${dev} -remotedev ${remote} -type ${type} ${forward}`;
  // Global Copy sends changed tracks in no order: its secondaries are fuzzy until lspprc -l shows 0 Out Of
  // Sync Tracks on every pair, so the writes stop first and the pairs are suspended only then.
  const drainCheck =
    type === 'gcp'
      ? { drainCheck: `lspprc -dev ${dev} -remotedev ${remote} -l -fmt delim -hdr off -bnr off ${forward}` }
      : {};
  // A failback resynchronises in the background: lspprc shows Copy Pending until the changed tracks are on
  // the secondaries, then Full Duplex. Only then is a freeze's secondary consistent.
  const fullDuplexCheck =
    type === 'mmir'
      ? { fullDuplexCheck: `lspprc -dev ${dev} -remotedev ${remote} -fmt delim -hdr off -bnr off ${forward}` }
      : {};
  return {
    ...base,
    ...drainCheck,
    ...fullDuplexCheck,
    setup: [...paths(facts), `mkpprc -dev ${dev} -remotedev ${remote} -type ${type} ${forward}`],
    beforeRefresh: [...pathsBack, failback, `lspprc -dev ${dev} -remotedev ${remote} ${forward}`],
    copy: cg
      ? [`freezepprc -dev ${dev} -remotedev ${remote} ${lssPairs}`, unfreeze]
      : [`pausepprc -dev ${dev} -remotedev ${remote} ${forward}`],
    release: failover,
    // The freeze holds the primaries' writes until unfreezepprc (harmless where nothing is frozen) and
    // removed the paths; the suspended pairs are mirrored again with resumepprc of the same -type.
    copyUndo: cg ? [unfreeze, ...paths(facts), resume] : [resume],
    releaseUndo: failover.length > 0 ? [...pathsBack, failback] : [],
  };
}
