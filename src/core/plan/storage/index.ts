/**
 * The storage procedure for the runbook's storage kind, or undefined where vgcopy does not write the
 * storage commands (other storage, OEM copies): the storage admin then uses their own.
 */
import { isMirror } from '../../model/copy-layout';
import type { Facts } from '../../model/facts';
import { ds8000Procedure } from './ds8000';
import type { StorageProcedure } from './procedure';
import { svcProcedure } from './svc';
import { svcMirrorProcedure } from './svc-mirror';

export type { StorageProcedure } from './procedure';

export function storageProcedure(facts: Facts): StorageProcedure | undefined {
  if (facts.copy.method === 'oem') return undefined;
  if (facts.copy.storage === 'ds8000') return ds8000Procedure(facts);
  if (facts.copy.storage === 'svc') return isMirror(facts) ? svcMirrorProcedure(facts) : svcProcedure(facts);
  return undefined;
}
