import { describe, expect, it } from 'vitest';
import { presetApplication, renamedApplication } from './presets';

describe('application presets', () => {
  it('give DB2 write suspend and resume on the named database', () => {
    expect(presetApplication('db2', 'PRD')).toEqual({
      kind: 'db2',
      name: 'PRD',
      owner: '',
      running: null,
      crashRecoverable: null,
      fileSystems: [],
      hotBackupStart: 'db2 connect to PRD && db2 set write suspend for database',
      hotBackupEnd: 'db2 connect to PRD && db2 set write resume for database',
    });
  });

  it('give Oracle begin and end backup through sqlplus as sysdba', () => {
    expect(presetApplication('oracle', 'ORCL')).toMatchObject({
      hotBackupStart: "echo 'ALTER DATABASE BEGIN BACKUP;' | sqlplus -s / as sysdba",
      hotBackupEnd: "echo 'ALTER DATABASE END BACKUP;' | sqlplus -s / as sysdba",
    });
  });

  it('leave the commands of another application to the admin', () => {
    expect(presetApplication('other', '')).toMatchObject({ hotBackupStart: '', hotBackupEnd: '' });
  });

  it('let the preset commands follow the name typed after DB2 was added, but keep edited ones', () => {
    const added = presetApplication('db2', '');
    expect(added.hotBackupStart).toBe('db2 connect to DBNAME && db2 set write suspend for database');
    expect(renamedApplication(added, 'PRD')).toEqual(presetApplication('db2', 'PRD'));
    const edited = { ...added, hotBackupEnd: 'db2 connect to DBNAME && db2 set write resume for db' };
    expect(renamedApplication(edited, 'PRD')).toEqual({
      ...presetApplication('db2', 'PRD'),
      hotBackupEnd: 'db2 connect to DBNAME && db2 set write resume for db',
    });
  });
});
