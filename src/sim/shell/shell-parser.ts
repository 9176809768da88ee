/**
 * Parsing what the admin types or runs: just-bash's parser gives the syntax tree the shell rewrites; its
 * failures are put in ksh's words, naming the line. With a real Korn-shell parser a failing script is told
 * apart: a ksh syntax error (the line of the construct left open), or ksh syntax the simulator lacks.
 */
import type { Bash, StatementNode } from 'just-bash';
import { kshParseFailure, parseFailure, syntaxErrorMessage } from './ksh-messages';
import { type ShellLimits, scriptTooBig } from './shell-limits';

export type Parsed = { statements: StatementNode[] } | { error: string };

/** A real Korn-shell parser (sh-syntax's parse in mksh mode; it throws its ParseError). */
export type KshParse = (text: string) => Promise<unknown>;

export class ShellParser {
  /**
   * `transform` is the interpreter's parser (with its transform plugin); `kshParse` is injected because
   * the parser's WebAssembly is loaded differently in Node and in the browser.
   */
  constructor(
    private readonly transform: (text: string) => ReturnType<Bash['transform']>,
    private readonly limits: ShellLimits,
    private readonly kshParse?: KshParse,
  ) {}

  /** Parses a script; the statements, or a ksh-style message naming the line it cannot understand. */
  parse(text: string, source: string): Parsed {
    const tooBig = scriptTooBig(text, this.limits);
    if (tooBig) return { error: `ksh: ${source || 'input'}: ${tooBig}.\n` };
    try {
      return { statements: this.transform(text).ast.statements };
    } catch (error) {
      return { error: syntaxErrorMessage(source, text, parseFailure(error, text)) };
    }
  }

  /**
   * Whether typed text stops inside a compound command (`if true; then` without its `fi`): ksh then
   * shows its `> ` prompt and reads on. The parser reports such text as failing at its very end.
   */
  needsMoreInput(text: string): boolean {
    try {
      this.transform(text);
      return false;
    } catch (error) {
      const failure = parseFailure(error, text);
      const lines = text.split('\n');
      const lastLine = (lines.at(-1) ?? '').trimStart();
      return (
        /EOF|end of file/.test(failure.message) ||
        (failure.line >= lines.length && failure.column > lastLine.length)
      );
    }
  }

  /**
   * Why a script cannot be parsed, at its best: with the Korn-shell parser, a real syntax error names
   * the line of the construct left open; ksh syntax just-bash lacks is said to be the simulator's gap.
   * Null when the script parses.
   */
  async explainSyntaxError(text: string, source: string): Promise<string | null> {
    const parsed = this.parse(text, source);
    if (!('error' in parsed)) return null;
    if (!this.kshParse || scriptTooBig(text, this.limits)) return parsed.error;
    try {
      await this.kshParse(text);
    } catch (error) {
      const failure = kshParseFailure(error);
      if (!failure) throw error;
      return syntaxErrorMessage(source, text, failure);
    }
    return syntaxErrorMessage(source, text, this.parseFailureOf(text), true);
  }

  private parseFailureOf(text: string) {
    try {
      this.transform(text);
    } catch (error) {
      return parseFailure(error, text);
    }
    throw new Error('the script parsed the second time');
  }
}
