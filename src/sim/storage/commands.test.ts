import { describe, expect, it } from 'vitest';
import { storageCommands, storageCommandsFor } from './commands';

describe('storage commands for the shell registry', () => {
  it('gives a DS8000 world dscli and an SVC world the SVC CLI', () => {
    expect(storageCommandsFor('ds8000').map((c) => c.name)).toEqual(['dscli', 'ssh']);
    expect(storageCommandsFor('svc').map((c) => c.name)).toEqual([
      'mkfcconsistgrp',
      'mkfcmap',
      'prestartfcconsistgrp',
      'startfcconsistgrp',
      'stopfcconsistgrp',
      'prestartfcmap',
      'startfcmap',
      'stopfcmap',
      'rmfcmap',
      'rmfcconsistgrp',
      'lsfcmap',
      'lsfcconsistgrp',
      'mkrcconsistgrp',
      'mkrcrelationship',
      'chrcrelationship',
      'startrcconsistgrp',
      'stoprcconsistgrp',
      'lsrcrelationship',
      'lsrcconsistgrp',
      'lsvdisk',
      'lshostvdiskmap',
      'lsvdiskhostmap',
      'mkvdisk',
      'mkvdiskhostmap',
      'rmvdiskhostmap',
      'lshost',
      'svctask',
      'svcinfo',
      'ssh',
    ]);
    expect(new Set(storageCommands.map((c) => c.name)).size).toBe(storageCommands.length);
  });
});
