/**
 * zod compiles faster parsers with new Function() unless told not to. The Content-Security-Policy
 * (src/server/security/headers.ts) forbids evaluating strings, so the attempt would be refused and
 * reported as a violation on every page. Imported first by each entry point (main.tsx and the
 * simulator's Web Worker), before any schema is made.
 */
import { z } from 'zod';

z.config({ jitless: true });
