/**
 * Paging of GET /api/runbooks: `?limit=N` (1 to 500, 100 by default) and `?cursor=C`, the `next` of the
 * page before. The list is ordered by last change, newest first, then by id; the cursor is the
 * (updated_at, id) of the last runbook given, so no runbook is given twice or skipped when others are
 * added between two pages (one changed while paging moves to the front, before the cursor).
 */
import { ApiError } from '../errors';

export interface Position {
  updatedAt: string;
  id: string;
}

export const defaultLimit = 100;
export const maxLimit = 500;

export function limitOf(value: string | undefined): number {
  if (value === undefined) return defaultLimit;
  const limit = Number(value);
  if (!/^\d+$/.test(value) || limit < 1 || limit > maxLimit) {
    throw new ApiError(400, `limit is a whole number from 1 to ${maxLimit}, not "${value}".`);
  }
  return limit;
}

export function cursorOf(position: Position): string {
  return Buffer.from(JSON.stringify([position.updatedAt, position.id])).toString('base64url');
}

export function positionOf(cursor: string | undefined): Position | undefined {
  if (cursor === undefined) return undefined;
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 2 && value.every((v) => typeof v === 'string')) {
      return { updatedAt: value[0], id: value[1] };
    }
  } catch {
    // Falls through to the 400 below.
  }
  throw new ApiError(
    400,
    'cursor is not one this server gave; use the `next` of the previous page, or leave cursor out to start from the newest.',
  );
}
