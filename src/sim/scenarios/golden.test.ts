/**
 * Whole-transcript tests of the procedures and traps of docs/procedure.md (docs/conventions.md pattern 5). Each golden file
 * was written by hand from docs/aix-behaviour.md section 20 and the scenario's seeded identifiers: the lines
 * after `# ` are typed into the simulated host's shell (storage lines through `dscli`), and the whole
 * rendered transcript must equal the file.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createWorld, invariantViolations } from '../index';
import { createWorldShell } from '../shell/world-shell';
import { renderTranscript, type TranscriptEntry } from '../shell/transcript';

/** The typed lines of a golden transcript: every line that starts with the root prompt. */
function typedLines(golden: string): string[] {
  return golden
    .split('\n')
    .filter((line) => line.startsWith('# '))
    .map((line) => line.slice(2));
}

async function play(scenario: string, golden: string): Promise<{ transcript: string; problems: string[] }> {
  const world = await createWorld(scenario);
  const shell = createWorldShell(world);
  const entries: TranscriptEntry[] = [];
  for (const input of typedLines(golden)) entries.push({ input, result: await shell.run(input) });
  return { transcript: renderTranscript(entries), problems: invariantViolations(world) };
}

const CASES: [file: string, scenario: string, what: string][] = [
  [
    'first-copy.txt',
    'first-flashcopy',
    'first copy, targets configured before the copy (docs/procedure.md, the note)',
  ],
  ['duplicate-pvid-trap.txt', 'duplicate-pvid-trap', 'cfgmgr trap: copy made first, source varied on'],
  ['refresh-copy.txt', 'refresh-copy', 'refresh: the old copy must be varied off and exported first'],
  [
    'dr-host-refresh.txt',
    'dr-host-refresh',
    'refresh on a backup host: exported, then importvg keeps the names',
  ],
  [
    'unsupported-copy-jfs.txt',
    'jfs-mounted',
    'LUNs copied at different instants: mount works, fsck finds the damage',
  ],
  ['log-wrap.txt', 'log-wrap', 'a wrapped log: logredo and mount fail, fsck -y repairs'],
  [
    'storage-fails-during-copy.txt',
    'storage-fails-during-copy',
    'mkflash refused: production given back first, then quiesced again and the copy retried',
  ],
  [
    'raw-lv-database.txt',
    'raw-lv-database',
    'DB2 on raw LVs: refused as root, write suspend as the instance owner, one consistency group',
  ],
  [
    'global-copy-drain.txt',
    'global-copy-drain',
    'Global Copy: first pass and out-of-sync tracks drained to 0, then pause, failover, importvg',
  ],
  [
    'global-mirror-fuzzy.txt',
    'global-mirror',
    'Global Copy failed over with tracks out of sync: the secondary is fuzzy, fsck finds the damage',
  ],
  [
    'global-mirror-dr-test.txt',
    'global-mirror-dr-test',
    'Global Mirror DR test: pausegmir, failover, journals checked and restored (reverseflash -fast), importvg; production runs on',
  ],
  [
    'fsck-errors-discard.txt',
    'fsck-errors-discard',
    'fsck finds errors on the copy: discarded, exported, taken again with a consistency group',
  ],
  [
    'metro-mirror-refresh.txt',
    'metro-mirror-refresh',
    'Metro Mirror after a DR test: failback refused without paths, mkpprcpath, Copy Pending, Full Duplex, freeze',
  ],
  [
    'svc-refresh.txt',
    'svc-refresh',
    'SVC refresh: a group still copying refuses a start (CMMVC5903E), is stopped, prepared before the freeze',
  ],
  [
    'svc-global-mirror-dr-test.txt',
    'svc-global-mirror-dr-test',
    'SVC Global Mirror DR test: aux unusable until stoprcconsistgrp -access; the restart needs -primary and -force',
  ],
  [
    'svc-freeze-prepare.txt',
    'svc-freeze-prepare',
    'SVC FlashCopy prepared inside the freeze: the 100 s cache flush outlasts the 60 s freeze, the thaw fails',
  ],
  [
    'retire-copy.txt',
    'retire-copy',
    'retiring a copy: refused out of order, then unmounted deepest first, exported, deleted, withdrawn, unmapped',
  ],
];

describe('golden transcripts', () => {
  it.each(CASES)('%s: %s', async (file, scenario) => {
    const golden = readFileSync(new URL(`./golden/${file}`, import.meta.url), 'utf8');
    const { transcript, problems } = await play(scenario, golden);
    expect(transcript).toBe(golden);
    expect(problems).toEqual([]);
  });
});
