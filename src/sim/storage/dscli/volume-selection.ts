/**
 * The volume operands of the DS CLI list commands: ids, ranges (`1000-100F`) and pairs (`1000:1100`), turned
 * into the set of volume ids the report is restricted to.
 */
import type { CommandResult } from '../../command-result';
import { expandVolumeRange, parsePair, syntaxError } from './args';
import { dsSyntax } from './messages';

export function selectVolumes(command: string, operands: string[]): Set<string> | CommandResult {
  const ids = new Set<string>();
  for (const operand of operands) {
    const pair = operand.includes(':') ? parsePair(operand) : null;
    const expanded = pair ? [pair.source.id, pair.target.id] : expandVolumeRange(operand);
    if (!expanded) {
      return syntaxError(
        operand.includes('-')
          ? dsSyntax.invalidRange(command, operand)
          : dsSyntax.invalidVolume(command, operand),
      );
    }
    for (const id of expanded) ids.add(id);
  }
  return ids;
}
