/**
 * SVC / FlashSystem Metro Mirror and Global Mirror (docs/aix-behaviour.md section 19): the VG's relationships
 * run in one remote copy consistency group, set up by the storage admin long before (the mirror is
 * production's DR). A DR test takes the aux volumes as they are: the group must be consistent_synchronized
 * (a group still inconsistent_copying has fuzzy aux volumes), then stoprcconsistgrp -access stops every
 * relationship at one instant and makes the aux volumes writable (state idling). After the test the storage
 * admin restarts the group from the master side: startrcconsistgrp -primary master -force (from idling the
 * direction must be given, and -force accepts that the aux volumes are inconsistent while the changes the
 * test made are copied over). Global Mirror keeps the write order at the aux, so its aux volumes are
 * consistent at every instant: the test does not touch production.
 */
import type { Facts } from '../../model/facts';
import type { StorageProcedure } from './procedure';
import { svcCliPrefix } from './svc';

/** The remote copy group: the one given, or a visible marker the storage admin completes. */
function rcGroupName(facts: Facts): string {
  return facts.storage?.rcConsistencyGroup || '<rc-consistency-group>';
}

/**
 * SVC Global Mirror: the aux volumes hold a consistent image at every instant (asynchronous, write order
 * kept), so the copy needs no quiesced, frozen or stopped production (docs/procedure.md "Copy methods").
 */
export function svcGlobalMirror(facts: Facts): boolean {
  return facts.copy.storage === 'svc' && facts.copy.method === 'global-mirror';
}

export function svcMirrorProcedure(facts: Facts): StorageProcedure {
  const group = rcGroupName(facts);
  const resync = `startrcconsistgrp -primary master -force ${group}`;
  const list = `lsrcconsistgrp -delim : ${group}`;
  const kind = facts.copy.method === 'global-mirror' ? 'Global Mirror' : 'Metro Mirror';
  return {
    cliName: 'SVC CLI',
    cliPrefix: svcCliPrefix(facts),
    setup: [],
    beforeRefresh: [resync],
    copy: [list, `stoprcconsistgrp -access ${group}`],
    release: [],
    // Until the copy VG is defined on the aux volumes: the group restarted from the master, and the aux
    // volumes, which nothing has written yet, are in sync again.
    copyUndo: [resync],
    releaseUndo: [],
    rcGroup: group,
    copyTexts: {
      title: `Stop the ${kind} group ${group} with access to the aux volumes`,
      expect: `lsrcconsistgrp shows state:consistent_synchronized (the script waits while it shows inconsistent_copying); stoprcconsistgrp -access prints nothing; lsrcconsistgrp then shows state:idling and sync:in_sync.`,
      verify: `lsrcconsistgrp -delim : ${group} shows state:idling, primary empty.`,
      why: `stoprcconsistgrp stops every relationship of the group at the same instant; -access makes the aux volumes writable for this host (recreatevg or importvg writes to them). Only a group that was consistent_synchronized (or consistent_stopped) leaves a consistent image: a group stopped while inconsistent_copying leaves fuzzy aux volumes, so the script refuses it.${facts.copy.method === 'global-mirror' ? ' Global Mirror applies the writes at the aux in the order production made them: the image is crash-consistent without stopping, freezing or quiescing production.' : ''}`,
    },
    returnMirror: {
      commands: [resync, list],
      expect: `startrcconsistgrp prints nothing; lsrcconsistgrp shows state:inconsistent_copying while the changes are copied, then state:consistent_synchronized, primary:master.`,
      verify: `lsrcconsistgrp -delim : ${group} shows state:consistent_synchronized and primary:master; the DR host no longer sees the aux volumes as usable.`,
      why: `From idling the group restarts only with the direction given (-primary master: production's volumes are the source) and -force: the changes the DR test made on the aux volumes are overwritten, and the aux volumes are inconsistent until the resync ends. Until then production has no consistent DR copy. Run it only when the test is over and ${facts.newVg.name} is exported on this host.`,
      onFailure:
        'CMMVC5963E: -primary is missing. CMMVC5962E: -force is missing. A group not idling: lsrcconsistgrp shows its state; the storage admin decides.',
    },
  };
}
