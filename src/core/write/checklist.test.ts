import { describe, expect, it } from 'vitest';
import { buildPlan } from '../plan/build-plan';
import { exampleFacts } from '../test-support/facts';
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
