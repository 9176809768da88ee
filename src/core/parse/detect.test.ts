import { describe, expect, it } from 'vitest';
import { detectOutput, kindOfCommand } from './detect';
import { parseOutput, parsePaste } from './parse-output';
import * as aix from './test-support/reference-outputs';

describe('recognising a paste', () => {
  it("knows each command's output by its shape", () => {
    const shapes = Object.fromEntries(Object.entries(aix).map(([name, text]) => [name, detectOutput(text)]));
    expect(shapes).toEqual({
      lspv: { kind: 'lspv' },
      lspvDisk: { kind: 'lspv-disk' },
      lsvgTranscript: { kind: 'lsvg' },
      lsvgStatus: { kind: 'lsvg-status' },
      lsvgLvs: { kind: 'lsvg-lvs' },
      lsvgPvs: { kind: 'lsvg-pvs' },
      lsfs: { kind: 'lsfs' },
      lsfsQ: { kind: 'lsfs' },
      lsdevSvc: { kind: 'lsdev-disk' },
      lsdevXiv: { kind: 'lsdev-disk' },
      lsdevDs8000: { kind: 'lsdev-disk' },
      lsattr: { kind: 'lsattr-disk' },
      mount: { kind: 'mount' },
      hostViewBefore: { kind: 'lspv' },
    });
    expect(detectOutput('7200-05-06-2320')).toEqual({ kind: 'oslevel' });
    expect(detectOutput('    All filesets for IY66043 were found.')).toEqual({ kind: 'instfix' });
  });

  it('reads the command line when the prompt was copied too', () => {
    expect(
      [
        '# lsvg -o',
        'root@aixprod01:/> lsvg -l datavg',
        '$ lsattr -E -l hdisk4',
        'aixprod01# lspv hdisk2',
        '# cat /etc/filesystems',
      ].map((line) => detectOutput(`${line}\nx`)),
    ).toEqual([
      { kind: 'lsvg-active' },
      { kind: 'lsvg-lvs', arg: 'datavg' },
      { kind: 'lsattr-disk', arg: 'hdisk4' },
      { kind: 'lspv-disk', arg: 'hdisk2' },
      { kind: 'etc-filesystems' },
    ]);
    expect(kindOfCommand('varyonvg datavg')).toBeNull();
  });

  it('splits a terminal transcript at its prompt lines, skipping commands that print nothing', () => {
    const outputs = parsePaste(
      `# varyonvg datavg\n${aix.hostViewBefore}# cfgmgr\n# oslevel -s\n7300-02-01-2346\n`,
    );
    expect(outputs.map((o) => [o.kind, o.command, o.read.length, o.errors])).toEqual([
      ['lspv', 'lspv', 3, []],
      ['lsvg-lvs', 'lsvg -l datavg', 2, []],
      ['oslevel', 'oslevel -s', 1, []],
    ]);
  });

  it('numbers the lines of the whole paste in its errors', () => {
    const [, lvs] = parsePaste(
      '# lspv\nhdisk0          none                                None\n# lsvg -l datavg\ndatavg:\nLV NAME  TYPE\n',
    );
    expect(lvs.errors).toEqual([
      {
        line: 5,
        text: 'LV NAME  TYPE',
        message: "expected the header 'LV NAME  TYPE  LPs  PPs  PVs  LV STATE  MOUNT POINT' after 'datavg:'",
      },
    ]);
  });

  it("says what it cannot recognise, an AIX error instead of output, and output of a command it doesn't read", () => {
    const unknown = parseOutput(
      'Filesystem    512-blocks      Free %Used\n/dev/hd4         2097152    1523352   28%\n',
    );
    expect([unknown.kind, unknown.errors]).toEqual([
      null,
      [
        {
          line: 1,
          text: 'Filesystem    512-blocks      Free %Used',
          message:
            'expected the output of one of: lspv hdiskN, lsvg VG, lsvg -l VG, lsvg -p VG, lslv -l LV, lsfs, lsps -a, mount, cat /etc/filesystems, oslevel -s, instfix -ik IY66043, lspv, lsdev -Cc disk, lsattr -El hdiskN, lsvg, lsvg -o, hostname; paste it with its command line if vgcopy cannot tell',
        },
      ],
    ]);
    expect(
      parseOutput('# lsvg -l datavg\n0516-010 : Volume group must be varied on; use varyonvg command.\n')
        .errors,
    ).toEqual([
      {
        line: 2,
        text: '0516-010 : Volume group must be varied on; use varyonvg command.',
        message: 'expected command output; AIX printed an error message instead (the command failed)',
      },
    ]);
    expect(parsePaste('# df\nFilesystem    512-blocks\n').map((o) => [o.kind, o.command, o.errors])).toEqual([
      [
        null,
        'df',
        [
          {
            line: 2,
            text: 'Filesystem    512-blocks',
            message: "expected no output: vgcopy does not read what 'df' prints",
          },
        ],
      ],
    ]);
    expect(parseOutput('  \n').errors).toEqual([
      { line: 1, text: '', message: 'expected command output; there is none' },
    ]);
  });
});
