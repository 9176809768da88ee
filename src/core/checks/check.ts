/**
 * What a check is: a stable id and a pure function from the facts (and the derived copy layout) to the
 * findings it raises. One check per file in this folder, listed in ./index.ts.
 */
import type { Finding } from '../engine-types';
import type { CopyLayout } from '../model/copy-layout';
import type { Facts } from '../model/facts';

export interface CheckContext {
  facts: Facts;
  layout: CopyLayout;
}

export interface Check {
  id: string;
  run(ctx: CheckContext): Finding[];
}

/** Declares a check; its findings get the check's id, so a check cannot report under another's name. */
export function defineCheck(id: string, run: (ctx: CheckContext) => Omit<Finding, 'id'>[]): Check {
  return { id, run: (ctx) => run(ctx).map((f) => ({ id, ...f })) };
}

/** Lists names for a finding: `hdisk4, hdisk5 and hdisk6`. */
export function listNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  const shown = names.length > 6 ? [...names.slice(0, 5), `${names.length - 5} more`] : names;
  return `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}
