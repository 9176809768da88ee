import { describe, expect, it } from 'vitest';
import { buildPlan } from '../plan/build-plan';
import { exampleFacts, withLogVg } from '../test-support/facts';
import { escapeHtml, writeChecklistHtml } from './checklist-html';
import { writeChecklistMarkdown } from './checklist-markdown';
import { checklistGroups } from './checklist-model';

const meta = { generatedAt: '2026-11-25T13:00:00Z', version: '0.1.0' };
const live = exampleFacts((f) => {
  f.consistency.approach = 'freeze-and-consistency-group';
  f.applications = [
    {
      kind: 'db2',
      name: 'PRD',
      owner: 'db2inst1',
      running: true,
      crashRecoverable: true,
      hotBackupStart: 'db2 set write suspend for database',
      hotBackupEnd: 'db2 set write resume for database',
      fileSystems: [],
    },
  ];
});

describe('the checklist', () => {
  it('groups consecutive steps by phase and owner, keeping the order of the procedure', () => {
    const groups = checklistGroups(buildPlan(live)).map(
      (g) => `${g.phase}/${g.owner}: ${g.steps.map((s) => s.number).join(',')}`,
    );
    expect(groups).toEqual([
      'prepare/storage: 1',
      'phase1/aix: 2,3',
      'consistency/application: 4',
      'consistency/aix: 5,6',
      'consistency/storage: 7',
      'consistency/aix: 8',
      'consistency/application: 9',
      'phase2/aix: 10,11',
      'verify/aix: 12,13,14,15',
      'verify/application: 16',
      'refresh/aix: 17',
    ]);
  });

  it('in Markdown: checkboxes, commands, expectations, sign-off lines (reviewed golden file)', async () => {
    const findings = [
      {
        id: 'shared-log-live-copy',
        severity: 'advice' as const,
        finding: 'Example finding.',
        reason: 'Example reason.',
        fix: 'Example fix.',
        step: 'consistency' as const,
      },
    ];
    await expect(writeChecklistMarkdown(live, buildPlan(live), { ...meta, findings })).toMatchFileSnapshot(
      'golden/checklist-live-db2.md',
    );
  });

  it('as a print-ready HTML page with every text escaped (reviewed golden file)', async () => {
    await expect(writeChecklistHtml(live, buildPlan(live), meta)).toMatchFileSnapshot(
      'golden/checklist-live-db2.html',
    );
  });

  it('escapes HTML', () => {
    expect(escapeHtml(`<b a="1">'x' & y</b>`)).toBe(
      '&#60;b a=&#34;1&#34;&#62;&#39;x&#39; &#38; y&#60;/b&#62;',
    );
  });
});

describe('the checklist’s DB2 section', () => {
  const section = (md: string) =>
    md.slice(md.indexOf('## DB2 on the copy'), md.indexOf('## Production state'));
  const modes = [
    'db2inidb modes:',
    '',
    '- `as snapshot`: the copy becomes a database of its own (crash recovery, a new log chain), for tests, reports or a backup taken from it. This is the mode for this copy.',
    '- `as standby`: the copy stays in rollforward-pending state to apply the source’s logs later (a standby or a backup image of the source).',
    '- `as mirror`: the copy is the source’s split mirror, to restore the source itself from it over the source’s own paths; never for a copy used beside the source.',
    '',
    '',
  ];

  it('relocates a copy whose paths recreatevg changed (db2relocatedb, then db2inidb as snapshot, as the instance owner)', () => {
    const facts = exampleFacts((f) => {
      f.consistency.approach = 'freeze-and-consistency-group';
      f.applications = live.applications;
      f.sourceVg.lvs.push({ name: 'rawlv01', type: 'raw', disks: [], open: true });
    });
    expect(section(writeChecklistMarkdown(facts, buildPlan(facts), meta)).split('\n')).toEqual([
      '## DB2 on the copy',
      '',
      'The copy’s paths differ from the source’s: recreatevg gives the mount points the prefix /fc and the LV names the prefix fc, while PRD still records the source’s paths. After step 14 (the copy’s file systems are mounted) and before step 16 (the application check), the instance owner db2inst1 on the copy host writes /home/db2inst1/PRD-relocate.cfg (check DB_PATH, the storage paths and the container paths against `db2 list db directory` and `db2 list tablespace containers` on the source; give DB_NAME=PRD,NEWNAME where the source’s instance already holds PRD):',
      '',
      '```',
      'DB_NAME=PRD',
      'DB_PATH=/data,/fc/data',
      'INSTANCE=db2inst1',
      'STORAGE_PATH=/data,/fc/data',
      'STORAGE_PATH=/app,/fc/app',
      'CONT_PATH=/data/*,/fc/data/*',
      'CONT_PATH=/app/*,/fc/app/*',
      'CONT_PATH=/dev/rrawlv01,/dev/rfcrawlv01',
      '```',
      '',
      'Then, as the instance owner:',
      '',
      '```sh',
      "su - db2inst1 -c 'db2relocatedb -f /home/db2inst1/PRD-relocate.cfg'",
      "su - db2inst1 -c 'db2inidb PRD as snapshot'",
      '```',
      '',
      ...modes,
    ]);
  });

  it('relocates every VG of a copy set: each file system and raw LV under its own VG’s prefixes', () => {
    const facts = exampleFacts((f) => {
      withLogVg(f);
      f.consistency.approach = 'freeze-and-consistency-group';
      f.applications = live.applications;
      f.sourceVg.lvs.push({ name: 'rawlv01', type: 'raw', disks: [], open: true });
      const log = f.moreVgs[0]!;
      log.sourceVg.lvs.push({ name: 'rawlog', type: 'raw', disks: [], open: true });
      log.newVg.lvPrefix = 'lc';
    });
    const md = section(writeChecklistMarkdown(facts, buildPlan(facts), meta)).split('\n');
    expect(md.slice(md.indexOf('```') + 1, md.indexOf('Then, as the instance owner:') - 2)).toEqual([
      'DB_NAME=PRD',
      'DB_PATH=/data,/fc/data',
      'INSTANCE=db2inst1',
      'STORAGE_PATH=/data,/fc/data',
      'STORAGE_PATH=/app,/fc/app',
      'STORAGE_PATH=/db2log,/fc/db2log',
      'CONT_PATH=/data/*,/fc/data/*',
      'CONT_PATH=/app/*,/fc/app/*',
      'CONT_PATH=/db2log/*,/fc/db2log/*',
      'CONT_PATH=/dev/rrawlv01,/dev/rfcrawlv01',
      'CONT_PATH=/dev/rrawlog,/dev/rlcrawlog',
    ]);
  });

  it('only initializes a copy imported with the source’s paths (db2inidb as snapshot)', () => {
    const facts = exampleFacts((f) => {
      f.consistency.approach = 'freeze-and-consistency-group';
      f.applications = live.applications;
      f.sourceOnHost = { present: false, variedOn: false, otherCopies: [] };
    });
    expect(section(writeChecklistMarkdown(facts, buildPlan(facts), meta)).split('\n')).toEqual([
      '## DB2 on the copy',
      '',
      'The copy keeps the source’s paths (importvg keeps LV names and mount points), so PRD needs no relocation. After step 14 (the copy’s file systems are mounted) and before step 16 (the application check), the instance owner db2inst1 on the copy host initializes the copy:',
      '',
      '```sh',
      "su - db2inst1 -c 'db2inidb PRD as snapshot'",
      '```',
      '',
      ...modes,
    ]);
  });

  const htmlSection = (html: string) =>
    html.slice(html.indexOf('<h2>DB2 on the copy'), html.indexOf('<h2>Production state'));
  const htmlModes = [
    '<p>db2inidb modes:</p>',
    '<ul>',
    '<li><code>as snapshot</code>: the copy becomes a database of its own (crash recovery, a new log chain), for tests, reports or a backup taken from it. This is the mode for this copy.</li>',
    '<li><code>as standby</code>: the copy stays in rollforward-pending state to apply the source’s logs later (a standby or a backup image of the source).</li>',
    '<li><code>as mirror</code>: the copy is the source’s split mirror, to restore the source itself from it over the source’s own paths; never for a copy used beside the source.</li>',
    '</ul>',
    '',
  ];

  it('prints the same relocation in the HTML checklist (the same content, escaped)', () => {
    const facts = exampleFacts((f) => {
      f.consistency.approach = 'freeze-and-consistency-group';
      f.applications = live.applications;
    });
    expect(htmlSection(writeChecklistHtml(facts, buildPlan(facts), meta)).split('\n')).toEqual([
      '<h2>DB2 on the copy</h2>',
      '<p>The copy’s paths differ from the source’s: recreatevg gives the mount points the prefix /fc and the LV names the prefix fc, while PRD still records the source’s paths. After step 14 (the copy’s file systems are mounted) and before step 16 (the application check), the instance owner db2inst1 on the copy host writes /home/db2inst1/PRD-relocate.cfg (check DB_PATH, the storage paths and the container paths against <code>db2 list db directory</code> and <code>db2 list tablespace containers</code> on the source; give DB_NAME=PRD,NEWNAME where the source’s instance already holds PRD):</p>',
      '<pre>DB_NAME=PRD',
      'DB_PATH=/data,/fc/data',
      'INSTANCE=db2inst1',
      'STORAGE_PATH=/data,/fc/data',
      'STORAGE_PATH=/app,/fc/app',
      'CONT_PATH=/data/*,/fc/data/*',
      'CONT_PATH=/app/*,/fc/app/*</pre>',
      '<p>Then, as the instance owner:</p>',
      '<pre>su - db2inst1 -c &#39;db2relocatedb -f /home/db2inst1/PRD-relocate.cfg&#39;',
      'su - db2inst1 -c &#39;db2inidb PRD as snapshot&#39;</pre>',
      ...htmlModes,
    ]);
  });

  it('prints the same initialization in the HTML checklist for a copy imported with the source’s paths', () => {
    const facts = exampleFacts((f) => {
      f.consistency.approach = 'freeze-and-consistency-group';
      f.applications = live.applications;
      f.sourceOnHost = { present: false, variedOn: false, otherCopies: [] };
    });
    expect(htmlSection(writeChecklistHtml(facts, buildPlan(facts), meta)).split('\n')).toEqual([
      '<h2>DB2 on the copy</h2>',
      '<p>The copy keeps the source’s paths (importvg keeps LV names and mount points), so PRD needs no relocation. After step 14 (the copy’s file systems are mounted) and before step 16 (the application check), the instance owner db2inst1 on the copy host initializes the copy:</p>',
      '<pre>su - db2inst1 -c &#39;db2inidb PRD as snapshot&#39;</pre>',
      ...htmlModes,
    ]);
  });

  it('is left out without a DB2 database', () => {
    const facts = exampleFacts();
    const plan = buildPlan(facts);
    expect(writeChecklistMarkdown(facts, plan, meta)).not.toContain('## DB2 on the copy');
    expect(writeChecklistHtml(facts, plan, meta)).not.toContain('DB2 on the copy');
  });
});
