/** Reads and validates a JSON request body against a zod schema, or answers 400 with the fields at fault. */
import type { Context } from 'hono';
import type { z } from 'zod';
import { ApiError, issuesOf } from './errors';

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
