import { describe, expect, it } from 'vitest';
import { parsePaste } from './parse-output';
import { stillNeeded } from './still-needed';
import * as aix from './test-support/reference-outputs';

describe('what a paste did not tell, and the command that tells it', () => {
  it('after lspv alone: the VG is not named yet, and everything but the disks is still to read', () => {
    expect(stillNeeded(parsePaste(aix.lspv), '')).toEqual([
      {
        fact: "the source VG's name (type it below; lsvg -o lists the varied-on VGs)",
        commands: ['lsvg -o'],
      },
      {
        fact: "the source VG's format (original, big or scalable) and whether it is varied on",
        commands: ['lsvg VG'],
      },
      { fact: "the source VG's logical volumes and file systems", commands: ['lsvg -l VG'] },
      {
        fact: "each file system's log (a log LV, shared or not, or INLINE)",
        commands: ['lsfs -q', 'cat /etc/filesystems'],
      },
      { fact: 'which file systems are mounted', commands: ['mount'] },
      { fact: 'the storage (DS8000, SVC) and the multipath driver', commands: ['lsdev -Cc disk'] },
      {
        fact: 'the storage volume behind each disk',
        commands: ['lsattr -El hdiskN -a unique_id (for each disk of the VG)'],
      },
      { fact: 'the AIX level', commands: ['oslevel -s'] },
    ]);
  });

  it('plain lsfs prints no log column: the logs are still to read; lsfs -q tells them', () => {
    const transcript = (lsfs: string, output: string) =>
      `# lsvg -p datavg\n${aix.lsvgPvs}# lsvg datavg\n${aix.lsvgStatus}# lsvg -l datavg\n${aix.lsvgLvs}# ${lsfs}\n${output}# lsdev -Cc disk\n${aix.lsdevSvc}# lsattr -El hdisk4\n${aix.lsattr}# oslevel -s\n7200-05-06-2320\n`;
    expect(stillNeeded(parsePaste(transcript('lsfs', aix.lsfs)), 'datavg')).toEqual([
      {
        fact: "each file system's log (a log LV, shared or not, or INLINE)",
        commands: ['lsfs -q', 'cat /etc/filesystems'],
      },
    ]);
    expect(stillNeeded(parsePaste(transcript('lsfs -q', aix.lsfsQ)), 'datavg')).toEqual([]);
  });
});
