import hljs from 'highlight.js/lib/core';
import bash from 'highlight.js/lib/languages/bash';
import { describe, expect, it } from 'vitest';
import { codePieces, markupLines, pieceText } from './code-lines';

hljs.registerLanguage('bash', bash);

/** A script of `steps` step functions of 9 lines each, a blank line after each: 10 lines a step. */
function script(steps: number): string {
  return Array.from(
    { length: steps },
    (_, i) => `step_${i}() {\n  log "step ${i}"\n  a\n  b\n  c\n  d\n  e\n  f\n}\n\n`,
  ).join('');
}

describe('a long script cut for the box that draws the lines in view', () => {
  it('keeps every line, without the final newline, and cuts pieces after a blank line', () => {
    const cut = codePieces(script(35));
    expect(cut.lines.length).toBe(350);
    expect(cut.lines.slice(0, 3)).toEqual(['step_0() {', '  log "step 0"', '  a']);
    // 100 lines end with the blank line after step 9: the pieces are whole steps.
    expect(cut.starts).toEqual([0, 100, 200, 300]);
    expect(cut.pieceOf.slice(98, 102)).toEqual([0, 0, 1, 1]);
    expect(cut.pieceOf.at(-1)).toBe(3);
    expect([0, 1, 2, 3].map((p) => pieceText(cut, p)).join('\n')).toBe(script(35).slice(0, -1));
  });

  it('goes on to the next blank line when the hundredth line is not one, at most twice as far', () => {
    const lines = Array.from({ length: 250 }, (_, i) => (i === 104 ? '' : `echo ${i}`));
    expect(codePieces(lines.join('\n')).starts).toEqual([0, 105]);
    const noBlank = Array.from({ length: 450 }, (_, i) => `echo ${i}`);
    expect(codePieces(noBlank.join('\n')).starts).toEqual([0, 200, 400]);
  });

  it('draws an empty script as one empty line', () => {
    expect(codePieces('')).toEqual({ lines: [''], starts: [0], pieceOf: [0] });
  });
});

describe("highlight.js's markup, line by line", () => {
  it('closes a string open at a line break and opens it again on the next line', () => {
    expect(markupLines('<span class="hljs-string">"a\nb"</span> c\nd')).toEqual([
      '<span class="hljs-string">"a</span>',
      '<span class="hljs-string">b"</span> c',
      'd',
    ]);
  });

  it("gives each line of a coloured piece well-formed markup of that line's text", () => {
    const piece = 'cat <<EOF >/tmp/x\n"one\ntwo"\nEOF\nif [ -n "$a" ]; then echo \'x\ny\'; fi';
    const lines = markupLines(hljs.highlight(piece, { language: 'bash' }).value);
    const text = (html: string) =>
      html
        .replace(/<[^>]+>/g, '')
        .replaceAll('&lt;', '<')
        .replaceAll('&gt;', '>')
        .replaceAll('&quot;', '"')
        .replaceAll('&#x27;', "'")
        .replaceAll('&amp;', '&');
    expect(lines.map(text)).toEqual(piece.split('\n'));
    for (const line of lines) {
      expect(line.match(/<span/g)?.length ?? 0).toBe(line.match(/<\/span>/g)?.length ?? 0);
    }
  });
});
