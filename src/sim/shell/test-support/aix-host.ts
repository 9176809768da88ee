/**
 * A small AIX host for the file-system command tests: datavg on LUNs 1000 and 1001 (loglv00 on the
 * first, datalv on both, archlv on the second, both logging to loglv00), target LUNs 1100 and 1101
 * configured before any copy, and a shell over it. Options change the AIX level, the file-system type,
 * add a writing application, or replay setup steps (copies taken before the test starts).
 */
import { runCommandLine } from '../../command-line';
import { buildWorld } from '../../scenarios/create-world';
import { type ScenarioInput, scenarioSchema } from '../../scenarios/schema';
import type { World } from '../../world/world';
import type { SimShell } from '../sim-shell';
import { createWorldShell } from '../world-shell';

type HostInput = ScenarioInput['hosts'][number];

export interface AixHostOptions {
  aix?: HostInput['aix'];
  vfs?: 'jfs' | 'jfs2';
  /** /arch keeps its log inside (JFS2 INLINE) instead of using loglv00. */
  archInlineLog?: boolean;
  /** /data has mountguard=yes (AIX 7.1+). */
  dataMountGuard?: boolean;
  apps?: HostInput['apps'];
  setup?: ScenarioInput['setup'];
  /** Where archlv is mounted (default /arch); /data/arch nests it in /data. */
  archMountPoint?: string;
}

export interface AixHost {
  world: World;
  shell: SimShell<World>;
  /** Types lines at the prompt; the transcript, with `[rc=N]` after a line that failed. */
  type(...lines: string[]): Promise<string>;
}

export async function aixHost(options: AixHostOptions = {}): Promise<AixHost> {
  const vfs = options.vfs ?? 'jfs2';
  const logType = vfs === 'jfs' ? 'jfslog' : 'jfs2log';
  const input: ScenarioInput = {
    formatVersion: 1,
    name: 'fs-test-host',
    title: 'File-system command tests',
    description: 'datavg on two LUNs, two target LUNs configured',
    goal: 'none',
    seed: 7,
    storage: {
      flavour: 'ds8000',
      volumes: ['1000', '1001', '1100', '1101'].map((id) => ({ id, sizeGb: 20, hosts: ['aixtest'] })),
    },
    hosts: [
      {
        name: 'aixtest',
        aix: options.aix ?? { release: '7.2', technologyLevel: 5, servicePack: 6, apars: [] },
        multipath: 'mpio',
        configured: ['1100', '1101'],
        apps: options.apps ?? [],
        vgs: [
          {
            name: 'datavg',
            disks: ['1000', '1001'],
            lvs: [
              { name: 'loglv00', type: logType, lps: 1, disks: [0] },
              { name: 'datalv', type: vfs, lps: 100, disks: [0, 1] },
              { name: 'archlv', type: vfs, lps: 20, disks: [1] },
            ],
            fileSystems: [
              { mountPoint: '/data', lv: 'datalv', vfs, log: 'loglv00', mountGuard: options.dataMountGuard },
              {
                mountPoint: options.archMountPoint ?? '/arch',
                lv: 'archlv',
                vfs,
                log: options.archInlineLog ? 'INLINE' : 'loglv00',
              },
            ],
          },
        ],
      },
    ],
    setup: options.setup ?? [],
  };
  const world = await buildWorld(scenarioSchema.parse(input), (w, line) => runCommandLine(w, line));
  const shell = createWorldShell(world);
  return {
    world,
    shell,
    async type(...lines) {
      let out = '';
      for (const line of lines) {
        const r = await shell.run(line);
        out += `# ${line}\n${r.stdout}${r.stderr}${r.exitCode ? `[rc=${r.exitCode}]\n` : ''}`;
      }
      return out;
    },
  };
}

/** A database writing to /data and /arch (its log on /data), `rate` transactions a second. */
export function writer(rate = 5): NonNullable<AixHostOptions['apps']> {
  return [{ name: 'db', kind: 'db2', fileSystems: ['/data', '/arch'], logFileSystem: '/data', rate }];
}

/** Copies of LUNs 1000 and 1001 taken `gap` seconds apart, 30 s after a database started writing. */
export function copyWhileWriting(gap: number): AixHostOptions {
  return {
    apps: writer(),
    setup: [
      { advance: 30 },
      { flashcopy: [['1000', '1100']] },
      { advance: gap },
      { flashcopy: [['1001', '1101']] },
    ],
  };
}

/** Both LUNs copied at one instant, 55 s after a busy database (300 a second) started: the 1-LP log wrapped. */
export const WRAPPED_LOG_COPY: AixHostOptions = {
  apps: writer(300),
  setup: [
    { advance: 55 },
    {
      flashcopy: [
        ['1000', '1100'],
        ['1001', '1101'],
      ],
    },
  ],
};
