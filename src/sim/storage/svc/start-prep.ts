/**
 * What startfcconsistgrp and startfcmap share: with -prep the command prepares the group or mapping itself
 * and returns only once the cache flush is done (Storage Virtualize: "-prep ... prepares and starts"), so it
 * takes the flush's time; the start then takes every source's content at one instant.
 */
import type { StorageCommandContext } from '../command-types';
import type { StorageResult } from '../store';

export function startAfterPrep(
  prepare: (ref: string, ctx: StorageCommandContext) => StorageResult<number>,
  start: (ref: string, ctx: StorageCommandContext) => StorageResult<null>,
) {
  return (ref: string, flags: Set<string>, ctx: StorageCommandContext): StorageResult<null> => {
    if (flags.has('prep')) {
      const flush = prepare(ref, ctx);
      if (!flush.ok) return flush;
      ctx.wait(flush.value);
    }
    return start(ref, ctx);
  };
}
