/**
 * -type mmir|gcp, required by mkpprc, failoverpprc and failbackpprc: Metro Mirror or Global Copy.
 */
import type { CommandResult } from '../../command-result';
import type { PprcType } from '../types';
import { type DsArgs, syntaxError } from './args';
import { dsSyntax } from './messages';

export function pprcType(command: string, parsed: DsArgs): PprcType | CommandResult {
  const type = parsed.values.get('type');
  if (type === undefined) return syntaxError(dsSyntax.missingType(command));
  if (type !== 'mmir' && type !== 'gcp') return syntaxError(dsSyntax.invalidValue(command, '-type', type));
  return type;
}
