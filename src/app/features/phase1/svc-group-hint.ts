/**
 * The hint under the SVC FlashCopy consistency group field: the group the runbook creates and starts when
 * the field is left empty, by the same rule the plan names it.
 */
import { svcDefaultGroupName } from '../../../core/plan/storage/svc';

export function svcGroupHint(vgName: string): string {
  // Before the source VG is known the hint shows where its name goes.
  return `Empty: ${vgName ? svcDefaultGroupName(vgName) : `${svcDefaultGroupName('')}<source VG>`}.`;
}
