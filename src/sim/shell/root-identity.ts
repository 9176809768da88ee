/**
 * Who the admin is on the simulated host: root, as the procedure needs (cfgmgr, recreatevg and mount
 * are root's commands). Scripts check it with `whoami` or `id -u`; AIX root's `id` lists its groups.
 */
import type { CommandResult } from '../command-result';

const ID_LINE = 'uid=0(root) gid=0(system) groups=2(bin),3(sys),7(security),8(cron),10(audit),11(lp)';

export function whoami(): CommandResult {
  return { stdout: 'root\n', stderr: '', exitCode: 0 };
}

/** `id`, `id -u`, `id -un`, `id -g`, `id -gn`. */
export function id(args: string[]): CommandResult {
  const flags = args.join('');
  const answers: Record<string, string> = {
    '': ID_LINE,
    '-u': '0',
    '-un': 'root',
    '-nu': 'root',
    '-g': '0',
    '-gn': 'system',
    '-ng': 'system',
  };
  const answer = answers[flags];
  if (answer === undefined)
    return { stdout: '', stderr: 'Usage: id [-G [-n]] [-g [-n|-r]] [-u [-n|-r]] [user]\n', exitCode: 1 };
  return { stdout: `${answer}\n`, stderr: '', exitCode: 0 };
}
