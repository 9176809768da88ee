/**
 * The lines admins type most (`lspv`, `lsvg -o`, `importvg -y datavg hdisk3`): one simple command of
 * plain words. ksh would do nothing to such a line but split it at blanks, so the shell can run it
 * without the interpreter (no expansion, quoting, globbing, redirection, pipes or lists can be in it).
 */

/** Characters a word may hold when ksh leaves it as it is: no `$ ' " \` * ? [ ] ~ { } # ! & | ; < > ( )` or backquote. */
const PLAIN_WORD = /^[A-Za-z0-9_.,:=+%@/-]+$/;

/** The words of a line that is one simple command of plain words, or null when ksh has work to do on it. */
export function plainCommandWords(line: string): string[] | null {
  const words = line.trim().split(/[ \t]+/);
  if (words[0] === '' || words[0].includes('=')) return null;
  return words.every((w) => PLAIN_WORD.test(w)) ? words : null;
}
