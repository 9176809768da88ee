/**
 * Errors of input, keyed by the dotted path of the fact (the same key as Finding.field), in the words of
 * core/checks/issue-words.ts, for the message under each field.
 */
import { issueMessage } from '../../core/checks/issue-words';
import type { Facts } from '../../core/model/facts';
import { schemaResultOf } from './facts-verdict';

const cache = new WeakMap<Facts, ReadonlyMap<string, string>>();

/** The schema's complaints about these facts, one message per field (the first one). */
export function schemaIssues(facts: Facts): ReadonlyMap<string, string> {
  const cached = cache.get(facts);
  if (cached) return cached;
  const result = schemaResultOf(facts);
  const issues = new Map<string, string>();
  if (!result.success) {
    for (const issue of result.error.issues) {
      const path = issue.path.join('.');
      if (!issues.has(path)) issues.set(path, issueMessage(issue));
    }
  }
  cache.set(facts, issues);
  return issues;
}
