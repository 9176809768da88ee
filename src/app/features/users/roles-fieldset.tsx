/** The roles of an account as checkboxes, with what each lets its holder do. */
import { type Role, roleNames } from '../../store/auth';

const roleHelp: Record<Role, string> = {
  admin: 'everything, and manages users',
  instructor: 'sees every trainee’s attempts',
  reviewer: 'reads the team’s runbooks',
  operator: 'writes the team’s runbooks',
  trainee: 'trains on scenarios',
};

export function RolesFieldset({
  legend,
  roles,
  onChange,
}: {
  legend: string;
  roles: Role[];
  onChange(roles: Role[]): void;
}) {
  return (
    <fieldset className="mt-4">
      <legend className="text-sm font-medium text-slate-800">{legend}</legend>
      <div className="mt-1 flex flex-wrap gap-x-5 gap-y-1">
        {roleNames.map((role) => (
          <label key={role} className="flex items-center gap-1.5 text-sm" title={roleHelp[role]}>
            <input
              type="checkbox"
              checked={roles.includes(role)}
              // Kept in the list's order, so every account shows its roles the same way.
              onChange={(e) =>
                onChange(roleNames.filter((r) => (r === role ? e.target.checked : roles.includes(r))))
              }
            />
            {role}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
