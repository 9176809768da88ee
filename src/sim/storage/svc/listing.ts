/**
 * The shape of the SVC listing commands: without an object, the concise view (one row per object, filtered
 * by -filtervalue, nothing at all when no row is left); with one, its detailed view, or CMMVC5754E.
 */
import { type CommandResult, ok } from '../../command-result';
import type { StorageCommand, StorageCommandContext } from '../command-types';
import { svcConcise, svcDetailed } from '../table';
import { filterRows, isResult, parseSvcArgs, svcError, viewOptions } from './args';
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
      const options = viewOptions(parsed);
      const objects = listing.objects(ctx);
      if (parsed.object !== undefined) {
        const found = objects.find((o) => String(o.id) === parsed.object || o.name === parsed.object);
        if (!found) return svcError(svcMessages.noSuchObject);
        return ok(svcDetailed(listing.detail(found, ctx), options));
      }
      const rows = filterRows(
        listing.header,
        objects.map((o) => listing.row(o, ctx)),
        parsed,
      );
      if (isResult(rows)) return rows;
      return ok(rows.length === 0 ? '' : svcConcise(listing.header, rows, options));
    },
  };
}
