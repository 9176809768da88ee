import { describe, expect, it } from 'vitest';
import { buildPlan } from '../plan/build-plan';
import { exampleFacts } from '../test-support/facts';
import { writeStorageScript } from './storage-script';

const meta = { generatedAt: '2026-11-25T13:00:00Z', version: '0.1.0' };

describe('writeStorageScript', () => {
  it('writes the DS CLI commands of a FlashCopy consistency group with the real volume ids, and their back-out as comments', () => {
    const facts = exampleFacts((f) => {
      f.consistency.approach = 'consistency-group';
    });
    expect(writeStorageScript(facts, buildPlan(facts), meta)).toBe(
      [
        '# vgcopy 0.1.0: storage part of the copy of datavg as flashcopyvg',
        '# generated 2026-11-25T13:00:00Z',
        "# DS CLI commands; run each block when the AIX admin's script says so.",
        '',
        '# Step 5: Take the copy of all LUNs as one consistency group',
        '#   expect: Every command reports success (DS CLI).',
        '#   verify: The relationships are established (lsflash / lsfcconsistgrp shows them copying or copied).',
        '#   back out, if this fails or the run stops before this step is done: End the consistency-group freeze of the source LSSs',
        '#     unfreezeflash -dev IBM.2107-75ABCD1 10',
        "#     (if it cannot be run, the freeze ends by itself at the LSS's consistency-group timeout (the Timeout column of lsflash); host writes to the source wait until then)",
        'mkflash -dev IBM.2107-75ABCD1 -freeze -record -persist -nocp 1000:1100 1001:1101 1002:1102',
        'unfreezeflash -dev IBM.2107-75ABCD1 10',
        '',
      ].join('\n'),
    );
  });

  it('writes Metro Mirror setup, freeze and failover in the order of the procedure', () => {
    const facts = exampleFacts((f) => {
      f.copy.method = 'metro-mirror';
      f.consistency.approach = 'consistency-group';
      if (f.storage) f.storage.remoteStorageImage = 'IBM.2107-75WXYZ1';
      f.targets.luns = f.targets.luns.map((l, i) => ({ ...l, storageVolume: `200${i}` }));
    });
    const text = writeStorageScript(facts, buildPlan(facts), meta);
    expect(text.split('\n').filter((l) => l && !l.startsWith('#'))).toEqual([
      'mkpprcpath -dev IBM.2107-75ABCD1 -remotedev IBM.2107-75WXYZ1 -remotewwnn 5005076303FFD9A4 -srclss 10 -tgtlss 20 I0001:I0101 I0131:I0231',
      'mkpprc -dev IBM.2107-75ABCD1 -remotedev IBM.2107-75WXYZ1 -type mmir 1000:2000 1001:2001 1002:2002',
      // A freeze is consistent only for pairs in Full Duplex.
      'lspprc -dev IBM.2107-75ABCD1 -remotedev IBM.2107-75WXYZ1 -fmt delim -hdr off -bnr off 1000:2000 1001:2001 1002:2002',
      'freezepprc -dev IBM.2107-75ABCD1 -remotedev IBM.2107-75WXYZ1 10:20',
      'unfreezepprc -dev IBM.2107-75ABCD1 -remotedev IBM.2107-75WXYZ1 10:20',
      'failoverpprc -dev IBM.2107-75WXYZ1 -remotedev IBM.2107-75ABCD1 -type mmir 2000:1000 2001:1001 2002:1002',
      // After the DR test: the mirror returned to normal.
      'mkpprcpath -dev IBM.2107-75ABCD1 -remotedev IBM.2107-75WXYZ1 -remotewwnn 5005076303FFD9A4 -srclss 10 -tgtlss 20 I0001:I0101 I0131:I0231',
      'failbackpprc -dev IBM.2107-75ABCD1 -remotedev IBM.2107-75WXYZ1 -type mmir 1000:2000 1001:2001 1002:2002',
      'lspprc -dev IBM.2107-75ABCD1 -remotedev IBM.2107-75WXYZ1 1000:2000 1001:2001 1002:2002',
    ]);
    expect(text.split('\n').filter((l) => l.startsWith('#   back out') || l.startsWith('#     '))).toEqual([
      '#   back out, if this fails or the run stops before step 7 starts (its own back-out covers this one): Release the frozen writes and resume the mirror',
      '#     unfreezepprc -dev IBM.2107-75ABCD1 -remotedev IBM.2107-75WXYZ1 10:20',
      '#     mkpprcpath -dev IBM.2107-75ABCD1 -remotedev IBM.2107-75WXYZ1 -remotewwnn 5005076303FFD9A4 -srclss 10 -tgtlss 20 I0001:I0101 I0131:I0231',
      '#     resumepprc -dev IBM.2107-75ABCD1 -remotedev IBM.2107-75WXYZ1 -type mmir 1000:2000 1001:2001 1002:2002',
      '#   back out, if this fails or the run stops before step 8 is done (from then on the copy needs it): Fail the mirror back to the primary',
      '#     mkpprcpath -dev IBM.2107-75ABCD1 -remotedev IBM.2107-75WXYZ1 -remotewwnn 5005076303FFD9A4 -srclss 10 -tgtlss 20 I0001:I0101 I0131:I0231',
      '#     failbackpprc -dev IBM.2107-75ABCD1 -remotedev IBM.2107-75WXYZ1 -type mmir 1000:2000 1001:2001 1002:2002',
    ]);
  });

  it('marks ids the storage admin still has to fill in', () => {
    const facts = exampleFacts((f) => {
      f.targets.luns[1].storageVolume = '';
    });
    expect(writeStorageScript(facts, buildPlan(facts), meta)).toContain(
      'mkflash -dev IBM.2107-75ABCD1 -record -persist -nocp 1000:1100 1001:<target-volume-for-hdisk5> 1002:1102',
    );
  });

  it('says so where vgcopy does not know the storage commands', () => {
    const facts = exampleFacts((f) => {
      f.copy.storage = 'other';
    });
    expect(writeStorageScript(facts, buildPlan(facts), meta)).toBe(
      [
        '# vgcopy 0.1.0: storage part of the copy of datavg as flashcopyvg',
        '# generated 2026-11-25T13:00:00Z',
        '# vgcopy does not write commands for this storage and copy method.',
        '# Make the copy of these LUNs with your own tools when the AIX admin asks for it:',
        '#   hdisk4 (1000) -> hdisk10 (1100)',
        '#   hdisk5 (1001) -> hdisk11 (1101)',
        '#   hdisk6 (1002) -> hdisk12 (1102)',
        '',
      ].join('\n'),
    );
  });
});
