/**
 * Which parts of the world's picture a command changed, as dotted paths ("vgs.1.variedOn"), so the page
 * can highlight them. Arrays are compared by index, objects by key; a path is reported at the deepest
 * level where the values differ, plus every parent, so a list item is highlighted when any field changes.
 */
export function changedPaths(before: unknown, after: unknown, prefix = ''): string[] {
  if (Object.is(before, after)) return [];
  const bothObjects =
    typeof before === 'object' && before !== null && typeof after === 'object' && after !== null;
  if (!bothObjects || Array.isArray(before) !== Array.isArray(after)) return prefix ? [prefix] : [''];
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  const changed: string[] = [];
  for (const key of keys) {
    const path = prefix ? `${prefix}.${key}` : key;
    changed.push(
      ...changedPaths(
        (before as Record<string, unknown>)[key],
        (after as Record<string, unknown>)[key],
        path,
      ),
    );
  }
  if (changed.length > 0 && prefix) changed.unshift(prefix);
  return changed;
}
