/**
 * A copy set: the VGs of one runbook copied at one instant (docs/procedure.md "Copy sets"). A database
 * whose data and logs live in different VGs is consistent on the copy only if every LUN of every VG is
 * copied at the same instant. Each member is seen as a runbook of its own VG (its source, its copy's
 * names, its target LUNs), so the checks and the plan's per-VG steps read one VG at a time; the copy
 * itself (consistency group, freeze, hot-backup mode) reads the whole set at once.
 */
import type { Facts, SetMember } from './facts';

export interface CopySetMember {
  /** The runbook's facts seen from this VG alone: its source VG, its copy, its target LUNs. */
  facts: Facts;
  /** Where the member's own fields are in the runbook: '' for the first VG, 'moreVgs.0.' for the next. */
  fieldPrefix: string;
}

/** A further VG added to the set by name: nothing read of it yet, its copy not named yet. */
export function newSetMember(name = ''): SetMember {
  return {
    sourceVg: { name, type: 'original', disks: [], lvs: [], fileSystems: [] },
    newVg: { name: '', lvPrefix: '', mountPrefix: '', access: 'auto' },
  };
}

/** The first VG as a member, in the shape of the further ones. */
function firstMember(facts: Facts): SetMember {
  return {
    sourceVg: facts.sourceVg,
    sourceOnHost: facts.sourceOnHost,
    existingCopy: facts.existingCopy,
    newVg: facts.newVg,
  };
}

/**
 * Every VG of the runbook, the first one first. A runbook of one VG is its own only member, unchanged.
 * A LUN whose source disk is in no VG of the set stays with the first VG, whose checks name it.
 */
export function copySet(facts: Facts): CopySetMember[] {
  if (facts.moreVgs.length === 0) return [{ facts, fieldPrefix: '' }];
  const members = [firstMember(facts), ...facts.moreVgs];
  const owner = new Map<string, number>();
  members.forEach((m, i) => {
    for (const d of m.sourceVg.disks) if (!owner.has(d.name)) owner.set(d.name, i);
  });
  return members.map((m, i) => {
    const { moreVgs: _others, existingCopy: _old, ...shared } = facts;
    return {
      facts: {
        ...shared,
        sourceVg: m.sourceVg,
        // A further VG lives where the first one does, with no other copy of its own, unless given.
        sourceOnHost: m.sourceOnHost ?? { ...facts.sourceOnHost, otherCopies: [] },
        ...(m.existingCopy ? { existingCopy: m.existingCopy } : {}),
        newVg: m.newVg,
        moreVgs: [],
        targets: {
          ...facts.targets,
          luns: facts.targets.luns.filter((l) => (owner.get(l.sourceDisk) ?? 0) === i),
        },
      },
      fieldPrefix: i === 0 ? '' : `moreVgs.${i - 1}.`,
    };
  });
}

/**
 * The whole set as one VG: every disk, LV and file system of every member, under the first VG's name.
 * What happens at the one instant reads it: one consistency group over every LUN, one freeze of every
 * JFS2 file system, one hot-backup window. A runbook of one VG is returned as it is.
 */
export function wholeSet(facts: Facts): Facts {
  if (facts.moreVgs.length === 0) return facts;
  const all = [facts.sourceVg, ...facts.moreVgs.map((m) => m.sourceVg)];
  return {
    ...facts,
    sourceVg: {
      ...facts.sourceVg,
      disks: all.flatMap((v) => v.disks),
      lvs: all.flatMap((v) => v.lvs),
      fileSystems: all.flatMap((v) => v.fileSystems),
    },
  };
}

/** Names for a title: `datavg`, `datavg and logvg`, `a, b and c`. */
export function listed(names: readonly string[]): string {
  return names.length <= 1
    ? names.join('')
    : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** The source VGs of the set by name, for titles: `datavg`, `datavg and logvg`. */
export function setLabel(facts: Facts): string {
  return listed([facts.sourceVg.name, ...facts.moreVgs.map((m) => m.sourceVg.name)]);
}

/** What a runbook brings up, for titles: `copy of datavg as flashcopyvg`, `copies of datavg and logvg as ...`. */
export function copyTitle(facts: Facts): string {
  if (facts.mode === 'retire') return `retire of the copy ${facts.newVg.name} of ${facts.sourceVg.name}`;
  if (facts.moreVgs.length === 0) return `copy of ${facts.sourceVg.name} as ${facts.newVg.name}`;
  return `copies of ${setLabel(facts)} as ${listed([facts.newVg.name, ...facts.moreVgs.map((m) => m.newVg.name)])}`;
}
