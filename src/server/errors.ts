/**
 * Every failed request gets a JSON body `{ error: { status, message, issues? } }`: the status code
 * repeated, a message saying what is wrong and how to fix it, and for invalid input the fields at fault.
 */
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { z } from 'zod';
import { issueInWords } from '../core/checks/issue-words';

export interface FieldIssue {
  path: string;
  message: string;
}

export class ApiError extends HTTPException {
  constructor(
    status: ContentfulStatusCode,
    message: string,
    readonly issues?: FieldIssue[],
  ) {
    super(status, { message });
  }
}

/** The fields at fault by their path, each said in the wizard's words ('Source VG name: ...'). */
export function issuesOf(error: z.ZodError, whole = 'The request body'): FieldIssue[] {
  return error.issues.map((i) => ({ path: i.path.join('.') || '(body)', message: issueInWords(i, whole) }));
}

export function errorBody(status: number, message: string, issues?: FieldIssue[]) {
  return { error: { status, message, ...(issues ? { issues } : {}) } };
}

export function handleError(err: Error, c: Context): Response {
  if (err instanceof ApiError) return c.json(errorBody(err.status, err.message, err.issues), err.status);
  if (err instanceof HTTPException) return c.json(errorBody(err.status, err.message), err.status);
  console.error('vgcopy: unexpected error while serving', c.req.method, c.req.path, err);
  return c.json(errorBody(500, 'The server hit an unexpected error; the request was not carried out.'), 500);
}
