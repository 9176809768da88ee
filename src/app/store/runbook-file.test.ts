import { describe, expect, it } from 'vitest';
import { sampleFacts } from '../../core/model/sample';
import { runbookFileName, runbookFromFile, runbookToFile } from './runbook-file';

describe('runbook files', () => {
  it('give back the same name and facts they were written from', () => {
    const text = runbookToFile('Nightly datavg', sampleFacts());
    expect(runbookFromFile(text)).toEqual({ ok: true, name: 'Nightly datavg', facts: sampleFacts() });
  });

  it('say the file is not JSON, and what to choose instead', () => {
    expect(runbookFromFile('{oops')).toEqual({
      ok: false,
      error: expect.stringMatching(/^The file is not JSON \(.+\)\. Choose a file exported by vgcopy\.$/),
    });
  });

  it('name the field at fault when the facts are wrong', () => {
    const facts = sampleFacts();
    const bad = JSON.parse(runbookToFile('x', facts));
    bad.facts.sourceVg.disks[0].pvid = 'xyz';
    bad.facts.newVg.access = 'mkvg';
    expect(runbookFromFile(JSON.stringify(bad))).toEqual({
      ok: false,
      error:
        'The runbook file is not valid. Source VG disk 1 PVID: a PVID is 16 hexadecimal digits, as lspv shows it. ' +
        'Copy VG access: Invalid option: expected one of "auto"|"importvg"|"recreatevg".',
    });
  });

  it('refuse a JSON file that is not a runbook', () => {
    expect(runbookFromFile('{"format":"other","version":1,"name":"x","facts":{}}')).toEqual({
      ok: false,
      error:
        'The runbook file is not valid. Format: this is not a vgcopy runbook file. ' +
        'AIX: Invalid input: expected object, received undefined. ' +
        'Copy: Invalid input: expected object, received undefined.',
    });
  });

  it('say a file without a version has none, and only a higher version comes from a newer vgcopy', () => {
    const file = JSON.parse(runbookToFile('x', sampleFacts()));
    const { version: _none, ...unversioned } = file;
    expect(runbookFromFile(JSON.stringify(unversioned))).toEqual({
      ok: false,
      error:
        'The runbook file is not valid. Version: the file has no version (a vgcopy runbook file says "version": 1).',
    });
    expect(runbookFromFile(JSON.stringify({ ...file, version: 2 }))).toEqual({
      ok: false,
      error:
        'The runbook file is not valid. Version: this runbook file comes from a newer vgcopy (version 1 is read here).',
    });
    expect(runbookFromFile(JSON.stringify({ ...file, version: '1' }))).toEqual({
      ok: false,
      error:
        'The runbook file is not valid. Version: "1" is not a version vgcopy writes (version 1 is read here).',
    });
  });

  it('keep the answers of a runbook file written before unanswered questions were kept', () => {
    const file = JSON.parse(runbookToFile('old', sampleFacts()));
    file.facts.consistency = { approach: 'freeze', freezeTimeoutSeconds: 90, acknowledgeUnsupported: false };
    const read = runbookFromFile(JSON.stringify(file));
    expect(read.ok && read.facts.consistency).toEqual({
      approach: 'freeze',
      freezeTimeoutSeconds: 90,
      acknowledgeUnsupported: false,
    });
  });

  it('make a file name from the runbook name', () => {
    expect(runbookFileName('Nightly copy: datavg → backup!', 'json')).toBe('nightly-copy-datavg-backup.json');
    expect(runbookFileName('  ', 'ksh')).toBe('runbook.ksh');
  });
});
