/** What every section of a wizard page gets: the facts, the way to change them, and the errors by field. */
import type { Facts } from '../../core/model/facts';

export interface FactsFormProps {
  facts: Facts;
  update(change: (f: Facts) => Facts): void;
  /** Error to show at each field, keyed by the fact's dotted path (Finding.field). */
  errors: ReadonlyMap<string, string>;
}
