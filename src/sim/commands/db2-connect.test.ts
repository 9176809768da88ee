import { describe, expect, it } from 'vitest';
import { aixHost, writer } from '../shell/test-support/aix-host';

describe('db2 connect to', () => {
  it('refuses root’s shell, which has no instance environment (DB21061E), and runs as the instance owner', async () => {
    const host = await aixHost({ apps: writer() });
    expect(
      await host.type(
        'db2 connect to db',
        `su - db2inst1 -c 'db2 connect to db && db2 set write suspend for database'`,
        `su - db2inst1 -c 'db2 connect to PRD'`,
      ),
    ).toBe(
      [
        '# db2 connect to db',
        'DB21061E  Command line environment not initialized.',
        '[rc=4]',
        `# su - db2inst1 -c 'db2 connect to db && db2 set write suspend for database'`,
        '',
        '   Database Connection Information',
        '',
        ' Database server        = DB2/AIX64 11.5.8.0',
        ' SQL authorization ID   = DB2INST1',
        ' Local database alias   = DB',
        '',
        'DB20000I  The SET WRITE command completed successfully.',
        `# su - db2inst1 -c 'db2 connect to PRD'`,
        'SQL1013N  The database alias name or database name "PRD" could not be found.  SQLSTATE=42705',
        '[rc=4]',
        '',
      ].join('\n'),
    );
  });
});
