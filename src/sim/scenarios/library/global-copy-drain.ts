import type { ScenarioInput } from '../schema';
import { globalMirror } from './global-mirror';

/**
 * Plain Global Copy, established five minutes before: its first pass is still sending the volumes (lspprc -l
 * shows a large Out Of Sync Tracks count, First Pass Status False); PRD was stopped for the DR test a
 * moment ago. Suspended now, the secondaries would be fuzzy; the pairs may be suspended only once every
 * pair shows 0 out-of-sync tracks (IBM Redbook SG24-6787, Global Copy: quiesce the application and wait
 * for the out-of-sync tracks to reach zero). The world is global-mirror's, five minutes after mkpprc.
 */
export const globalCopyDrain: ScenarioInput = {
  ...globalMirror,
  name: 'global-copy-drain',
  title: 'Global Copy: suspend only at zero out-of-sync tracks',
  description:
    'On the DR host, bring up datavg from a Global Copy whose first pass is still running: wait for the drain before suspending.',
  hints: [
    'lspprc -l shows the Out Of Sync Tracks of each pair; with First Pass Status False the initial copy is still running.',
    ...(globalMirror.hints ?? []).slice(1),
  ],
  seed: 1111,
  // The first pass of the 100 GB volumes takes about 17 minutes.
  setup: (globalMirror.setup ?? []).map((s) => ('advance' in s ? { advance: 300 } : s)),
};
