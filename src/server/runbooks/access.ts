/**
 * Who may do what with a runbook (docs/threat-model.md, "Runbooks and attempts: who may do what"). A
 * runbook's script is run as root, so a change to it is a change to what root runs: only its team's
 * operators may change it, and only its owner (or an admin) may delete it. Admins see and do everything;
 * reviewers read their team's runbooks; trainees and instructors have no runbook access. The local user
 * of a server without accounts holds every role, so everything works for them.
 */
import { hasRole, type Principal } from '../auth/principal';
import { ApiError } from '../errors';

/** Who a runbook belongs to. */
export interface Ownership {
  owner: string;
  team: string;
}

const isAdmin = (p: Principal) => p.roles.includes('admin');

/** Throws 403 unless the principal may read runbooks at all; gives the team they are limited to, if any. */
export function readableTeam(p: Principal): string | undefined {
  if (!hasRole(p, 'operator', 'reviewer')) {
    throw new ApiError(
      403,
      `Runbooks need the operator or reviewer role; ${p.username} has ${p.roles.join(', ') || 'no role'}. Ask an admin.`,
    );
  }
  return isAdmin(p) ? undefined : p.team;
}

function sameTeam(p: Principal, runbook: Ownership, id: string): void {
  if (!isAdmin(p) && runbook.team !== p.team) {
    throw new ApiError(
      403,
      `Runbook "${id}" belongs to another team (${runbook.team}); ask one of its operators or an admin.`,
    );
  }
}

export function checkRead(p: Principal, runbook: Ownership, id: string): void {
  readableTeam(p);
  sameTeam(p, runbook, id);
}

/** Creating (runbook undefined) or changing a runbook: operators, and for a change only of its team. */
export function checkWrite(p: Principal, runbook: Ownership | undefined, id: string): void {
  if (!hasRole(p, 'operator')) {
    throw new ApiError(
      403,
      `Writing runbooks needs the operator role; ${p.username} has ${p.roles.join(', ') || 'no role'}.`,
    );
  }
  if (runbook) sameTeam(p, runbook, id);
}

export function checkDelete(p: Principal, runbook: Ownership, id: string): void {
  checkWrite(p, runbook, id);
  if (!isAdmin(p) && runbook.owner !== p.username) {
    throw new ApiError(
      403,
      `Only its owner (${runbook.owner}) or an admin may delete runbook "${id}"; nothing was deleted.`,
    );
  }
}
