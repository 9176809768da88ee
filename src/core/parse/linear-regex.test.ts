/**
 * Every regular expression of the paste parsers matches in linear time, as the ReDoS analyser
 * recheck proves it (one lsattr row once took cubic time on a line of blanks). The expressions are
 * collected from the sources with the TypeScript parser, so a new one is checked without being listed
 * here; one built at run time (`new RegExp`) could not be checked, so none is allowed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { check } from 'recheck';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

interface Found {
  /** file:line, for the test's name. */
  at: string;
  source: string;
  flags: string;
}

const folder = new URL('./', import.meta.url);
const sources = readdirSync(folder).filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'));

/** The regular expression literals of one source file, and the places that build one at run time. */
function scan(file: string): { literals: Found[]; built: string[] } {
  const text = readFileSync(new URL(file, folder), 'utf8');
  const tree = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const literals: Found[] = [];
  const built: string[] = [];
  const lineOf = (node: ts.Node) => tree.getLineAndCharacterOfPosition(node.getStart()).line + 1;
  const visit = (node: ts.Node) => {
    if (ts.isRegularExpressionLiteral(node)) {
      const slash = node.text.lastIndexOf('/');
      literals.push({
        at: `${file}:${lineOf(node)}`,
        source: node.text.slice(1, slash),
        flags: node.text.slice(slash + 1),
      });
    }
    if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && node.expression.getText() === 'RegExp')
      built.push(`${file}:${lineOf(node)}`);
    ts.forEachChild(node, visit);
  };
  visit(tree);
  return { literals, built };
}

const scanned = sources.map(scan);
const literals = scanned.flatMap((s) => s.literals);

// Exact and deterministic: the automaton checker (no fuzzing, no random attack strings), and no time
// limit, so a loaded machine cannot turn a verdict into "unknown". recheck runs its native build where
// npm installed one for the platform, else its pure JavaScript build (slower: hence the test timeout).
const params = {
  checker: 'automaton',
  timeout: null,
  attackTimeout: null,
  incubationTimeout: null,
} as const;

describe('the paste parsers use only linear-time regular expressions', () => {
  it('builds none at run time, so the analyser sees every one', () => {
    expect(scanned.flatMap((s) => s.built)).toEqual([]);
  });

  it('finds the parsers’ expressions (an empty scan would prove nothing)', () => {
    expect(sources).toContain('lsattr-disk.ts');
    expect(literals.filter((found) => found.at.startsWith('lsattr-disk.ts:')).length).toBeGreaterThan(2);
  });

  const named = literals.map((found) => [`${found.at} /${found.source}/${found.flags}`, found] as const);
  it.each(named)(
    '%s is safe',
    async (_, { source, flags }) => {
      const diagnostics = await check(source, flags, params);
      const verdict =
        diagnostics.status === 'vulnerable'
          ? `vulnerable: ${diagnostics.complexity.summary}, attack ${diagnostics.attack.pattern}`
          : diagnostics.status === 'unknown'
            ? `unknown: ${diagnostics.error.kind}`
            : `safe: ${diagnostics.complexity.summary}`;
      expect(verdict).toMatch(/^safe: (safe|linear)$/);
    },
    120_000,
  );
});
