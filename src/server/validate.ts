/**
 * Reads and validates a JSON request body against a zod schema, or answers 400 with the fields at fault.
 * No string in it may hold a NUL character (src/core/model/nul-bytes.ts).
 */
import type { Context } from 'hono';
import type { z } from 'zod';
import { ApiError, issuesOf } from './errors';
import { atField } from '../core/checks/issue-words';
import { firstNulPath } from '../core/model/nul-bytes';

export async function jsonBody<S extends z.ZodType>(c: Context, schema: S): Promise<z.infer<S>> {
  let raw: unknown;
  try {
    raw = await c.req.json();
  } catch {
    throw new ApiError(
      400,
      'The request body is not valid JSON: send a JSON object with Content-Type: application/json.',
    );
  }
  const nulAt = firstNulPath(raw);
  if (nulAt) {
    throw new ApiError(400, 'The request body holds a NUL character (\\u0000); remove it and send again.', [
      { path: nulAt, message: atField(nulAt, 'a NUL character is not allowed.', 'The request body') },
    ]);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    throw new ApiError(
      400,
      'The request body does not match what this endpoint takes; see issues.',
      issuesOf(parsed.error),
    );
  }
  return parsed.data;
}
