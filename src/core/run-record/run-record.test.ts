import { beforeAll, describe, expect, it } from 'vitest';
import { armFault } from '../../sim/world/faults';
import { exampleFacts } from '../test-support/facts';
import { rehearseInTwin } from '../test-support/rehearse-in-twin';
import { writeChecklistMarkdown } from '../write/checklist-markdown';
import { changeRecordMarkdown, runLine, stepTook, tickedSteps } from './change-record';
import { runRecordSchema } from './record-schema';
import { readRunRecord } from './run-record';

type Rehearsed = Awaited<ReturnType<typeof rehearseInTwin>>;

/** The record of a rehearsal's log (or another log against its script), or the reason it was refused. */
function recordOf(r: Rehearsed, log = r.log, state?: string) {
  const read = readRunRecord(log, r.plan, r.script, state);
  return read.ok ? read.record : read.reason;
}

function changeRecord(r: Rehearsed, log = r.log): string {
  const record = recordOf(r, log);
  if (typeof record === 'string') throw new Error(record);
  return changeRecordMarkdown(record, r.plan, { runbook: 'datavg FlashCopy' });
}

const review = {
  reviewer: 'Jane Doe',
  at: '2026-11-25T12:00:00.000Z',
  runbookVersion: 4,
  factsSha256: '0'.repeat(64),
};

describe('the run record read back from the log a rehearsal wrote', () => {
  let ran: Rehearsed;
  let failed: Rehearsed;
  let other: Rehearsed;
  beforeAll(async () => {
    ran = await rehearseInTwin(exampleFacts());
    // The storage refuses the copy while the source is unmounted: the script remounts it on its way out.
    failed = await rehearseInTwin(exampleFacts(), (w) => armFault(w.faults, { command: 'mkflash', call: 1 }));
    // Another runbook: the same VG copied under another name.
    other = await rehearseInTwin(exampleFacts((f) => (f.newVg.name = 'fc2vg')));
  }, 120_000);

  it('a run to the end: every step of the script run or already done, the others by hand (golden file)', async () => {
    // What the runbook keeps, and the server accepts, is the record as read.
    const record = recordOf(ran);
    expect(runRecordSchema.parse(record)).toEqual(record);
    await expect(changeRecord(ran)).toMatchFileSnapshot('golden/change-record-ran.md');
  });

  it('a failed step: its output, its advice, the undo the script ran and production after it (golden file)', async () => {
    await expect(changeRecord(failed)).toMatchFileSnapshot('golden/change-record-failed.md');
  });

  it('prints the review and the earlier runs of the same log: a failed run, then the rerun to the end', () => {
    // The same facts, so the same script: the log the host keeps gathers both runs.
    const record = recordOf(failed, `${failed.log}${ran.log}`);
    if (typeof record === 'string') throw new Error(record);
    expect(
      changeRecordMarkdown(record, failed.plan, { runbook: 'datavg FlashCopy', review })
        .split('\n')
        .slice(0, 7),
    ).toEqual([
      '# Change record: datavg FlashCopy',
      '',
      '- Ran: the run by root on aixprod01, 2025-07-14T10:00:00 to 2025-07-14T10:00:00',
      '- Outcome: exit code 0: done: the copy is varied on and its file systems are mounted',
      `- Script: vgcopy test, sha256 ${recordOfDigest(failed)}`,
      '- Review: reviewed by Jane Doe at 2026-11-25T12:00:00.000Z, runbook version 4',
      '- Earlier runs of this script: 2025-07-14T10:00:00 (exit code 3)',
    ]);
  });

  it('ticks the checklist from it: the steps run or already done, and says which run', () => {
    const record = recordOf(ran);
    if (typeof record === 'string') throw new Error(record);
    const meta = { generatedAt: '2026-11-25T13:00:00Z', version: 'test' };
    const facts = exampleFacts();
    const plain = writeChecklistMarkdown(facts, ran.plan, meta);
    const ticked = writeChecklistMarkdown(facts, ran.plan, {
      ...meta,
      ticked: { steps: tickedSteps(record), from: runLine(record) },
    });
    expect(ticked).toEqual(
      plain
        .replace(
          /^(Access: .*)$/m,
          '$1\nTicked from the run record: the run by root on aixprod01, 2025-07-14T10:00:00 to 2025-07-14T10:00:00.',
        )
        .replace(/^- \[ \] \*\*([2-9]|1[01])\. /gm, '- [x] **$1. '),
    );
  });

  it('refuses the log of another script, naming both checksums', () => {
    expect(recordOf(ran, other.log)).toEqual(
      `the log was written by another script: its checksum is ${recordOfDigest(other).slice(0, 12)}…, this runbook's script is ${recordOfDigest(ran).slice(0, 12)}…. The runbook changed since that script was downloaded, or the log is another runbook's: download the script again and run it, or open the runbook the log is of`,
    );
  });

  it('refuses a log changed by hand: an event line edited, a checksum taken out, a step end without its start', () => {
    const lines = ran.log.split('\n');
    const at = (pattern: RegExp) => lines.findIndex((l) => pattern.test(l));
    const edited = (i: number, line: string) => lines.map((l, j) => (j === i ? line : l)).join('\n');
    const copyDone = at(/event=done .* step=take-copy/);
    expect([
      recordOf(ran, edited(copyDone, lines[copyDone].replace('event=done', 'event=done!'))),
      recordOf(ran, edited(copyDone, lines[copyDone].replace(/sha256=\w+/, 'sha256='))),
      recordOf(
        ran,
        edited(at(/event=start .* step=take-copy/), '2025-07-14 10:00:00 == Step 5: Take the copy'),
      ),
      recordOf(
        ran,
        edited(
          at(/event=start .* step=take-copy/),
          lines[at(/event=start .* step=take-copy/)].replace('n=5', 'n=4'),
        ),
      ),
    ]).toEqual([
      `line ${copyDone + 1} of the log is a #VGCOPY line that does not read as the script writes it ("${lines[copyDone].replace('event=done', 'event=done!').slice(0, 120)}"): the log was changed by hand or cut; upload the file the script wrote`,
      `line ${copyDone + 1} of the log has no checksum of the script (sha256=nothing): the log was changed by hand; upload the file the script wrote`,
      `line ${copyDone + 1} of the log ends step take-copy, which has not started: the log was cut or changed by hand`,
      `line ${at(/event=start .* step=take-copy/) + 1} of the log names step take-copy as number 4, which is not a step of this plan by that number: the log was changed by hand`,
    ]);
  });

  it("refuses a file that is no log of the script, a log of dry runs only, and another plan's state file", () => {
    const dry = ran.log.replace('dry=0', 'dry=1');
    expect([
      recordOf(ran, 'hdisk0          00c8b12345678901                    rootvg          active\n'),
      recordOf(ran, 'PNG\0\0\0'),
      recordOf(ran, dry),
      recordOf(ran, ran.log, 'cfgmgr\nrecreate-copy\n'),
    ]).toEqual([
      'the file is not the log of a vgcopy script: it has no #VGCOPY line (the script writes one for each step into /var/tmp/vgcopy-VG.log; a script downloaded before the run record existed writes none)',
      "the file is not text (it holds NUL bytes): upload the script's log, /var/tmp/vgcopy-VG.log",
      'the log holds only dry runs (-n) of the script: nothing was changed, there is no run to record',
      'the state file names "recreate-copy", which is no step of this plan: it is another script\'s state file, or no state file',
    ]);
  });

  it('says how long a step took, from its times', () => {
    const at = (time: string) => `2026-01-31T22:${time}`;
    expect([
      stepTook({ startedAt: at('00:00'), endedAt: at('02:05') }),
      stepTook({ startedAt: at('00:00'), endedAt: at('00:09') }),
      stepTook({ startedAt: at('00:00') }),
    ]).toEqual(['2 min 5 s', '9 s', '']);
  });

  it('reads the state file of a failed run: the steps a rerun skips', () => {
    const record = recordOf(failed, failed.log, 'cfgmgr\ncheck-target-disks\n');
    expect(typeof record === 'string' ? record : record.recordedDone).toEqual([
      'cfgmgr',
      'check-target-disks',
    ]);
  });
});

function recordOfDigest(r: Rehearsed): string {
  return /^SCRIPT_SHA256='(\w+)'$/m.exec(r.script)?.[1] ?? '';
}
