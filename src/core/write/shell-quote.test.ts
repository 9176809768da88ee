import { describe, expect, it } from 'vitest';
import { buildPlan } from '../plan/build-plan';
import { exampleFacts } from '../test-support/facts';
import { writeScript } from './ksh-script';
import { shq } from '../shell-quote';
import { comments } from './shell-quote';
import { writeStorageScript } from './storage-script';

const meta = { generatedAt: '2026-11-25T13:00:00Z', version: '0.1.0' };

describe('the one way values enter a script', () => {
  it("a word is single-quoted, a quote inside written as a closed quote, \\' and a new quote", () => {
    expect(shq("it's $(reboot) `id`")).toBe(`'it'\\''s $(reboot) \`id\`'`);
  });

  it('a comment stays one line whatever the text holds; an empty text is a bare #', () => {
    expect(comments(['host aix\ntouch /tmp/x', '', 'a\u0000b\r\u001bc'])).toEqual([
      '# host aix touch /tmp/x',
      '#',
      '# a b c',
    ]);
  });

  it('the header of both scripts keeps a line break in a value inside its comment, even past the schema', () => {
    // writeScript trusts the schema; this is the second layer, tried with values the schema refuses.
    const facts = exampleFacts((f) => {
      f.hostname = 'aixprod01\ntouch /tmp/x';
      f.sourceVg.name = 'datavg\nreboot';
    });
    const plan = buildPlan(facts);
    const header = writeScript(facts, plan, meta).split('\n\n')[0].split('\n');
    expect(header.slice(0, 3)).toEqual([
      '#!/usr/bin/ksh',
      '# vgcopy 0.1.0: bring up the copy of volume group datavg reboot as flashcopyvg',
      '# generated 2026-11-25T13:00:00Z for host aixprod01 touch /tmp/x',
    ]);
    expect(header.filter((l) => !l.startsWith('#'))).toEqual([]);
    const storage = writeStorageScript(facts, plan, meta).split('\n');
    expect(storage[0]).toBe('# vgcopy 0.1.0: storage part of the copy of datavg reboot as flashcopyvg');
    expect(storage.filter((l) => l.includes('reboot') && !l.startsWith('#'))).toEqual([]);
  });
});
