/**
 * YAML for the Ansible playbook, written by hand (no YAML library is a dependency): block style, every
 * string double-quoted with escapes, so no value can end a scalar, open a mapping or start a comment.
 * Ansible also renders `{{ }}` and `{% %}` in any string it reads; a runbook value (an owner's command
 * is free text) that holds a brace is tagged `!unsafe`, which Ansible never templates
 * (docs/script-safety.md). The playbook's own expressions are `Jinja` values, written as they are.
 */

/** A Jinja template or expression written by the playbook writer itself (never a runbook value). */
export class Jinja {
  constructor(readonly text: string) {}
}

/** A YAML value as the writer builds it; keys starting with `#` are comment lines. */
export type YamlValue = string | number | boolean | Jinja | YamlValue[] | { [key: string]: YamlValue };

/**
 * Where a long quoted scalar is folded: at a space from FOLD_AT characters, or anywhere from FOLD_HARD
 * (yamllint in ansible-lint refuses lines over 160 characters).
 */
const FOLD_AT = 90;
const FOLD_HARD = 120;

/**
 * One character of a double-quoted scalar: printable ASCII as it is (`"` and `\` escaped), anything else
 * as an escape. PyYAML refuses C1 controls and non-characters even inside quotes, and reads U+0085,
 * U+2028 and U+2029 as line breaks, so everything beyond ASCII is escaped by its code point. A lone
 * surrogate (no character at all) becomes U+FFFD.
 */
function escaped(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  if (char === '"' || char === '\\') return `\\${char}`;
  if (code >= 0x20 && code < 0x7f) return char;
  const named: Record<string, string> = { '\n': '\\n', '\t': '\\t', '\r': '\\r' };
  if (named[char]) return named[char];
  if (code >= 0xd800 && code <= 0xdfff) return '\\uFFFD';
  if (code > 0xffff) return `\\U${code.toString(16).toUpperCase().padStart(8, '0')}`;
  return `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * A double-quoted scalar, folded with escaped line breaks (`\` at the end of a line joins the next one
 * without a space; the space a continued line starts with is written `\ `, else YAML would drop it).
 */
function quoted(text: string, indent: string): string {
  const lines: string[] = [];
  let line = '';
  for (const piece of Array.from(text, escaped)) {
    if ((line.length >= FOLD_AT && piece === ' ') || line.length >= FOLD_HARD) {
      lines.push(line);
      line = '';
    }
    line += line === '' && lines.length > 0 && piece === ' ' ? '\\ ' : piece;
  }
  lines.push(line);
  return `"${lines.join(`\\\n${indent}  `)}"`;
}

/** A runbook value as a YAML string: quoted, and tagged `!unsafe` where Ansible could read a template in it. */
function text(value: string, indent: string): string {
  return `${value.includes('{') ? '!unsafe ' : ''}${quoted(value, indent)}`;
}

function scalar(value: string | number | boolean | Jinja, indent: string): string {
  if (value instanceof Jinja) return quoted(value.text, indent);
  if (typeof value === 'string') return text(value, indent);
  return String(value);
}

function isScalar(value: YamlValue): value is string | number | boolean | Jinja {
  return typeof value !== 'object' || value instanceof Jinja;
}

/** A `#` comment line: one line of printable ASCII (a line break would end it and start YAML). */
export function yamlComment(value: string): string {
  const line = value.replace(/[^\x20-\x7e]+/g, ' ');
  return line ? `# ${line}` : '#';
}

function entries(value: { [key: string]: YamlValue }, indent: string): string[] {
  return Object.entries(value).flatMap(([key, v]) => {
    if (key.startsWith('#')) return [`${indent}${yamlComment(String(v))}`];
    if (isScalar(v)) return [`${indent}${key}: ${scalar(v, indent)}`];
    if (Array.isArray(v) && v.length === 0) return [`${indent}${key}: []`];
    return [`${indent}${key}:`, ...block(v, `${indent}  `)];
  });
}

/** A mapping or sequence in block style at `indent`. */
function block(value: YamlValue, indent: string): string[] {
  if (isScalar(value)) return [`${indent}${scalar(value, indent)}`];
  if (!Array.isArray(value)) return entries(value, indent);
  return value.flatMap((item) => {
    if (isScalar(item)) return [`${indent}- ${scalar(item, `${indent}  `)}`];
    const lines = block(item, `${indent}  `);
    return [`${indent}- ${(lines[0] ?? '').trimStart()}`, ...lines.slice(1)];
  });
}

/** A YAML document: the `---` start, comment lines, then the value. */
export function yamlDocument(header: readonly string[], value: YamlValue): string {
  return `${['---', ...header.map(yamlComment), ...block(value, '')].join('\n')}\n`;
}
