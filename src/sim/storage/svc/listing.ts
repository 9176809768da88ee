/**
 * The shape of the SVC listing commands: without an object, the concise view (one row per object, filtered
 * by -filtervalue, nothing at all when no row is left); with one, its detailed view, or CMMVC5754E.
 */
import { type CommandResult, ok } from '../../command-result';
import type { StorageCommand, StorageCommandContext } from '../command-types';
import { svcConcise, svcDetailed } from '../table';
import { filterRows, isResult, parseSvcArgs, type SvcArgs, svcError, viewOptions } from './args';
import { svcMessages } from './messages';

export interface Listing<T extends { id: number; name: string }> {
  name: string;
  usage: string;
  header: string[];
  objects(ctx: StorageCommandContext): T[];
  row(object: T, ctx: StorageCommandContext): string[];
  detail(object: T, ctx: StorageCommandContext): [string, string][];
}

export function listingCommand<T extends { id: number; name: string }>(listing: Listing<T>): StorageCommand {
  return {
    name: listing.name,
    usage: listing.usage,
    run(args, ctx): CommandResult {
      const parsed = parseSvcArgs(args, { listing: true });
      if (isResult(parsed)) return parsed;
      const objects = listing.objects(ctx);
      if (parsed.object !== undefined) {
        const found = objects.find((o) => String(o.id) === parsed.object || o.name === parsed.object);
        if (!found) return svcError(svcMessages.noSuchObject);
        return ok(svcDetailed(listing.detail(found, ctx), viewOptions(parsed)));
      }
      return conciseView(
        listing.header,
        objects.map((o) => listing.row(o, ctx)),
        parsed,
      );
    },
  };
}

/** The concise view of these rows: filtered by -filtervalue, nothing at all when no row is left. */
export function conciseView(header: string[], rows: string[][], parsed: SvcArgs): CommandResult {
  const kept = filterRows(header, rows, parsed);
  if (isResult(kept)) return kept;
  return ok(kept.length === 0 ? '' : svcConcise(header, kept, viewOptions(parsed)));
}
