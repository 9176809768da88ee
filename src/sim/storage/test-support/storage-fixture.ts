/**
 * Test fixture: a storage subsystem whose volumes hold a string (what the "disk" says) and whose clock the
 * test moves by hand, with the DS8000 and SVC layouts the storage tests share.
 */
import { imageWwnn } from '../pprc-paths';
import { StorageSubsystem } from '../subsystem';
import type { Flavour } from '../types';

export interface StorageFixture {
  storage: StorageSubsystem<string>;
  /** Moves simulated time forward. */
  advance(seconds: number): void;
  now(): number;
}

/** 2026-07-14 10:15:02 UTC, a fixed start so dates in outputs are stable. */
export const FIXTURE_EPOCH = 1_784_024_102;

/** Local DS8000 image, and the remote one of the PPRC tests. */
export const LOCAL_IMAGE = 'IBM.2107-75ABCD1';
export const REMOTE_IMAGE = 'IBM.2107-75WXYZ1';

export function storageFixture(flavour: Flavour, images?: string[]): StorageFixture {
  let now = FIXTURE_EPOCH;
  const storage = new StorageSubsystem<string>({
    flavour,
    clone: (content) => content,
    blank: () => '',
    // A fuzzy secondary says so: "A1~fuzzy" is A1 with some tracks still old.
    fuzz: (content) => `${content}~fuzzy`,
    clock: () => now,
    images,
  });
  return {
    storage,
    advance(seconds) {
      now += seconds;
    },
    now: () => now,
  };
}

/**
 * DS8000 with a 2-LUN source VG (1000, 1001 on LSS 10), two FlashCopy targets (1100, 1101) and, on the
 * remote image, two Metro Mirror secondaries (2000, 2001 on LSS 20), with PPRC paths from LSS 10 and 11 to
 * LSS 20 and back from 20 to 10. Sources hold "A0" and "B0".
 */
export function ds8000Fixture(): StorageFixture {
  const fixture = storageFixture('ds8000', [LOCAL_IMAGE, REMOTE_IMAGE]);
  const { storage } = fixture;
  for (const id of ['1000', '1001', '1100', '1101']) storage.createVolume({ id, sizeGb: 10 });
  for (const id of ['2000', '2001']) storage.createVolume({ id, sizeGb: 10, image: REMOTE_IMAGE });
  storage.write('1000', 'A0');
  storage.write('1001', 'B0');
  const links: [string, string, string, string][] = [
    [LOCAL_IMAGE, '10', REMOTE_IMAGE, '20'],
    [LOCAL_IMAGE, '11', REMOTE_IMAGE, '20'],
    // Back from the DR box, for a failback issued there.
    [REMOTE_IMAGE, '20', LOCAL_IMAGE, '10'],
  ];
  for (const [sourceImage, sourceLss, targetImage, targetLss] of links) {
    storage.mkpprcpath({
      sourceImage,
      targetImage,
      remoteWwnn: imageWwnn(targetImage),
      sourceLss,
      targetLss,
      ports: FIXTURE_PPRC_PORTS,
    });
  }
  return fixture;
}

/** The PPRC port pairs of the fixture's links from LSS 10 and 11 to the remote LSS 20. */
const FIXTURE_PPRC_PORTS: [string, string][] = [
  ['I0001', 'I0101'],
  ['I0131', 'I0231'],
];

/** SVC with source vdisks 12, 13 (aixprd_data1/2, holding "A0", "B0") and targets 40, 41 (aixfc_data1/2). */
export function svcFixture(): StorageFixture {
  const fixture = storageFixture('svc');
  const { storage } = fixture;
  storage.createVolume({ id: '12', name: 'aixprd_data1', sizeGb: 10 });
  storage.createVolume({ id: '13', name: 'aixprd_data2', sizeGb: 10 });
  storage.createVolume({ id: '40', name: 'aixfc_data1', sizeGb: 10 });
  storage.createVolume({ id: '41', name: 'aixfc_data2', sizeGb: 10 });
  storage.write('12', 'A0');
  storage.write('13', 'B0');
  return fixture;
}

/**
 * SVC remote copy: svcFixture's production cluster SVC01 and the DR cluster SVC02 with the aux vdisks 60, 61
 * (aixdr_data1/2, blank), the same size as the sources.
 */
export function svcRemoteFixture(): StorageFixture {
  const fixture = storageFixture('svc', ['SVC01', 'SVC02']);
  const { storage } = fixture;
  storage.createVolume({ id: '12', name: 'aixprd_data1', sizeGb: 10 });
  storage.createVolume({ id: '13', name: 'aixprd_data2', sizeGb: 10 });
  storage.createVolume({ id: '60', name: 'aixdr_data1', sizeGb: 10, image: 'SVC02' });
  storage.createVolume({ id: '61', name: 'aixdr_data2', sizeGb: 10, image: 'SVC02' });
  storage.write('12', 'A0');
  storage.write('13', 'B0');
  return fixture;
}
