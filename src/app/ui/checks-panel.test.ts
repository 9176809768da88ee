import { describe, expect, it } from 'vitest';
import type { Finding } from '../../core/engine-types';
import { fixLink, summarize } from './checks-panel';

const finding = (severity: Finding['severity'], field?: string): Finding => ({
  id: 'x',
  severity,
  finding: 'f',
  reason: 'r',
  fix: 'x',
  step: 'phase1',
  ...(field ? { field } : {}),
});

describe('the checks panel', () => {
  it('counts the findings by severity', () => {
    expect(summarize([finding('blocker'), finding('warning'), finding('warning')])).toBe(
      '1 blocker, 2 warnings, 0 advice',
    );
  });

  it('links a finding to its page, and to its field when it has one', () => {
    expect(fixLink('ab12', finding('blocker', 'targets.luns'))).toBe(
      '/runbooks/ab12/phase1#fix=targets.luns',
    );
    expect(fixLink('ab12', finding('advice'))).toBe('/runbooks/ab12/phase1');
  });
});
