/**
 * mkfcconsistgrp: a FlashCopy consistency group, empty until mappings are added with mkfcmap -consistgrp.
 * The default name is fccstgrp<id> (docs/aix-behaviour.md 19.2).
 */
import { ok } from '../../command-result';
import type { StorageCommand } from '../command-types';
import { isResult, parseSvcArgs, svcError } from './args';
import { svcErrors, svcMessages } from './messages';

export const mkfcconsistgrp: StorageCommand = {
  name: 'mkfcconsistgrp',
  usage: 'mkfcconsistgrp [-name consist_group_name] [-autodelete]',
  run(args, ctx) {
    const parsed = parseSvcArgs(args, { flags: ['autodelete'], values: ['name'] });
    if (isResult(parsed)) return parsed;
    if (parsed.object !== undefined) return svcError(svcMessages.unsupported(parsed.object));
    const created = ctx.storage.mkfcconsistgrp(parsed.values.get('name'), parsed.flags.has('autodelete'));
    if (!created.ok) return svcError(svcErrors[created.code]);
    return ok(`${svcMessages.groupCreated(created.value.id)}\n`);
  },
};
