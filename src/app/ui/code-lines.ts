/**
 * A script cut for a view that draws only the lines in view (code-block.tsx): its lines, and pieces of
 * them that highlight.js colours one at a time, each when one of its lines first comes into view. A piece
 * is coloured whole because a quoted string or a here-document can run over several lines; each piece
 * ends after a blank line where one comes soon, so a cut seldom falls inside one.
 */

/** Lines per piece: more than the box shows at once, and a few milliseconds of highlight.js. */
const pieceLines = 100;

export interface CodePieces {
  /** The script's lines, without their newlines (a final newline adds no line). */
  lines: string[];
  /** The first line of each piece, in order; the last piece ends with the script. */
  starts: number[];
  /** For each line, the piece it is in. */
  pieceOf: number[];
}

export function codePieces(code: string): CodePieces {
  const lines = code.split('\n');
  if (lines.length > 1 && lines.at(-1) === '') lines.pop();
  const starts: number[] = [];
  const pieceOf: number[] = [];
  let start = 0;
  while (start < lines.length) {
    let end = Math.min(lines.length, start + pieceLines);
    while (end < lines.length && end < start + 2 * pieceLines && lines[end - 1] !== '') end++;
    for (let i = start; i < end; i++) pieceOf.push(starts.length);
    starts.push(start);
    start = end;
  }
  return { lines, starts, pieceOf };
}

/** The lines of one piece, as highlight.js gets them. */
export function pieceText({ lines, starts }: CodePieces, piece: number): string {
  return lines.slice(starts[piece], starts[piece + 1] ?? lines.length).join('\n');
}

/**
 * highlight.js's markup of several lines, one markup per line: a span open across a line break (a string,
 * a here-document) is closed at the end of the line and opened again at the start of the next, so each
 * line is well-formed markup drawn on its own. highlight.js escapes `<` in the text, so every `<` in its
 * output begins one of its own tags.
 */
export function markupLines(html: string): string[] {
  const lines: string[] = [];
  const open: string[] = [];
  let line = '';
  for (const token of html.split(/(<span[^>]*>|<\/span>|\n)/)) {
    if (token === '\n') {
      lines.push(line + '</span>'.repeat(open.length));
      line = open.join('');
    } else {
      if (token.startsWith('<span')) open.push(token);
      else if (token === '</span>') open.pop();
      line += token;
    }
  }
  lines.push(line + '</span>'.repeat(open.length));
  return lines;
}
