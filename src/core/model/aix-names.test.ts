import { describe, expect, it } from 'vitest';
import {
  absolutePathProblem,
  aixUserNameProblem,
  applicationNameProblem,
  deviceNameProblem,
  deviceNameShapeProblem,
  diskNameProblem,
  hostnameProblem,
  hostTextProblem,
  logDeviceProblem,
  lvPrefixProblem,
  mountPrefixProblem,
  ownerCommandProblem,
  profilePathProblem,
  pvidProblem,
  sshDestinationProblem,
  storageImageProblem,
  storageVolumeProblem,
  svcObjectNameProblem,
} from './aix-names';

/** The values a rule accepts (undefined) and the reason it gives for each it refuses. */
function verdicts(problem: (value: string) => string | undefined, values: string[]) {
  return Object.fromEntries(values.map((v) => [v, problem(v)]));
}

describe('AIX names: what the host itself accepts, and nothing that could run in the root script', () => {
  it('VG and LV names: 1 to 15 letters, digits, "_ - .", no reserved device prefix (0516-358), not . or ..', () => {
    expect(
      verdicts(deviceNameProblem, ['datavg', 'fc_data.vg-1', 'hd9var', 'loglv00', 'flashcopydatavg01']),
    ).toEqual({
      datavg: undefined,
      'fc_data.vg-1': undefined,
      hd9var: undefined,
      loglv00: undefined,
      flashcopydatavg01: '"flashcopydatavg01" has 17 characters; AIX allows at most 15: shorten it',
    });
    expect(
      verdicts(deviceNameProblem, ['', "fc'vg", '$(reboot)', '-old', '.', '..', 'hdisk7', 'hdisk', 'proc0']),
    ).toEqual({
      '': 'the name is empty: enter it',
      "fc'vg": `"fc'vg" contains characters AIX does not allow in a device name: use only letters, digits, "_", "-" and "."`,
      '$(reboot)':
        '"$(reboot)" contains characters AIX does not allow in a device name: use only letters, digits, "_", "-" and "."',
      '-old': '"-old" starts with "-", which commands would read as a flag: start it with a letter',
      '.': '"." is a directory name, not a device name (it would be /dev/.): choose a name with letters',
      '..': '".." is a directory name, not a device name (it would be /dev/..): choose a name with letters',
      hdisk7: '"hdisk7" uses the reserved device prefix "hdisk" (0516-358): choose another name',
      hdisk: '"hdisk" uses the reserved device prefix "hdisk" (0516-358): choose another name',
      proc0: '"proc0" uses the reserved device prefix "proc" (0516-358): choose another name',
    });
  });

  it('names read from the host keep only the shape: AIX accepted them, the prefix rule is for new names', () => {
    expect(verdicts(deviceNameShapeProblem, ['rootvg', 'hd4', 'lg_dumplv', 'sysdump0'])).toEqual({
      rootvg: undefined,
      hd4: undefined,
      lg_dumplv: undefined,
      sysdump0: undefined,
    });
    expect(deviceNameShapeProblem('a\nb')).toBe(
      '"a\\nb" contains characters AIX does not allow in a device name: use only letters, digits, "_", "-" and "."',
    );
  });

  it('the LV prefix of recreatevg -Y, and a log that is INLINE or an LV name', () => {
    expect(verdicts(lvPrefixProblem, ['fc', 'copy_01', 'a;b', '1fc', 'abcdefghijklm'])).toEqual({
      fc: undefined,
      copy_01: undefined,
      'a;b':
        '"a;b" is not an LV prefix: recreatevg -Y puts it in front of every LV name, so use 1 to 12 letters, digits or "_" starting with a letter, e.g. fc',
      '1fc':
        '"1fc" is not an LV prefix: recreatevg -Y puts it in front of every LV name, so use 1 to 12 letters, digits or "_" starting with a letter, e.g. fc',
      abcdefghijklm:
        '"abcdefghijklm" is not an LV prefix: recreatevg -Y puts it in front of every LV name, so use 1 to 12 letters, digits or "_" starting with a letter, e.g. fc',
    });
    expect(verdicts(logDeviceProblem, ['INLINE', 'loglv00', 'hd8', '/dev/loglv00'])).toEqual({
      INLINE: undefined,
      loglv00: undefined,
      hd8: undefined,
      '/dev/loglv00':
        '"/dev/loglv00" contains characters AIX does not allow in a device name: use only letters, digits, "_", "-" and "." (the log is INLINE or the LV name of the log device, e.g. loglv00)',
    });
  });

  it('mount points and the -L prefix: absolute, no spaces, no empty, "." or ".." component; the prefix is not "/"', () => {
    expect(
      verdicts(absolutePathProblem, ['/', '/data', '/usr/sap/PRD', '/oracle/PRD/sapdata1', '/a+b/c-d_e.f']),
    ).toEqual({
      '/': undefined,
      '/data': undefined,
      '/usr/sap/PRD': undefined,
      '/oracle/PRD/sapdata1': undefined,
      '/a+b/c-d_e.f': undefined,
    });
    expect(
      verdicts(absolutePathProblem, [
        'fc',
        '/app data',
        '/fc/..',
        '/data/../../etc',
        '/./x',
        '/a//b',
        '/a/',
        '/a\u0000b',
      ]),
    ).toEqual({
      fc: '"fc" is not an absolute path: start it with "/", e.g. /data',
      '/app data': '"/app data" contains characters other than letters, digits and "_ . / + -": remove them',
      '/fc/..':
        '"/fc/.." has a ".." component, so it names another directory than it seems: write the path without it',
      '/data/../../etc':
        '"/data/../../etc" has a ".." component, so it names another directory than it seems: write the path without it',
      '/./x':
        '"/./x" has a "." component, so it names another directory than it seems: write the path without it',
      '/a//b': '"/a//b" has an empty path component ("//" or a trailing "/"): remove it',
      '/a/': '"/a/" has an empty path component ("//" or a trailing "/"): remove it',
      '/a\u0000b': '"/a\\u0000b" contains characters other than letters, digits and "_ . / + -": remove them',
    });
    expect(verdicts(mountPrefixProblem, ['/fc', '/', '/fc/..'])).toEqual({
      '/fc': undefined,
      '/': `"/" keeps the source's mount points: choose a prefix such as /fc`,
      '/fc/..':
        '"/fc/.." has a ".." component, so it names another directory than it seems: write the path without it',
    });
  });

  it('disks as lspv names them (MPIO and SDDPCM hdisk, SDD vpath, EMC hdiskpower), PVIDs as lspv shows them', () => {
    expect(
      verdicts(diskNameProblem, ['hdisk10', 'vpath2', 'hdiskpower3', 'hdisk4\nreboot', '-hdisk4', '10']),
    ).toEqual({
      hdisk10: undefined,
      vpath2: undefined,
      hdiskpower3: undefined,
      'hdisk4\nreboot':
        '"hdisk4\\nreboot" is not a disk name: enter it as lspv shows it, e.g. hdisk10, vpath2 or hdiskpower3',
      '-hdisk4':
        '"-hdisk4" is not a disk name: enter it as lspv shows it, e.g. hdisk10, vpath2 or hdiskpower3',
      '10': '"10" is not a disk name: enter it as lspv shows it, e.g. hdisk10, vpath2 or hdiskpower3',
    });
    expect(verdicts(pvidProblem, ['00c8d3e4a1b2c3d0', '00C8D3E4A1B2C3D0', 'none', ''])).toEqual({
      '00c8d3e4a1b2c3d0': undefined,
      '00C8D3E4A1B2C3D0': 'a PVID is 16 hexadecimal digits, as lspv shows it',
      none: 'a PVID is 16 hexadecimal digits, as lspv shows it',
      '': 'a PVID is 16 hexadecimal digits, as lspv shows it',
    });
  });

  it('storage ids: volume ids (DS8000 LLVV, SVC vdisk names), the DS8000 storage image, SVC object names', () => {
    expect(verdicts(storageVolumeProblem, ['1100', 'aixfc_d0', '12', '-1100', '11 00'])).toEqual({
      '1100': undefined,
      aixfc_d0: undefined,
      '12': undefined,
      '-1100':
        '"-1100" is not a storage volume id: use the DS8000 volume id (e.g. 1100) or the SVC vdisk name or id (letters, digits, "_", "-" and ".")',
      '11 00':
        '"11 00" is not a storage volume id: use the DS8000 volume id (e.g. 1100) or the SVC vdisk name or id (letters, digits, "_", "-" and ".")',
    });
    expect(verdicts(storageImageProblem, ['IBM.2107-75ABCD1', '2107-75ABCD1'])).toEqual({
      'IBM.2107-75ABCD1': undefined,
      '2107-75ABCD1':
        '"2107-75ABCD1" is not a DS8000 storage image id: enter it as lssi shows it, e.g. IBM.2107-75ABCD1',
    });
    const svcNames = [
      'fccg_datavg',
      'cg.prod-01',
      `a${'b'.repeat(62)}`,
      '1group',
      '-prep',
      `a${'b'.repeat(63)}`,
    ];
    expect(Object.values(verdicts(svcObjectNameProblem, svcNames)).map((v) => v === undefined)).toEqual([
      true,
      true,
      true,
      false,
      false,
      false,
    ]);
    expect(svcObjectNameProblem('1group')).toBe(
      '"1group" is not an SVC object name: use at most 63 letters, digits, "_", "-" and ".", starting with a letter, e.g. fccg_datavg',
    );
  });

  it('the host name: RFC 1123 labels as `hostname` prints them, at most 255 characters', () => {
    const long = `${'a'.repeat(63)}.`.repeat(4).slice(0, 256);
    expect(
      verdicts(hostnameProblem, [
        'aixprod01',
        'aixprod01.example.com',
        '10.1.2.3',
        'aix-01',
        'aix\nreboot',
        '-h',
        'a_b',
        long,
      ]),
    ).toEqual({
      aixprod01: undefined,
      'aixprod01.example.com': undefined,
      '10.1.2.3': undefined,
      'aix-01': undefined,
      'aix\nreboot':
        '"aix\\nreboot" is not a host name: enter it as the hostname command prints it (letters, digits and "-", labels separated by "."), e.g. aixprod01',
      '-h': '"-h" is not a host name: enter it as the hostname command prints it (letters, digits and "-", labels separated by "."), e.g. aixprod01',
      a_b: '"a_b" is not a host name: enter it as the hostname command prints it (letters, digits and "-", labels separated by "."), e.g. aixprod01',
      [long]: `${JSON.stringify(`${long.slice(0, 40)}…`)} (256 characters) is not a host name: enter it as the hostname command prints it (letters, digits and "-", labels separated by "."), e.g. aixprod01`,
    });
  });

  it('the SVC host is an ssh destination [user@]host that ssh can never read as an option', () => {
    expect(
      verdicts(sshDestinationProblem, [
        'svc01',
        'superuser@svc01',
        'admin@svc01.example.com',
        'superuser@10.0.0.5',
        'admin@fd00::5',
      ]),
    ).toEqual({
      svc01: undefined,
      'superuser@svc01': undefined,
      'admin@svc01.example.com': undefined,
      'superuser@10.0.0.5': undefined,
      'admin@fd00::5': undefined,
    });
    expect(
      verdicts(sshDestinationProblem, [
        '-oProxyCommand=touch /tmp/x',
        '-l',
        'root@-oProxyCommand=x',
        'a b@svc01',
        '@svc01',
      ]),
    ).toEqual({
      '-oProxyCommand=touch /tmp/x':
        '"-oProxyCommand=touch /tmp/x" is not an ssh destination: the host "-oProxyCommand=touch /tmp/x" is not a host name or IP address; enter user@host, e.g. superuser@svc01',
      '-l': '"-l" is not an ssh destination: the host "-l" is not a host name or IP address; enter user@host, e.g. superuser@svc01',
      'root@-oProxyCommand=x':
        '"root@-oProxyCommand=x" is not an ssh destination: the host "-oProxyCommand=x" is not a host name or IP address; enter user@host, e.g. superuser@svc01',
      'a b@svc01':
        '"a b@svc01" is not an ssh destination: the user "a b" is not a user name (letters, digits, "_", "." and "-", starting with a letter); enter user@host, e.g. superuser@svc01',
      '@svc01':
        '"@svc01" is not an ssh destination: the user "" is not a user name (letters, digits, "_", "." and "-", starting with a letter); enter user@host, e.g. superuser@svc01',
    });
  });

  it('the DS CLI profile is an absolute path, never an option of dscli', () => {
    expect(
      verdicts(profilePathProblem, ['/opt/ibm/dscli/profile/dscli.profile', '-script', '/opt/../etc/x']),
    ).toEqual({
      '/opt/ibm/dscli/profile/dscli.profile': undefined,
      '-script':
        '"-script" is not an absolute path: start it with "/", e.g. /data (the DS CLI profile is a file such as /opt/ibm/dscli/profile/dscli.profile)',
      '/opt/../etc/x':
        '"/opt/../etc/x" has a ".." component, so it names another directory than it seems: write the path without it (the DS CLI profile is a file such as /opt/ibm/dscli/profile/dscli.profile)',
    });
  });

  it('AIX user names, as su - NAME takes them', () => {
    expect(verdicts(aixUserNameProblem, ['db2inst1', 'oracle', '_svc', 'ALL', '-root', 'a b'])).toEqual({
      db2inst1: undefined,
      oracle: undefined,
      _svc: undefined,
      ALL: '"ALL" is not an AIX user name: start with a letter or "_", then letters, digits, "_", "." or "-", e.g. db2inst1',
      '-root':
        '"-root" is not an AIX user name: start with a letter or "_", then letters, digits, "_", "." or "-", e.g. db2inst1',
      'a b':
        '"a b" is not an AIX user name: start with a letter or "_", then letters, digits, "_", "." or "-", e.g. db2inst1',
    });
  });

  it('application names, the owner’s commands (one line, free words) and texts read from the host', () => {
    expect(verdicts(applicationNameProblem, ['PRD', 'db2inst1', 'batch-01', 'x;reboot'])).toEqual({
      PRD: undefined,
      db2inst1: undefined,
      'batch-01': undefined,
      'x;reboot':
        '"x;reboot" is not an application name: use at most 64 letters, digits, "_", "." and "-", e.g. PRD',
    });
    expect(
      verdicts(ownerCommandProblem, [
        'db2 connect to PRD && db2 set write suspend for database',
        "echo 'ALTER DATABASE BEGIN BACKUP;' | sqlplus -s / as sysdba",
        'appctl stop batch\nreboot',
        'x\u0000y',
        '-c reboot',
      ]),
    ).toEqual({
      'db2 connect to PRD && db2 set write suspend for database': undefined,
      "echo 'ALTER DATABASE BEGIN BACKUP;' | sqlplus -s / as sysdba": undefined,
      'appctl stop batch\nreboot':
        '"appctl stop batch\\nreboot" contains a line break or another control character: give the command on one line (join several with "&&" or ";")',
      'x\u0000y':
        '"x\\u0000y" contains a line break or another control character: give the command on one line (join several with "&&" or ";")',
      '-c reboot': `"-c reboot" starts with "-", which sh would read as an option: start with the command's name`,
    });
    expect(ownerCommandProblem('x'.repeat(1025))).toBe(
      'the command has 1025 characters; at most 1024: shorten it or put it in a script',
    );
    expect(verdicts(hostTextProblem, ['IBM MPIO FC 2107', 'a\rb'])).toEqual({
      'IBM MPIO FC 2107': undefined,
      'a\rb': '"a\\rb" is not one line of at most 256 printable characters: paste the host\'s output again',
    });
  });
});
