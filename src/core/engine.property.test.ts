import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runChecks } from './checks';
import { evaluate } from './engine';
import type { Severity } from './engine-types';
import type { Facts } from './model/facts';
import { validFacts } from './test-support/arbitraries';
import { kshParseError, shellcheckKsh } from './test-support/script-validation';

const meta = { generatedAt: '2026-11-25T13:00:00Z', version: '0.1.0' };

describe('the engine on random runbooks', () => {
  it('random valid facts have no blocker and give a script that parses (mksh) and passes shellcheck', async () => {
    const samples = fc.sample(validFacts, { numRuns: 30, seed: 4 });
    const scripts: string[] = [];
    for (const facts of samples) {
      const result = evaluate(facts, meta);
      expect(result.findings.filter((f) => f.severity === 'blocker')).toEqual([]);
      const script = result.outputs?.script ?? '';
      expect(await kshParseError(script)).toBeUndefined();
      scripts.push(script);
    }
    // shellcheck starts slowly: one run for all the scripts.
    expect(shellcheckKsh(scripts)).toEqual(scripts.map(() => []));
    // 30 parses and a shellcheck of 30 whole scripts take about 25 s alone: more than the default limit on a busy machine.
  }, 90_000);

  /** Each rule of docs/procedure.md, broken on purpose, and the check that must say so (a blocker unless noted). */
  const breakers: [string, (f: Facts) => void, Severity?][] = [
    [
      'not-all-disks-copied',
      (f) => {
        f.targets.luns.pop();
      },
    ],
    [
      'vg-name-in-odm',
      (f) => {
        f.mode = 'first';
        f.host = { vgs: ['rootvg', f.newVg.name] };
      },
    ],
    [
      'chdev-pv-unnecessary',
      (f) => {
        f.chdevPvSteps = true;
      },
      'warning',
    ],
    [
      'unsupported-fallback',
      (f) => {
        f.consistency = { ...f.consistency, approach: 'unsupported-fallback', acknowledgeUnsupported: false };
      },
    ],
    [
      'freeze-unsupported-aix',
      (f) => {
        f.aix = { release: '5.3', technologyLevel: 0, hasIY66043: false };
        f.consistency.approach = 'freeze';
      },
    ],
    [
      'freeze-timeout-too-short',
      (f) => {
        f.consistency = { ...f.consistency, approach: 'freeze', freezeTimeoutSeconds: 5 };
      },
    ],
    [
      'refresh-without-export',
      (f) => {
        f.mode = 'refresh';
        f.existingCopy = undefined;
      },
    ],
    [
      'global-mirror-refresh',
      (f) => {
        f.mode = 'refresh';
        f.copy = { ...f.copy, method: 'global-mirror', storage: 'ds8000' };
      },
    ],
    [
      'duplicate-pvid-at-cfgmgr',
      (f) => {
        f.sourceOnHost = { present: true, variedOn: true, otherCopies: [] };
        f.targets.configuredBeforeCopy = false;
      },
    ],
    [
      'importvg-with-another-copy',
      (f) => {
        f.sourceOnHost = { present: true, variedOn: true, otherCopies: [] };
        f.newVg.access = 'importvg';
      },
    ],
    [
      'application-not-crash-recoverable',
      (f) => {
        f.consistency.approach = 'consistency-group';
        f.applications = [
          {
            kind: 'other',
            name: 'app',
            owner: '',
            running: true,
            crashRecoverable: false,
            hotBackupStart: '',
            hotBackupEnd: '',
            fileSystems: [],
          },
        ];
      },
    ],
    [
      'mirror-secondary-not-failed-over',
      (f) => {
        f.copy = { ...f.copy, method: 'metro-mirror', storage: 'ds8000' };
        if (f.storage) f.storage.mirrorSecondary = 'as-is';
      },
    ],
  ];

  for (const [id, breakRule, severity = 'blocker'] of breakers)
    it(`random facts that break the rule of ${id} get that finding (${severity})`, () => {
      fc.assert(
        fc.property(validFacts, (facts) => {
          breakRule(facts);
          const found = runChecks(facts).map((f) => `${f.severity} ${f.id}`);
          expect(found).toContain(`${severity} ${id}`);
        }),
        { numRuns: 50, seed: 7 },
      );
    });
});
