/**
 * The largest request body the API reads. A runbook is kilobytes: one for a VG of 1,024 disks and 1,024
 * file systems is about 370 KB of JSON (src/core/bench.ts bigVgFacts), 4,096 disks about 930 KB. Hono's
 * body-limit refuses a larger body by its Content-Length before reading it, and counts the bytes of one
 * without (chunked) as they arrive, so a client cannot make the server hold a body of any size.
 */
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { ApiError } from '../errors';

const maxBodyBytes = 1024 * 1024;

export function limitBodySize(): MiddlewareHandler {
  return bodyLimit({
    maxSize: maxBodyBytes,
    onError: () => {
      throw new ApiError(
        413,
        'The request body is larger than 1 MiB, the most this server takes; a runbook is far smaller, so check what is being sent.',
      );
    },
  });
}
