import { describe, expect, it } from 'vitest';
import { emptyFacts } from '../model/sample';
import { volumeOfUniqueId } from './lsattr-disk';
import { lsdevDiskParser } from './lsdev-disk';
import { parseOutput, parsePaste } from './parse-output';
import { runbookFor } from './test-support/facts';
import * as aix from './test-support/reference-outputs';
import { toLines } from './text';

describe('lsdev -Cc disk', () => {
  it('reads name, status, location and description, with or without a location', () => {
    expect(lsdevDiskParser.parse(toLines(aix.lsdevSvc)).data).toEqual([
      { name: 'hdisk0', status: 'Available', location: '', description: 'Virtual SCSI Disk Drive' },
      { name: 'hdisk4', status: 'Available', location: '24-T1-01', description: 'MPIO FC 2145' },
    ]);
    expect(lsdevDiskParser.parse(toLines(aix.lsdevXiv)).data).toEqual([
      {
        name: 'hdisk0',
        status: 'Available',
        location: '05-08-00-3,0',
        description: '16 Bit LVD SCSI Disk Drive',
      },
      { name: 'hdisk3', status: 'Available', location: '06-08-02', description: 'MPIO 2810 XIV Disk' },
    ]);
  });

  it('knows the storage and the multipath driver from the descriptions: 2107 under the AIX PCM', () => {
    const [result] = parsePaste(aix.lsdevDs8000);
    const facts = {
      ...runbookFor('datavg'),
      copy: { method: 'flashcopy' as const, storage: 'other' as const, expectedStartSeconds: 10 },
    };
    expect(result.apply(facts)).toEqual({
      facts: {
        ...facts,
        copy: { ...facts.copy, storage: 'ds8000' },
        multipath: 'mpio',
        host: {
          disks: [
            { name: 'hdisk0', status: 'Available', description: 'SAS Disk Drive' },
            { name: 'hdisk1', status: 'Available', description: 'MPIO IBM 2107 FC Disk' },
            { name: 'hdisk2', status: 'Available', description: 'MPIO IBM 2107 FC Disk' },
            { name: 'hdisk3', status: 'Available', description: 'MPIO IBM 2107 FC Disk' },
            { name: 'hdisk4', status: 'Available', description: 'MPIO IBM 2107 FC Disk' },
          ],
        },
      },
      notes: [],
    });
  });

  it('SVC under SDDPCM, SDD with vpath devices, EMC PowerPath', () => {
    const svc = parseOutput(aix.lsdevSvc).patch(emptyFacts());
    expect([svc.copy.storage, svc.multipath]).toEqual(['svc', 'sddpcm']);
    const sdd = parseOutput(
      'hdisk4 Available 20-58-01 IBM FC 2107\nvpath0 Available          Data Path Optimizer Pseudo Device Driver\n',
    ).patch(emptyFacts());
    expect([sdd.copy.storage, sdd.multipath]).toEqual(['ds8000', 'sdd']);
    // PowerPath does not name the storage behind it: the storage stays as the admin chose it.
    const svcChosen = { ...emptyFacts(), copy: { ...emptyFacts().copy, storage: 'svc' as const } };
    const powerpath = parseOutput('hdiskpower0 Available 04-08-02 PowerPath Device\n').patch(svcChosen);
    expect([powerpath.copy.storage, powerpath.multipath]).toEqual(['svc', 'oem']);
  });

  it('warns of a target LUN that is not configured', () => {
    const facts = {
      ...runbookFor('datavg'),
      targets: {
        configuredBeforeCopy: true,
        luns: [{ name: 'hdisk3', sourceDisk: 'hdisk1', storageVolume: '', sourceStorageVolume: '' }],
      },
    };
    const defined = aix.lsdevDs8000.replace('hdisk3 Available', 'hdisk3 Defined  ');
    expect(parsePaste(defined)[0].apply(facts).notes).toEqual(['target hdisk3 is Defined, not Available']);
  });
});

describe('lsattr -El hdiskN', () => {
  it('reads the PVID and the storage volume from unique_id, for the disk its command line names', () => {
    const [result] = parsePaste(`# lsattr -El hdisk4\n${aix.lsattr}`);
    expect([result.kind, result.command, result.read, result.errors]).toEqual([
      'lsattr-disk',
      'lsattr -El hdisk4',
      ['hdisk4: PVID 00fa90eee3be28e9, storage volume 600507110180813E50000000000003F3'],
      [],
    ]);
    const facts = {
      ...runbookFor('datavg'),
      sourceVg: { ...runbookFor('datavg').sourceVg, disks: [{ name: 'hdisk4', pvid: null }] },
    };
    expect(result.patch(facts)).toEqual({
      ...facts,
      sourceVg: {
        ...facts.sourceVg,
        disks: [
          { name: 'hdisk4', pvid: '00fa90eee3be28e9', storageVolume: '600507110180813E50000000000003F3' },
        ],
      },
      host: { disks: [{ name: 'hdisk4', pvid: '00fa90eee3be28e9' }] },
    });
  });

  it('finds the disk by its PVID when the paste has no command line', () => {
    const facts = {
      ...runbookFor('datavg'),
      sourceVg: { ...runbookFor('datavg').sourceVg, disks: [{ name: 'hdisk7', pvid: '00fa90eee3be28e9' }] },
    };
    expect(parseOutput(aix.lsattr).patch(facts).sourceVg.disks).toEqual([
      { name: 'hdisk7', pvid: '00fa90eee3be28e9', storageVolume: '600507110180813E50000000000003F3' },
    ]);
  });

  it('reads a DS8000 volume id (LSS and volume, e.g. 1100) and an SVC vdisk UID from unique_id', () => {
    expect(volumeOfUniqueId('200B75ABCD11100407210790003IBMfcp')).toBe('1100');
    expect(volumeOfUniqueId('200B75LY981003007210790003IBMfcp')).toBe('0030');
    expect(volumeOfUniqueId('33213600507680180813E50000000000003F304214503IBMfcp')).toBe(
      '600507680180813E50000000000003F3',
    );
    expect(volumeOfUniqueId('3E213600A0B800011A2B3000000004C2B4A8E0F1815FAStT03IBMfcp')).toBe(
      '3E213600A0B800011A2B3000000004C2B4A8E0F1815FAStT03IBMfcp',
    );
  });

  it('reads the single line of lsattr -a unique_id, and says nothing of the PVID it does not print', () => {
    const line = 'unique_id 200B75ABCD11100407210790003IBMfcp Unique device identifier False\n';
    const [result] = parsePaste(`# lsattr -El hdisk2 -a unique_id\n${line}`);
    expect(result.read).toEqual(['hdisk2: storage volume 1100']);
    expect(result.patch(emptyFacts()).host?.disks).toEqual([{ name: 'hdisk2' }]);
  });
});

describe('oslevel -s and instfix -ik IY66043', () => {
  it('reads release, technology level and service pack', () => {
    const result = parseOutput('7200-05-06-2320\n');
    expect([result.kind, result.read]).toEqual(['oslevel', ['AIX 7.2 TL5 SP6']]);
    expect(result.patch(emptyFacts()).aix).toEqual({
      release: '7.2',
      technologyLevel: 5,
      servicePack: 6,
      hasIY66043: false,
    });
    expect(parseOutput('5300-01\n', 'oslevel').patch(emptyFacts()).aix).toEqual({
      release: '5.3',
      technologyLevel: 1,
      hasIY66043: false,
    });
  });

  it('reads oslevel -r (a level without service packs): release and technology level, the old service pack dropped', () => {
    const result = parseOutput('# oslevel -r\n5300-12\n');
    expect([result.kind, result.command, result.read, result.errors]).toEqual([
      'oslevel',
      'oslevel -r',
      ['AIX 5.3 TL12'],
      [],
    ]);
    const before = {
      ...emptyFacts(),
      aix: { release: '7.2', technologyLevel: 5, servicePack: 6, hasIY66043: false },
    } as const;
    expect(result.patch(before).aix).toEqual({ release: '5.3', technologyLevel: 12, hasIY66043: false });
  });

  it('refuses a release vgcopy does not know', () => {
    expect(parseOutput('# oslevel -s\n4300-11-04-0000\n').errors).toEqual([
      {
        line: 2,
        text: '4300-11-04-0000',
        message: 'expected an AIX release vgcopy knows (5.2, 5.3, 6.1, 7.1, 7.2, 7.3), not 4.3',
      },
    ]);
  });

  it('knows IY66043 installed only when all its filesets were found', () => {
    const level52 = parseOutput('5200-07-00-0000\n').patch(emptyFacts());
    expect(parseOutput('    All filesets for IY66043 were found.\n').patch(level52).aix).toEqual({
      release: '5.2',
      technologyLevel: 7,
      servicePack: 0,
      hasIY66043: true,
    });
    const installed = { ...level52, aix: { ...level52.aix, hasIY66043: true } };
    expect(
      parseOutput('    Not all filesets for IY66043 were found.\n').patch(installed).aix.hasIY66043,
    ).toBe(false);
    expect(
      parseOutput('    There was no data for IY66043 in the fix database.\n').patch(installed).aix.hasIY66043,
    ).toBe(false);
  });
});

describe('hostname', () => {
  it('is read where its command line says so', () => {
    expect(parsePaste('# hostname\naixprod01\n')[0].patch(emptyFacts()).hostname).toBe('aixprod01');
    expect(parseOutput('aixprod01\n', 'hostname').patch(emptyFacts()).hostname).toBe('aixprod01');
  });
});
