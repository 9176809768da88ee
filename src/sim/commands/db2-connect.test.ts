import { describe, expect, it } from 'vitest';
import { aixHost, writer } from '../shell/test-support/aix-host';

describe('db2 connect to', () => {
  it('connects to the host’s database (the DBA’s first command before the write suspend), or says it is unknown', async () => {
    const host = await aixHost({ apps: writer() });
    expect(
      await host.type('db2 connect to db && db2 set write suspend for database', 'db2 connect to PRD'),
    ).toBe(
      [
        '# db2 connect to db && db2 set write suspend for database',
        '',
        '   Database Connection Information',
        '',
        ' Database server        = DB2/AIX64 11.5.8.0',
        ' SQL authorization ID   = ROOT',
        ' Local database alias   = DB',
        '',
        'DB20000I  The SET WRITE command completed successfully.',
        '# db2 connect to PRD',
        'SQL1013N  The database alias name or database name "PRD" could not be found.  SQLSTATE=42705',
        '[rc=4]',
        '',
      ].join('\n'),
    );
  });
});
