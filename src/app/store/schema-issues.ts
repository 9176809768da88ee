/**
 * Errors of input, keyed by the dotted path of the fact (the same key as Finding.field), in the words of
 * core/checks/issue-words.ts, for the message under each field.
 */
import { issueMessage } from '../../core/checks/issue-words';
import type { Facts } from '../../core/model/facts';
import { schemaResultOf } from './facts-verdict';
import { memoByObject } from './memo-by-object';

/** The schema's complaints about these facts, one message per field (the first one). */
export const schemaIssues: (facts: Facts) => ReadonlyMap<string, string> = memoByObject((facts) => {
  const result = schemaResultOf(facts);
  const issues = new Map<string, string>();
  if (!result.success) {
    for (const issue of result.error.issues) {
      const path = issue.path.join('.');
      if (!issues.has(path)) issues.set(path, issueMessage(issue));
    }
  }
  return issues;
});
