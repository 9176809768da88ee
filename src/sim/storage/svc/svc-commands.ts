/**
 * The SVC CLI commands as typed in an SVC ssh session, plus the older `svctask` (changing) and `svcinfo`
 * (listing) prefixes, which the CLI still accepts in front of any of them (docs/aix-behaviour.md 19.1).
 */
import { runStorageCommand, type StorageCommand } from '../command-types';
import { svcError } from './args';
import { chrcrelationship } from './chrcrelationship';
import { lsfcconsistgrp } from './lsfcconsistgrp';
import { lshost } from './lshost';
import { lsfcmap } from './lsfcmap';
import { lshostvdiskmap } from './lshostvdiskmap';
import { lsrcconsistgrp } from './lsrcconsistgrp';
import { lsrcrelationship } from './lsrcrelationship';
import { lsvdisk } from './lsvdisk';
import { lsvdiskhostmap } from './lsvdiskhostmap';
import { mkfcconsistgrp } from './mkfcconsistgrp';
import { svcMessages } from './messages';
import { mkfcmap } from './mkfcmap';
import { mkrcconsistgrp } from './mkrcconsistgrp';
import { mkrcrelationship } from './mkrcrelationship';
import { mkvdisk } from './mkvdisk';
import { mkvdiskhostmap } from './mkvdiskhostmap';
import { prestartfcconsistgrp } from './prestartfcconsistgrp';
import { prestartfcmap } from './prestartfcmap';
import { rmfcconsistgrp } from './rmfcconsistgrp';
import { rmfcmap } from './rmfcmap';
import { rmvdiskhostmap } from './rmvdiskhostmap';
import { startfcconsistgrp } from './startfcconsistgrp';
import { startfcmap } from './startfcmap';
import { startrcconsistgrp } from './startrcconsistgrp';
import { stopfcconsistgrp } from './stopfcconsistgrp';
import { stopfcmap } from './stopfcmap';
import { stoprcconsistgrp } from './stoprcconsistgrp';

export const svcCommands: readonly StorageCommand[] = [
  mkfcconsistgrp,
  mkfcmap,
  prestartfcconsistgrp,
  startfcconsistgrp,
  stopfcconsistgrp,
  prestartfcmap,
  startfcmap,
  stopfcmap,
  rmfcmap,
  rmfcconsistgrp,
  lsfcmap,
  lsfcconsistgrp,
  mkrcconsistgrp,
  mkrcrelationship,
  chrcrelationship,
  startrcconsistgrp,
  stoprcconsistgrp,
  lsrcrelationship,
  lsrcconsistgrp,
  lsvdisk,
  lshostvdiskmap,
  lsvdiskhostmap,
  mkvdisk,
  mkvdiskhostmap,
  rmvdiskhostmap,
  lshost,
];

function prefix(name: 'svctask' | 'svcinfo'): StorageCommand {
  return {
    name,
    usage: `${name} command [parameters]`,
    run([command, ...args], ctx) {
      const target = svcCommands.find((c) => c.name === command);
      if (!target) return svcError(svcMessages.unsupportedAction);
      return runStorageCommand(target, args, ctx);
    },
  };
}

export const svctask = prefix('svctask');
export const svcinfo = prefix('svcinfo');
