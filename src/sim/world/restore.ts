/**
 * Rebuilds a World from a snapshot (World.snapshot()): the clock with its pending events, the random
 * source, the storage subsystem and the hosts. Snapshots are plain JSON, so they can be stored.
 */
import { StorageSubsystem } from '../storage/subsystem';
import { SimClock } from './clock';
import { blankImage, fuzzImage, cloneImage, type DiskImage } from './disk-image';
import type { FaultState } from './faults';
import type { Host } from './host';
import { SeededRandom } from './random';
import { World, type WorldSnapshot } from './world';

export function restoreWorld(snapshot: WorldSnapshot): World {
  if (snapshot.version !== 1)
    throw new Error(`cannot restore a world snapshot of version ${snapshot.version}`);
  const clock = new SimClock(snapshot.clock);
  const storage = new StorageSubsystem<DiskImage>({
    flavour: snapshot.storage.flavour,
    clone: cloneImage,
    blank: blankImage,
    fuzz: fuzzImage,
    clock: () => clock.now(),
    images: snapshot.storage.images,
  });
  storage.restore(snapshot.storage);
  return new World({
    scenario: snapshot.scenario,
    clock,
    random: new SeededRandom(snapshot.random),
    storage,
    hosts: JSON.parse(JSON.stringify(snapshot.hosts)) as Record<string, Host>,
    currentHost: snapshot.currentHost,
    faults: snapshot.faults ? (JSON.parse(JSON.stringify(snapshot.faults)) as FaultState) : undefined,
  });
}
