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
              onChange={(e) =>
                onChange(e.target.checked ? [...roles, role] : roles.filter((r) => r !== role))
              }
            />
            {role}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
