/**
 * The simulated world: the clock, the seeded random source, the storage subsystem and the hosts attached
 * to it (the one the admin types on, and any other host such as the production host of a DR scenario).
 * Commands act on `world.host()`; time moves with `world.advance()`, which lets applications write and
 * runs scheduled events (syncd, freeze timeouts, storage copies) at their own instants.
 */
import type { StorageSubsystem } from '../storage/subsystem';
import type { StorageSnapshot } from '../storage/types';
import type { ClockState, SimClock } from './clock';
import type { DiskImage } from './disk-image';
import { type FaultState, noFaults } from './faults';
import { type Host, LOCAL_VOLUME } from './host';
import { flushFileSystem, registerPhysics, writeUntil } from './physics';
import type { RandomState, SeededRandom } from './random';
import type { StoragePort } from './storage-port';

/** The storage subsystem the hosts are attached to; the world uses its host-side port (StoragePort). */
export type WorldStorage = StorageSubsystem<DiskImage> & StoragePort;

/** Everything needed to rebuild a world: plain JSON data. */
export interface WorldSnapshot {
  version: 1;
  scenario: string;
  clock: ClockState;
  random: RandomState;
  hosts: Record<string, Host>;
  currentHost: string;
  storage: StorageSnapshot<DiskImage>;
  /** Injected faults (absent in snapshots taken before faults existed). */
  faults?: FaultState;
}

export class World {
  /** The scenario this world started from (its name, or the uploaded file's id). */
  readonly scenario: string;
  readonly clock: SimClock;
  readonly random: SeededRandom;
  readonly storage: WorldStorage;
  readonly hosts: Record<string, Host>;
  /** The host the admin is logged in to: commands act on it. */
  currentHost: string;
  /** Faults armed for later calls and the ones that fired (plain data, so snapshots carry them). */
  readonly faults: FaultState;

  constructor(init: {
    scenario: string;
    clock: SimClock;
    random: SeededRandom;
    storage: WorldStorage;
    hosts: Record<string, Host>;
    currentHost: string;
    faults?: FaultState;
  }) {
    this.scenario = init.scenario;
    this.clock = init.clock;
    this.random = init.random;
    this.storage = init.storage;
    this.hosts = init.hosts;
    this.currentHost = init.currentHost;
    this.faults = init.faults ?? noFaults();
    if (!this.hosts[this.currentHost]) throw new Error(`world has no host named ${this.currentHost}`);
    registerPhysics(this);
  }

  /** The host commands act on. */
  host(): Host {
    return this.hosts[this.currentHost];
  }

  /** Simulated seconds since the epoch. */
  now(): number {
    return this.clock.now();
  }

  /** Lets `seconds` of simulated time pass: applications write, syncd flushes, timeouts expire. */
  advance(seconds: number): void {
    if (!(seconds >= 0)) throw new Error(`cannot advance the clock by ${seconds} seconds`);
    this.clock.advanceTo(this.clock.now() + seconds, (to) => writeUntil(this, to));
  }

  /** `sync`: every mounted file system's dirty metadata and data go to disk (AIX sync, no output). */
  syncAll(host: Host = this.host()): void {
    for (const mount of Object.values(host.mounts)) flushFileSystem(this, host, mount);
  }

  private localOwner(volumeId: string): Host | undefined {
    if (!volumeId.startsWith(LOCAL_VOLUME)) return undefined;
    const owner = this.hosts[volumeId.split(':')[1]];
    if (!owner) throw new Error(`no host owns the internal disk ${volumeId}`);
    return owner;
  }

  /** The content of a volume (a storage LUN, or a host's internal disk). */
  readVolume(volumeId: string): DiskImage {
    const owner = this.localOwner(volumeId);
    return owner ? owner.localDisks[volumeId] : this.storage.read(volumeId);
  }

  /** Writes a volume; callers check isWritable and isHeld first. */
  writeVolume(volumeId: string, image: DiskImage): void {
    const owner = this.localOwner(volumeId);
    if (owner) owner.localDisks[volumeId] = image;
    else this.storage.write(volumeId, image);
  }

  /**
   * Host reads possible on the current host: an internal disk, or a LUN the storage still presents to it that
   * the storage lets hosts read (a mirror secondary before failover is not readable). An unmapped LUN's hdisk
   * stays in the ODM, Available (cfgmgr does not remove devices), but its I/O fails (docs/aix-behaviour.md 20.6).
   */
  isReadable(volumeId: string): boolean {
    if (this.localOwner(volumeId) !== undefined) return true;
    return this.isPresented(volumeId) && this.storage.isHostReadable(volumeId);
  }

  /** The disk is there for the current host: an internal disk, or a LUN the storage maps to it. */
  isPresented(volumeId: string): boolean {
    return this.localOwner(volumeId) !== undefined || this.storage.isMappedTo(volumeId, this.currentHost);
  }

  /** Host writes possible at all (not a secondary, not write-inhibited). */
  isWritable(volumeId: string): boolean {
    return this.localOwner(volumeId) !== undefined || this.storage.isHostWritable(volumeId);
  }

  /** Host writes held for now by a storage freeze: writers wait. */
  isHeld(volumeId: string): boolean {
    return this.localOwner(volumeId) === undefined && this.storage.isFrozen(volumeId);
  }

  /** A JSON-serialisable copy of the whole state. */
  snapshot(): WorldSnapshot {
    return {
      version: 1,
      scenario: this.scenario,
      clock: this.clock.save(),
      random: this.random.save(),
      hosts: JSON.parse(JSON.stringify(this.hosts)) as Record<string, Host>,
      currentHost: this.currentHost,
      storage: this.storage.snapshot(),
      faults: JSON.parse(JSON.stringify(this.faults)) as FaultState,
    };
  }
}
