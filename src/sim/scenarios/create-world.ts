/**
 * Builds a World from a scenario: the storage volumes and mappings, each host (rootvg, VGs written to
 * their LUNs, ODM, /etc/filesystems), the mounted file systems, then the scenario's setup history
 * (copies made, commands typed before the admin arrives).
 */
import type { CommandResult } from '../command-result';
import type { ShellFiles } from '../shell/shell-command';
import { imageWwnn } from '../storage/pprc-paths';
import { StorageSubsystem } from '../storage/subsystem';
import { buildHost, ScenarioBuildError } from '../world/build';
import { SimClock } from '../world/clock';
import { blankImage, fuzzImage, cloneImage, type DiskImage } from '../world/disk-image';
import { armFault } from '../world/faults';
import { mountFileSystem } from '../world/filesystem';
import { SeededRandom } from '../world/random';
import { World } from '../world/world';
import type { Scenario, SetupStep } from './schema';

/** A command runner for setup steps: the registry's commands by name. */
export type SetupRunner = (world: World, line: string) => Promise<CommandResult>;

/** Files as seen by setup commands: none (setup lines do not read files). */
export const noFiles: ShellFiles = {
  read: async () => null,
  write: async () => {
    throw new Error('scenario setup commands cannot write files');
  },
  exists: async () => false,
};

/**
 * The site's PPRC links, which the storage admin set up with the mirror: two port pairs for each LSS pair
 * (a real mkpprc needs its paths first). freezepprc removes them; the admin re-establishes them with these.
 */
export const SETUP_PPRC_PORTS: [string, string][] = [
  ['I0001', 'I0101'],
  ['I0131', 'I0231'],
];

function establishSetupPaths(world: World, pairs: [string, string][]): void {
  for (const [primary, secondary] of pairs) {
    const source = world.storage.volume(primary);
    const target = world.storage.volume(secondary);
    if (!source || !target) continue;
    const result = world.storage.mkpprcpath({
      sourceImage: source.image,
      targetImage: target.image,
      remoteWwnn: imageWwnn(target.image),
      sourceLss: primary.slice(0, 2).toUpperCase(),
      targetLss: secondary.slice(0, 2).toUpperCase(),
      ports: SETUP_PPRC_PORTS,
    });
    if (!result.ok)
      throw new ScenarioBuildError(`setup: mkpprcpath ${primary}:${secondary} failed (${result.code})`);
  }
}

async function runSetupStep(world: World, step: SetupStep, run: SetupRunner): Promise<void> {
  if ('advance' in step) {
    world.advance(step.advance);
  } else if ('flashcopy' in step) {
    for (const [source, target] of step.flashcopy) {
      const result = world.storage.mkflash(source, target, {
        freeze: false,
        record: true,
        persist: true,
        nocp: step.nocp,
        tgtinhibit: false,
        seqnum: 0,
      });
      if (!result.ok)
        throw new ScenarioBuildError(`setup: mkflash ${source}:${target} failed (${result.code})`);
    }
  } else if ('pprc' in step) {
    establishSetupPaths(world, step.pprc);
    for (const [primary, secondary] of step.pprc) {
      const result = world.storage.mkpprc(primary, secondary, {
        type: step.type,
        nocp: false,
        tgtread: false,
      });
      if (!result.ok)
        throw new ScenarioBuildError(`setup: mkpprc ${primary}:${secondary} failed (${result.code})`);
    }
  } else if ('unmap' in step) {
    for (const volume of step.unmap) world.storage.unmapFromHost(volume, step.host ?? world.currentHost);
  } else if ('mount' in step) {
    const host = world.hosts[step.host ?? world.currentHost];
    if (!host) throw new ScenarioBuildError(`setup: no host named ${step.host}`);
    const outcome = mountFileSystem(world, host, step.mount);
    if (typeof outcome === 'string' || outcome.kind !== 'ok') {
      throw new ScenarioBuildError(
        `setup: cannot mount ${step.mount} on ${host.name}: ${JSON.stringify(outcome)}`,
      );
    }
  } else {
    const previous = world.currentHost;
    if (step.host) world.currentHost = step.host;
    const host = world.hosts[world.currentHost];
    if (host && step.ids) host.givenIds = { vgid: step.ids.vgid, pvids: [...step.ids.pvids] };
    const result = await run(world, step.run);
    if (host) delete host.givenIds;
    world.currentHost = previous;
    if (result.exitCode !== 0) {
      throw new ScenarioBuildError(
        `setup: "${step.run}" failed with exit code ${result.exitCode}: ${result.stderr.trim()}`,
      );
    }
  }
}

/** Creates the world a scenario describes. `seed` overrides the scenario's seed. */
export async function buildWorld(
  scenario: Scenario,
  run: SetupRunner,
  options: { seed?: number } = {},
): Promise<World> {
  const clock = new SimClock(Date.parse(scenario.start) / 1000);
  const random = new SeededRandom(options.seed ?? scenario.seed);
  const storage = new StorageSubsystem<DiskImage>({
    flavour: scenario.storage.flavour,
    clone: cloneImage,
    blank: blankImage,
    fuzz: fuzzImage,
    clock: () => clock.now(),
    images: scenario.storage.images,
  });
  const hostNames = new Set(scenario.hosts.map((h) => h.name));
  // Every host is defined on the storage in scenario order, LUNs or not: the storage admin can then
  // present targets to a backup or DR host (DS8000 volume group V<n> per host, SVC host object).
  for (const host of scenario.hosts) storage.addHost(host.name, host.volumeGroup);
  for (const v of scenario.storage.volumes) {
    storage.createVolume({ id: v.id, name: v.name, sizeGb: v.sizeGb, image: v.image });
    for (const h of v.hosts) {
      if (!hostNames.has(h)) throw new ScenarioBuildError(`volume ${v.id} is mapped to unknown host ${h}`);
      storage.mapToHost(v.id, h);
    }
  }
  const builds = scenario.hosts.map((spec) =>
    buildHost(spec, storage.volumesMappedTo(spec.name), random, clock.now()),
  );
  for (const build of builds) for (const [volume, image] of build.images) storage.write(volume, image);
  const currentHost = scenario.currentHost ?? scenario.hosts[0].name;
  if (!hostNames.has(currentHost))
    throw new ScenarioBuildError(`currentHost ${currentHost} is not one of the hosts`);
  const world = new World({
    scenario: scenario.name,
    clock,
    random,
    storage,
    hosts: Object.fromEntries(builds.map((b) => [b.host.name, b.host])),
    currentHost,
  });
  for (const build of builds) {
    for (const mountPoint of build.toMount) {
      const outcome = mountFileSystem(world, build.host, mountPoint);
      if (typeof outcome === 'string' || outcome.kind !== 'ok') {
        throw new ScenarioBuildError(
          `cannot mount ${mountPoint} on ${build.host.name}: ${JSON.stringify(outcome)}`,
        );
      }
    }
  }
  for (const step of scenario.setup) await runSetupStep(world, step, run);
  // Armed after the setup, so the admin's own calls are the ones counted.
  for (const fault of scenario.faults) armFault(world.faults, fault);
  return world;
}
