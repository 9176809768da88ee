/**
 * Patterns (`case` items, the right side of `[[ == ]]` / `[[ != ]]`) as ksh reads them; just-bash
 * differs in two ways that decide which branch a script takes:
 * - a quoted or backslash-escaped character is literal in ksh (`"*"*` matches words starting with `*`),
 *   but just-bash lets `"*"`, `'*'` and `\*` act as wildcards when the word has an unquoted part too;
 *   a bracket holding one character (`[*]`) it does match literally, so quoted `*`, `?`, `[` become that
 *   (and a quoted backslash `\\`);
 * - `[!a]` is ksh's (and POSIX's) negated bracket expression; just-bash takes the `!` as a member, and
 *   understands only `[^a]`, so the bracket is rewritten to that spelling.
 */
import type { CommandNode, WordNode } from 'just-bash';

type CaseNode = Extract<CommandNode, { type: 'Case' }>;
type CondNode = Extract<CommandNode, { type: 'ConditionalCommand' }>['expression'];
type WordPart = WordNode['parts'][number];

/** A `case` with each item's patterns read as ksh reads them. */
export function kshCase(command: CaseNode): CaseNode {
  return {
    ...command,
    items: command.items.map((item) => ({ ...item, patterns: item.patterns.map(kshPattern) })),
  };
}

/** A `[[ ]]` expression whose pattern operands (`==`, `=`, `!=`) are read as ksh reads them. */
export function kshCondition(node: CondNode): CondNode {
  switch (node.type) {
    case 'CondBinary':
      return node.operator === '==' || node.operator === '=' || node.operator === '!='
        ? { ...node, right: kshPattern(node.right) }
        : node;
    case 'CondNot':
      return { ...node, operand: kshCondition(node.operand) };
    case 'CondAnd':
    case 'CondOr':
      return { ...node, left: kshCondition(node.left), right: kshCondition(node.right) };
    case 'CondGroup':
      return { ...node, expression: kshCondition(node.expression) };
    default:
      return node;
  }
}

function kshPattern(word: WordNode): WordNode {
  return { ...word, parts: word.parts.map(kshPatternPart) };
}

function kshPatternPart(part: WordPart): WordPart {
  if (part.type === 'Escaped' || part.type === 'SingleQuoted') return literalPattern(part.value);
  if (part.type === 'DoubleQuoted' && part.parts.every((p) => p.type === 'Literal')) {
    return literalPattern(part.parts.map((p) => (p.type === 'Literal' ? p.value : '')).join(''));
  }
  if (part.type === 'Glob') return { ...part, pattern: part.pattern.replace(/\[!/g, '[^') };
  return part;
}

/** Quoted text as a pattern piece that matches only itself: each wildcard character in a bracket. */
function literalPattern(text: string): WordPart {
  return { type: 'Glob', pattern: text.replace(/[*?[]/g, '[$&]').replace(/\\/g, '\\\\') };
}
