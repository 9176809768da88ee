import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  runChecks,
  writeAnsiblePlaybook,
  writeChecklistMarkdown,
  writeScript,
  writeStorageScript,
} from '../../core/engine';
import { factsSchema } from '../../core/model/facts';
import { emptyFacts, sampleFacts } from '../../core/model/sample';
import { version } from '../../../package.json';
import { memoryStorage } from '../test-support/memory-storage';
import { useRunbooks } from './runbooks';
import { schemaIssues } from './schema-issues';
import { findingsOf, planOf, runbookExports } from './use-engine';

describe('the engine as the wizard calls it', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('gives malformed facts as findings in words at their field, the checks beside them, and no plan', () => {
    const facts = structuredClone(sampleFacts());
    facts.sourceVg.disks[1].pvid = '12zz';
    expect(findingsOf(facts)).toEqual([
      {
        id: 'facts-schema',
        severity: 'blocker',
        finding: 'Source VG disk 2 PVID: a PVID is 16 hexadecimal digits, as lspv shows it.',
        reason: 'The value does not have the form vgcopy expects, so no check or plan can use it.',
        fix: 'Enter or correct it on Start.',
        step: 'start',
        field: 'sourceVg.disks.1.pvid',
      },
      // The sample's own findings (its storage image id is not given), at fields the schema accepts.
      ...runChecks(sampleFacts()),
    ]);
    expect(planOf(facts)).toBeNull();
  });

  it('shows every finding that can be known at once: a bad VG name, an empty field, a missing LUN, an open question', () => {
    const facts = emptyFacts();
    facts.sourceVg.name = '$(reboot)';
    facts.sourceVg.disks = [{ name: 'hdisk4', pvid: '00c8d3e4a1b2c3d0' }];
    expect(findingsOf(facts).map((f) => [f.severity, f.finding, f.field])).toEqual([
      [
        'blocker',
        'Source VG name: "$(reboot)" contains characters AIX does not allow in a device name: use only letters, digits, "_", "-" and ".".',
        'sourceVg.name',
      ],
      ['blocker', 'Copy VG name: This is empty: enter a value.', 'newVg.name'],
      ['blocker', 'Disks hdisk4 of $(reboot) have no target LUN.', 'targets.luns'],
      ['blocker', 'The DS8000 storage image id is not given.', 'storage.storageImage'],
      [
        'blocker',
        'Not answered: “Can the file systems be unmounted while the copy is taken?”',
        'consistency.canUnmount',
      ],
    ]);
  });

  it('computes the findings once per facts object', () => {
    const facts = sampleFacts();
    expect(findingsOf(facts)).toBe(findingsOf(facts));
    expect(planOf(facts)?.access.method).toBe('recreatevg');
  });

  it('runs the facts schema once per change for the findings, the plan and the errors at the fields', () => {
    const safeParse = vi.spyOn(factsSchema, 'safeParse');
    const facts = structuredClone(sampleFacts());
    facts.sourceVg.disks[1].pvid = '12zz';
    findingsOf(facts);
    planOf(facts);
    schemaIssues(facts);
    expect(safeParse).toHaveBeenCalledTimes(1);
    safeParse.mockRestore();
  });

  it('exports the same script, byte for byte, however the admin moves between pages: Rehearse plays what Review downloads', async () => {
    // The runbook store keeps its runbooks in the browser's Web Storage.
    vi.stubGlobal('localStorage', memoryStorage());
    const store = useRunbooks.getState();
    const id = store.createRunbook('Sample', sampleFacts());
    const script = () => {
      const runbook = useRunbooks.getState().runbooks[id];
      const plan = planOf(runbook.facts) ?? expect.unreachable('the sample has a plan');
      return runbookExports(runbook, plan).script;
    };
    const downloaded = script();
    store.visit(id, 'review');
    store.visit(id, 'rehearse');
    expect(script()).toBe(downloaded);
    // A change of the runbook is a new script: its header says when the runbook last changed.
    await new Promise((resolve) => setTimeout(resolve, 2));
    store.updateFacts(id, (facts) => ({ ...facts, hostname: 'aixprod02' }));
    const [, , dated] = script().split('\n');
    expect(dated).toBe(`# generated ${useRunbooks.getState().runbooks[id].updatedAt} for host aixprod02`);
    expect(script()).not.toBe(downloaded);
  });

  it("a review is in the script's header until the facts change; a rename or a run record leaves the script as it was", async () => {
    vi.stubGlobal('localStorage', memoryStorage());
    const store = useRunbooks.getState();
    const id = store.createRunbook('Sample', sampleFacts());
    const runbook = () => useRunbooks.getState().runbooks[id];
    const script = () =>
      runbookExports(runbook(), planOf(runbook().facts) ?? expect.unreachable('a plan')).script;
    const reviewHeader = () => script().split('\n')[3];
    store.markReviewed(id, 'Jane Doe');
    const reviewed = script();
    expect(reviewHeader()).toBe(`# reviewed by Jane Doe at ${runbook().review?.at}`);
    await new Promise((resolve) => setTimeout(resolve, 2));
    store.rename(id, 'Nightly copy');
    store.keepRunRecord(id, undefined);
    expect(script()).toBe(reviewed);
    store.updateFacts(id, (facts) => ({ ...facts, hostname: 'aixprod02' }));
    expect([runbook().review, reviewHeader()]).toEqual([undefined, '# not reviewed']);
  });

  it('writes the checklist and the playbook only when they are read, as the writers write them', () => {
    vi.stubGlobal('localStorage', memoryStorage());
    const id = useRunbooks.getState().createRunbook('Sample', sampleFacts());
    const runbook = useRunbooks.getState().runbooks[id];
    const plan = planOf(runbook.facts) ?? expect.unreachable('the sample has a plan');
    const exports = runbookExports(runbook, plan);
    const unwritten = (key: string) => Object.getOwnPropertyDescriptor(exports, key)?.get !== undefined;
    expect(exports.script.split('\n')[0]).toBe('#!/usr/bin/ksh');
    expect(['script', 'storageScript', 'checklistMarkdown', 'ansiblePlaybook'].filter(unwritten)).toEqual([
      'storageScript',
      'checklistMarkdown',
      'ansiblePlaybook',
    ]);
    const meta = { generatedAt: runbook.factsChangedAt ?? runbook.updatedAt, version };
    const findings = findingsOf(runbook.facts).filter((f) => f.severity !== 'blocker');
    expect({ ...exports }).toEqual({
      script: writeScript(runbook.facts, plan, meta),
      storageScript: writeStorageScript(runbook.facts, plan, meta),
      checklistMarkdown: writeChecklistMarkdown(runbook.facts, plan, { ...meta, findings }),
      ansiblePlaybook: writeAnsiblePlaybook(runbook.facts, plan, meta),
    });
    expect(runbookExports(runbook, plan)).toBe(exports);
  });
});
