/**
 * A paging space on a disk of the copy (mkps on the wrong VG, or a copy of a VG that held one): varyoffvg
 * refuses while an active paging space is in the VG, and removing the disk takes the paging space with it.
 * The paging space is moved or removed first (swapoff, rmps), by the AIX admin, on purpose.
 */
import { retiredCopy } from '../model/retire';
import { defineCheck, listNames } from './check';

export const retirePagingSpace = defineCheck('retire-paging-space', ({ facts }) => {
  const copy = retiredCopy(facts);
  if (!copy) return [];
  const on = (facts.host?.pagingSpaces ?? []).filter(
    (p) => copy.disks.includes(p.disk) || p.vg === copy.vgName,
  );
  if (on.length === 0) return [];
  const names = [...new Set(on.map((p) => p.name))];
  return [
    {
      severity: 'blocker' as const,
      finding: `The paging space${names.length === 1 ? '' : 's'} ${listNames(names)} ${names.length === 1 ? 'is' : 'are'} on ${listNames([...new Set(on.map((p) => p.disk))])} of the copy ${copy.vgName}.`,
      reason:
        'lsps -a shows a paging space on the copy: an active one keeps the VG from being varied off, and removing its disk takes paging space from the system.',
      fix: `Deactivate and remove it first (swapoff /dev/NAME, then rmps NAME; mkps another on rootvg if the space is needed), then paste lsps -a again.`,
      step: 'start' as const,
      field: 'host.pagingSpaces',
    },
  ];
});
