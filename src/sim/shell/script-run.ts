/**
 * A script run one top-level command at a time, for "Run the script" (pause, step, continue, run to
 * the end, the current line shown, stop on the first failure with its reason). Each step runs in a child
 * session of the shell, so the script's variables, functions and options carry from step to step but do
 * not leak into the interactive session, and `exit` ends the run, not the terminal.
 */
import type { StatementNode } from 'just-bash';
import type { CommandResult } from '../command-result';
import { quotedWord, simpleCommand, statement } from './ast-nodes';
import { exitWithTrap } from './ksh-rewrite';
import { trapVariable } from './ksh-trap';
import { justifiedNames } from './ksh-typeset';
import type { ScriptName } from './program-runner';
import type { Parsed } from './shell-parser';
import type { Session } from './shell-session';
import type { TerminalInput } from './terminal-read';

/** How to run a script: its name for `$0` and messages, and its arguments. */
export interface ScriptOptions extends ScriptName {
  /** Step by step only: the terminal its `read`s wait at (else a read gets the step's stdin). */
  terminal?: TerminalInput;
}

/** What a run step by step needs of the shell: parsing a trap's text, and running statements as an input. */
export interface StepRunner {
  parse(text: string, source: string): Parsed;
  runStatements(
    statements: StatementNode[],
    session: Session,
    stdin: string,
    terminal?: TerminalInput,
  ): Promise<CommandResult>;
}

/** One top-level command of the script and what running it gave. */
export interface ScriptStep {
  /** 1-based line where the command starts. */
  line: number;
  /** The command's text as the parser saw it (a whole `if ... fi` for a compound command). */
  command: string;
  result: CommandResult;
}

/** Why a run stopped early: the failing step's line, status and last message. */
export interface ScriptFailure {
  line: number;
  exitCode: number;
  reason: string;
}

/** The status of a process killed by SIGTERM, as the shell reports it (128 + 15). */
const TERM_STATUS = 143;

interface PlannedStep {
  line: number;
  command: string;
  statement: StatementNode;
}

export class ScriptRun {
  /** The script's lines, for showing the current one. */
  readonly lines: string[];
  private readonly shell: StepRunner;
  private readonly session: Session;
  private readonly steps: PlannedStep[];
  private readonly args: string[];
  private readonly terminal: TerminalInput | undefined;
  private next = 0;
  private started = false;
  private trapDone = false;
  private failed: ScriptFailure | null = null;

  /** `session` is a child session of the terminal's (shell-session.ts `childSession`). */
  constructor(
    shell: StepRunner,
    session: Session,
    text: string,
    statements: StatementNode[],
    options: ScriptOptions,
  ) {
    this.shell = shell;
    this.lines = text.split('\n');
    this.session = session;
    this.session.env['0'] = options.name ?? 'ksh';
    this.args = options.args ?? [];
    this.terminal = options.terminal;
    // Widths declared anywhere in the script apply to every step (ksh knows them once declared).
    this.session.widths = justifiedNames(statements);
    this.steps = planSteps(this.lines, statements);
  }

  /** 1-based line of the next command, or null when the script is done. */
  nextLine(): number | null {
    if (this.session.closed) return null;
    return this.steps[this.next]?.line ?? (this.trapDone ? null : this.lines.length);
  }

  /** The first failing step (non-zero status), once one has run. */
  get failure(): ScriptFailure | null {
    return this.failed;
  }

  /** The script's exit status so far (the status of the last step run). */
  get exitCode(): number {
    return this.session.lastStatus;
  }

  /**
   * Runs the next top-level command, `stdin` its standard input (the answers a rehearsal gives the
   * pauses of that step; with a terminal, its reads wait there instead); null when the script is over
   * (`exit`, or after the EXIT trap).
   */
  async step(stdin = ''): Promise<ScriptStep | null> {
    if (this.session.closed) return null;
    const planned = this.steps[this.next];
    if (!planned) return this.finishWithTrap();
    this.next++;
    const prelude = this.started
      ? []
      : [statement([simpleCommand('set', ['--', ...this.args].map(quotedWord))])];
    this.started = true;
    const result = await this.shell.runStatements(
      [...prelude, planned.statement],
      this.session,
      stdin,
      this.terminal,
    );
    if (result.exitCode !== 0 && !this.failed) {
      const reason = result.stderr.trim().split('\n').at(-1) || `exit status ${result.exitCode}`;
      this.failed = { line: planned.line, exitCode: result.exitCode, reason };
    }
    return { line: planned.line, command: planned.command, result };
  }

  /** Runs the remaining steps; with stopOnFailure it stops after the first step that fails. */
  async runToEnd(options: { stopOnFailure?: boolean } = {}): Promise<ScriptStep[]> {
    const done: ScriptStep[] = [];
    for (let step = await this.step(); step; step = await this.step()) {
      done.push(step);
      if (options.stopOnFailure && step.result.exitCode !== 0) break;
    }
    return done;
  }

  /**
   * `kill -TERM` arriving before the next step (a scheduler's or an admin's kill, which the script's TERM
   * trap must survive): ksh runs the script's TERM trap in place, its functions in scope (a handler that exits runs the EXIT trap too; one
   * that does not lets the script go on, as in ksh). Without a TERM trap the script dies of the signal:
   * status 143 (128 + 15) and no trap runs.
   */
  async terminate(): Promise<ScriptStep | null> {
    const line = this.nextLine();
    if (line === null) return null;
    const handler = this.session.env[trapVariable('TERM')];
    if (!handler) {
      this.session.closed = true;
      this.session.lastStatus = TERM_STATUS;
      this.failed ??= { line, exitCode: TERM_STATUS, reason: 'killed by SIGTERM' };
      return { line, command: 'kill -TERM', result: { stdout: '', stderr: '', exitCode: TERM_STATUS } };
    }
    const parsed = this.shell.parse(handler, 'trap');
    if ('error' in parsed) throw new Error(`the TERM trap was set from text that does not parse: ${handler}`);
    const result = await this.shell.runStatements(parsed.statements, this.session, '', this.terminal);
    if (result.exitCode !== 0)
      this.failed ??= { line, exitCode: result.exitCode, reason: 'killed by SIGTERM' };
    return { line, command: `trap: ${handler}`, result };
  }

  /** At the end of the script ksh runs the EXIT trap, if one is set; shown as a last step. */
  private async finishWithTrap(): Promise<ScriptStep | null> {
    if (this.trapDone) return null;
    this.trapDone = true;
    const handler = this.session.env[trapVariable('EXIT')];
    if (!handler) return null;
    const result = await this.shell.runStatements(
      [statement([exitWithTrap([])])],
      this.session,
      '',
      this.terminal,
    );
    return { line: this.lines.length, command: `trap: ${handler}`, result };
  }
}

/**
 * The line each top-level statement starts on. The parser records lines on commands, not statements,
 * and a function's first recorded line is inside its body, so the statement's first source line is
 * looked for from the previous statement's line up to the first recorded line.
 */
function planSteps(lines: string[], statements: StatementNode[]): PlannedStep[] {
  let cursor = 1;
  return statements.map((node) => {
    const recorded = firstRecordedLine(node) ?? cursor;
    const command = node.sourceText ?? '';
    const head = command.split('\n')[0].trim();
    let line = recorded;
    for (let candidate = cursor; candidate <= recorded; candidate++) {
      if (head && (lines[candidate - 1] ?? '').includes(head)) {
        line = candidate;
        break;
      }
    }
    cursor = line;
    return { line, command, statement: node };
  });
}

function firstRecordedLine(node: unknown): number | null {
  const recorded = [...JSON.stringify(node).matchAll(/"line":(\d+)/g)]
    .map((m) => Number(m[1]))
    .filter((n) => n > 0);
  return recorded.length ? Math.min(...recorded) : null;
}
