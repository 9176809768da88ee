/**
 * The simulator flow behind `npm run plan -- --scenario NAME [--rehearse]`: run the collector
 * in the scenario's world, import its output, add what only the storage admin knows (the volume pairs,
 * the storage box and group, read from the scenario's storage steps, and which hdisk each target volume
 * becomes once configured), take the wizard's default choices, and, for --rehearse, run the script with
 * -y in a fresh world of the scenario (with --fail, a command failing as armed) and judge the goal and
 * production from the world's state (src/sim/rehearse).
 */
import { readFileSync } from 'node:fs';
import { type ConsistencyAnswers, decideApproach } from '../core/model/consistency-decision';
import type { Facts } from '../core/model/facts';
import { importCollected, parsePaste } from '../core/parse';
import { applyOutputs } from '../core/parse/paste-read';
import { emptyFacts } from '../core/model/sample';
import { SETUP_PPRC_PORTS } from '../sim/scenarios/create-world';
import { createWorld, loadScenario, type Scenario, worldState } from '../sim/index';
import { imageWwnn } from '../sim/storage/pprc-paths';
import { rehearseAndJudge, SCRIPT_SHELL } from '../sim/rehearse/rehearse';
import { scenarioGoal } from '../sim/rehearse/scenario-goal';
import { armFault } from '../sim/world/faults';
import type { World } from '../sim/world/world';

import { createWorldShell } from '../sim/shell/world-shell';
import type { ScenarioRunner } from './scenario-runner';
import { mergeOverrides } from './plan-facts';

const collector = readFileSync(new URL('../../public/vgcopy-collect.sh', import.meta.url), 'utf8');

/** What the storage admin knows, read from the scenario's storage steps. */
export interface StorageKnowledge {
  flavour: 'ds8000' | 'svc';
  method: Facts['copy']['method'];
  /** [source volume, target volume] pairs. */
  pairs: [string, string][];
  image: string;
  remoteImage: string;
  group: string;
  /** SVC remote copy: the consistency group of the mirror's relationships. */
  rcGroup: string;
  /** The storage steps copy every LUN at one instant (mkflash -freeze, an SVC group, freezepprc). */
  consistencyGroup: boolean;
  /** A retire: the DS8000 volume group (chvolgrp -action remove ... VG) or SVC host the LUNs are unmapped from. */
  hostMapping: string;
  /** Global Mirror (mkgmir in the setup): its session, master LSS and each secondary's journal volume. */
  globalMirror?: { session: string; masterLss: string; journals: Map<string, string> };
}

function optionValue(words: string[], flag: string): string {
  const i = words.indexOf(flag);
  return i >= 0 ? (words[i + 1] ?? '') : '';
}

export function storageKnowledge(scenario: Scenario): StorageKnowledge {
  const pairs: [string, string][] = [];
  let image = '';
  let remoteImage = '';
  let group = '';
  let rcGroup = '';
  let hostMapping = '';
  let mirror: '' | 'mmir' | 'gcp' | 'global' = '';
  const journals = new Map<string, string>();
  let gmir: { session: string; masterLss: string } | undefined;
  for (const line of scenario.storageSteps) {
    const words = line.split(/\s+/).filter(Boolean);
    const command = words[0] === 'svctask' ? words[1] : words[0];
    if (['mkpprc', 'failoverpprc', 'pausepprc', 'freezepprc'].includes(command))
      mirror = mirror === 'gcp' || optionValue(words, '-type') === 'gcp' ? 'gcp' : 'mmir';
    if (
      command === 'mkflash' ||
      command === 'resyncflash' ||
      command === 'mkpprc' ||
      command === 'pausepprc'
    ) {
      image ||= optionValue(words, '-dev');
      remoteImage ||= optionValue(words, '-remotedev');
      for (const w of words) {
        const m = /^([0-9A-Fa-f]{4}):([0-9A-Fa-f]{4})$/.exec(w);
        if (m && !pairs.some(([s]) => s === m[1])) pairs.push([m[1], m[2]]);
      }
    }
    if (command === 'freezepprc') {
      image ||= optionValue(words, '-dev');
      remoteImage ||= optionValue(words, '-remotedev');
    }
    // failoverpprc is issued on the secondary box, naming the pairs the other way round.
    if (command === 'failoverpprc') {
      image ||= optionValue(words, '-remotedev');
      remoteImage ||= optionValue(words, '-dev');
    }
    if (command === 'mkfcmap') pairs.push([optionValue(words, '-source'), optionValue(words, '-target')]);
    if (command === 'mkfcconsistgrp') group ||= optionValue(words, '-name');
    if (command === 'startfcconsistgrp') group ||= words[words.length - 1];
    if (command === 'chvolgrp') hostMapping ||= words[words.length - 1] ?? '';
    if (command === 'rmvdiskhostmap') hostMapping ||= optionValue(words, '-host');
  }
  // Copies made before the scenario starts (setup) name their pairs too.
  for (const step of scenario.setup) {
    const made = 'flashcopy' in step ? step.flashcopy : 'pprc' in step ? step.pprc : [];
    for (const [source, target] of made) if (!pairs.some(([s]) => s === source)) pairs.push([source, target]);
    if ('pprc' in step) mirror = step.type;
    // SVC mappings and groups the storage admin made before (typed as SVC CLI lines).
    const words = 'run' in step ? step.run.split(/\s+/).filter(Boolean) : [];
    if (words[0] === 'svctask' && words[1] === 'mkfcmap') {
      const source = optionValue(words, '-source');
      if (!pairs.some(([s]) => s === source)) pairs.push([source, optionValue(words, '-target')]);
    }
    if (words[0] === 'svctask' && words[1] === 'mkfcconsistgrp') group ||= optionValue(words, '-name');
    // SVC remote copy the storage admin set up: master to aux, Global Mirror with -global.
    if (words[0] === 'svctask' && words[1] === 'mkrcrelationship') {
      const master = optionValue(words, '-master');
      if (!pairs.some(([s]) => s === master)) pairs.push([master, optionValue(words, '-aux')]);
      mirror = words.includes('-global') ? 'global' : 'mmir';
    }
    if (words[0] === 'svctask' && words[1] === 'mkrcconsistgrp') rcGroup ||= optionValue(words, '-name');
    // Global Mirror set up before: the journal FlashCopies (-tgtinhibit) and the master (mkgmir).
    if (words[0] === 'dscli' && words[1] === 'mkflash' && words.includes('-tgtinhibit'))
      for (const w of words) {
        const m = /^([0-9A-Fa-f]{4}):([0-9A-Fa-f]{4})$/.exec(w);
        if (m) journals.set(m[1]!.toUpperCase(), m[2]!.toUpperCase());
      }
    if (words[0] === 'dscli' && words[1] === 'mkgmir')
      gmir = { session: optionValue(words, '-session'), masterLss: optionValue(words, '-lss') };
  }
  let method: Facts['copy']['method'] = 'flashcopy';
  if (mirror === 'mmir') method = 'metro-mirror';
  // SVC -global is Global Mirror; DS8000 Global Copy is Global Mirror only under a master (mkgmir).
  if (mirror === 'global') method = 'global-mirror';
  if (mirror === 'gcp') method = gmir ? 'global-mirror' : 'global-copy';
  // A Global Mirror journal is one consistency group of every LUN.
  const consistencyGroup =
    gmir !== undefined ||
    scenario.storageSteps.some((l) => /(-freeze\b|startfcconsistgrp|freezepprc|stoprcconsistgrp)/.test(l));
  return {
    flavour: scenario.storage.flavour,
    method,
    pairs,
    image,
    remoteImage,
    group,
    rcGroup,
    hostMapping,
    consistencyGroup,
    ...(gmir ? { globalMirror: { ...gmir, journals } } : {}),
  };
}

/**
 * The answers the scenario's admin gives on the Consistency page: the file systems stay mounted only where
 * the storage copies every LUN at one instant and every application survives a crash.
 */
export function scenarioAnswers(
  consistencyGroup: boolean,
  apps: readonly { crashRecoverable: boolean | null }[],
): ConsistencyAnswers {
  return {
    canUnmount: !(consistencyGroup && apps.every((a) => a.crashRecoverable === true)),
    consistencyGroup,
  };
}

/**
 * Each volume's hdisk name on the host the admin works on once configured (cfgmgr in a scratch world),
 * and the volumes configured already when the scenario starts.
 */
async function hostDisks(name: string): Promise<{
  byVolume: Map<string, string>;
  configured: Set<string>;
  vgs: string[];
  /** Each VG's hdisks on the admin's host (a refresh's old copy). */
  vgDisks: Map<string, string[]>;
  images: Map<string, string>;
}> {
  const world = await createWorld(name);
  const start = worldState(world);
  const configured = new Set(start.disks.filter((d) => d.configured).map((d) => d.volume.toUpperCase()));
  await createWorldShell(world).run('cfgmgr');
  return {
    byVolume: new Map(worldState(world).disks.map((d) => [d.volume.toUpperCase(), d.name] as const)),
    configured,
    vgs: start.vgs.map((v) => v.name),
    vgDisks: new Map(start.vgs.map((v) => [v.name, v.disks] as const)),
    // The storage box of each volume, which the storage admin knows even when no command names it yet.
    images: new Map(start.volumes.map((v) => [v.id.toUpperCase(), v.image] as const)),
  };
}

/**
 * The mirror's PPRC links as the storage admin knows them (lspprcpath before the test): the remote box's
 * WWNN and the port pairs from the first pair's source LSS. Where an earlier DR test's freezepprc removed
 * them, the admin still has the site's links on record: the ones the mirror was set up with (SETUP_PPRC_PORTS,
 * the remote box's WWNN). Empty where the world has no mirror.
 */
function pprcLinks(world: World, pairs: [string, string][]): { wwnn: string; ports: string } {
  const [source, target] = pairs[0] ?? [];
  const image = source ? world.storage.volume(source)?.image : undefined;
  const path = image ? world.storage.pprcPaths(image, [source!.slice(0, 2).toUpperCase()])[0] : undefined;
  const remote = target ? world.storage.volume(target)?.image : undefined;
  const onRecord = (ports: [string, string][]) => ports.map(([s, t]) => `${s}:${t}`).join(' ');
  if (path) return { wwnn: path.remoteWwnn, ports: onRecord(path.ports) };
  const mirrored = source && world.storage.pprcPairs(image ?? '').some((p) => p.id.includes(source));
  return mirrored && remote
    ? { wwnn: imageWwnn(remote), ports: onRecord(SETUP_PPRC_PORTS) }
    : { wwnn: '', ports: '' };
}

/** A retire runbook before anything is read: the copy to remove named (the Start page's retire mode). */
function retireBase(copyVg: string): Facts {
  return {
    ...emptyFacts(),
    mode: 'retire',
    existingCopy: { vgName: copyVg, disks: [], variedOn: false, mounted: false },
  };
}

/** A command's output as the admin pastes it: the prompt line, then what it printed. */
async function pasted(shell: ReturnType<typeof createWorldShell>, command: string): Promise<string> {
  const run = await shell.run(command);
  return `# ${command}\n${run.stdout}`;
}

/** The facts an admin would end up with in the wizard for this scenario. */
export async function scenarioFacts(
  name: string,
): Promise<{ ok: true; input: unknown; notes: string[] } | { ok: false; error: string }> {
  const scenario = loadScenario(name);
  if (!scenario) return { ok: false, error: `no built-in scenario is named ${name}` };
  if (!scenario.sourceVg) return { ok: false, error: `scenario ${name} names no source VG to copy` };
  // The collector runs where the source VG lives (the admin of that host runs it and sends the output).
  const current = scenario.currentHost ?? scenario.hosts[0].name;
  const sourceHost =
    scenario.hosts.find((h) => h.vgs.some((v) => v.name === scenario.sourceVg))?.name ?? current;
  const world = await createWorld(scenario);
  world.currentHost = sourceHost;
  // A VG of many disks (or a busy machine) takes the simulated collector longer than a typed line may.
  const shell = createWorldShell(world, SCRIPT_SHELL);
  await shell.fileSystem.write('/tmp/vgcopy-collect.sh', collector);
  // A copy set's collector is run for all its VGs at once.
  const vgs = [scenario.sourceVg, ...scenario.moreVgs.map((m) => m.sourceVg)];
  const run = await shell.run(`ksh /tmp/vgcopy-collect.sh ${vgs.join(' ')}`);
  if (run.exitCode !== 0)
    return { ok: false, error: `the collector failed in ${name}: ${run.stderr.trim()}` };
  const copyVg = scenario.expect.vg ?? `fc${scenario.sourceVg}`.slice(0, 15);
  const retire = scenario.expect.retired === true;
  const imported = importCollected(run.stdout, retire ? retireBase(copyVg) : emptyFacts());
  // A retire's admin pastes lsvg COPYVG too: its VG IDENTIFIER, which the preflight checks.
  const facts = retire
    ? applyOutputs(parsePaste(await pasted(shell, `lsvg ${copyVg}`)), imported.facts).facts
    : imported.facts;
  const here = sourceHost === current;
  const storage = storageKnowledge(scenario);
  const links = pprcLinks(world, storage.pairs);
  const { byVolume: disks, configured, vgs: hostVgs, vgDisks, images } = await hostDisks(name);
  // A copy made before the scenario starts onto LUNs not configured yet: they could not be configured first.
  const madeInSetup = new Set(
    scenario.setup.flatMap((step) =>
      'flashcopy' in step ? step.flashcopy.map(([, t]) => t.toUpperCase()) : [],
    ),
  );
  const configuredBeforeCopy = !storage.pairs.some(
    ([, t]) => madeInSetup.has(t.toUpperCase()) && !configured.has(t.toUpperCase()),
  );
  const sourceByVolume = new Map(
    [facts.sourceVg, ...facts.moreVgs.map((m) => m.sourceVg)]
      .flatMap((vg) => vg.disks)
      .map((d) => [(d.storageVolume ?? '').toUpperCase(), d.name] as const),
  );
  // The collector names an SVC disk by its vdisk UID (lsvdisk vdisk_UID), the storage admin by its id.
  const collectedId = (volume: string) => (world.storage.volume(volume)?.serial ?? volume).toUpperCase();
  const luns = storage.pairs.map(([source, target]) => ({
    name: disks.get(target.toUpperCase()) ?? '',
    sourceDisk:
      (here ? disks.get(source.toUpperCase()) : undefined) ??
      sourceByVolume.get(source.toUpperCase()) ??
      sourceByVolume.get(collectedId(source)) ??
      '',
    storageVolume: target,
    sourceStorageVolume: source,
    ...(storage.globalMirror
      ? { journalVolume: storage.globalMirror.journals.get(target.toUpperCase()) ?? '' }
      : {}),
  }));
  const apps = (scenario.hosts.find((h) => h.name === sourceHost)?.apps ?? []).map((a) => ({
    kind: a.kind === 'db2' || a.kind === 'oracle' ? a.kind : ('other' as const),
    name: a.name,
    // The users a standard install creates: the admin knows the site's, and the checks ask for them.
    owner: a.kind === 'db2' ? 'db2inst1' : a.kind === 'oracle' ? 'oracle' : '',
    running: true,
    crashRecoverable: a.crashRecoverable ?? true,
    hotBackupStart: a.kind === 'db2' ? 'db2 "set write suspend for database"' : '',
    hotBackupEnd: a.kind === 'db2' ? 'db2 "set write resume for database"' : '',
    // The start/stop script the owner uses for other applications (appctl in the simulator).
    ...(a.kind === 'db2' || a.kind === 'oracle'
      ? {}
      : { stopCommand: `appctl stop ${a.name}`, startCommand: `appctl start ${a.name}` }),
    fileSystems: a.fileSystems,
  }));
  // The copy VG already on the admin's host (and not the source itself): this is a refresh of it.
  const refresh = !retire && hostVgs.includes(copyVg) && !(here && copyVg === scenario.sourceVg);
  const mountPrefix =
    scenario.expect.mountedUnder && scenario.expect.mountedUnder !== '/fs'
      ? scenario.expect.mountedUnder
      : '';
  const overrides = {
    copy: { method: storage.method, storage: storage.flavour },
    mode: retire ? 'retire' : refresh ? 'refresh' : 'first',
    // The scenario's copy is no longer needed: its admin lets the script unmount it.
    ...(retire ? { existingCopy: { mayUnmount: true } } : {}),
    ...(refresh
      ? {
          existingCopy: {
            vgName: copyVg,
            // The old copy's own hdisks, as lspv shows them: a refresh onto other LUNs must show as such.
            disks: vgDisks.get(copyVg) ?? [],
            variedOn: (facts.host?.activeVgs ?? []).includes(copyVg),
            mounted: true,
          },
        }
      : {}),
    targets: { configuredBeforeCopy, luns },
    applications: apps,
    consistency: {
      approach: decideApproach(facts, scenarioAnswers(storage.consistencyGroup, apps)),
      freezeTimeoutSeconds: 60,
      acknowledgeUnsupported: false,
    },
    ...(here ? {} : { sourceOnHost: { present: false, variedOn: false, otherCopies: [] }, host: undefined }),
    newVg: { name: copyVg, lvPrefix: '', mountPrefix, access: 'auto' },
    moreVgs: facts.moreVgs.map((m, i) => ({
      ...m,
      newVg: { name: scenario.moreVgs[i]?.vg ?? '', lvPrefix: '', mountPrefix, access: 'auto' },
    })),
    storage: {
      storageImage:
        storage.image ||
        (storage.flavour === 'ds8000' ? (images.get(storage.pairs[0]?.[0]?.toUpperCase() ?? '') ?? '') : ''),
      remoteStorageImage: storage.remoteImage,
      remoteWwnn: links.wwnn,
      pprcPorts: links.ports,
      consistencyGroup: storage.group,
      rcConsistencyGroup: storage.rcGroup,
      commands: 'cli',
      dscliProfile: '',
      svcHost: '',
      mirrorSecondary: 'failover',
      ...(storage.hostMapping
        ? storage.flavour === 'ds8000'
          ? { hostVolumeGroup: storage.hostMapping }
          : { hostObject: storage.hostMapping }
        : {}),
      ...(storage.globalMirror
        ? { gmSession: storage.globalMirror.session, gmMasterLss: storage.globalMirror.masterLss }
        : {}),
    },
  };
  const notes = imported.sections.flatMap((s) =>
    s.errors.map((e) => `collected ${s.command}, line ${e.line}: ${e.message}`),
  );
  return { ok: true, input: mergeOverrides(facts, overrides), notes };
}

export const simulatorScenarios: ScenarioRunner = {
  collect: scenarioFacts,
  async rehearse(name, script, copyVg, answers, { faults = [], killAt } = {}) {
    const scenario = loadScenario(name);
    if (!scenario)
      return { transcript: '', verdict: `no built-in scenario is named ${name}`, reached: false, source: [] };
    const world = await createWorld(scenario);
    for (const fault of faults) armFault(world.faults, fault);
    const rehearsal = await rehearseAndJudge(world, script, {
      goal: scenarioGoal(scenario, copyVg),
      // Answers for the pauses (the application owner's commands are run by the script); -y answers the questions.
      answers,
      killAtStep: killAt,
      shell: SCRIPT_SHELL,
    });
    const unfired = world.faults.armed.map(
      (f) => `injected fault armed but not fired: ${f.command} call ${f.call} (the script made fewer calls)`,
    );
    return {
      transcript: rehearsal.transcript,
      notes: [...rehearsal.notes, ...unfired],
      verdict: rehearsal.reached
        ? `goal reached: ${scenario.goal}`
        : `goal not reached: ${rehearsal.problems.join('; ')}`,
      reached: rehearsal.reached,
      source: rehearsal.verdict.productionLines,
    };
  },
};
