/**
 * Fluent test driver for the storage CLIs: type a command line as the storage admin would, get the whole
 * CommandResult back, and move the simulated clock between commands.
 */
import type { CommandResult } from '../../command-result';
import type { StorageCommand, StorageCommandContext } from '../command-types';
import { ds8000Fixture, type StorageFixture, svcFixture, svcRemoteFixture } from './storage-fixture';

export interface StorageConsole extends StorageFixture {
  /** Runs `command` with the words of `line` as its arguments (and `stdin` as standard input). */
  run(command: StorageCommand, line: string, stdin?: string): CommandResult;
  context(stdin?: string): StorageCommandContext;
}

function consoleFor(fixture: StorageFixture): StorageConsole {
  const context = (stdin?: string): StorageCommandContext =>
    stdin === undefined
      ? { storage: fixture.storage, now: fixture.now, wait: fixture.advance }
      : { storage: fixture.storage, now: fixture.now, wait: fixture.advance, stdin };
  return {
    ...fixture,
    context,
    run: (command, line, stdin) => command.run(line.split(/\s+/).filter(Boolean), context(stdin)),
  };
}

/** The DS8000 layout of ds8000Fixture behind a DS CLI console. */
export function dsConsole(): StorageConsole {
  return consoleFor(ds8000Fixture());
}

/** The SVC layout of svcFixture behind an SVC CLI console. */
export function svcConsole(): StorageConsole {
  return consoleFor(svcFixture());
}

/** The two clusters of svcRemoteFixture behind an SVC CLI console on the production cluster. */
export function svcRemoteConsole(): StorageConsole {
  return consoleFor(svcRemoteFixture());
}

/** A successful result with this stdout. */
export function okOut(stdout: string): CommandResult {
  return { stdout, stderr: '', exitCode: 0 };
}

/** A failed result: nothing on stdout, this stderr and exit code (DS CLI: 2 syntax, 4 storage image). */
export function errOut(stderr: string, exitCode: number): CommandResult {
  return { stdout: '', stderr, exitCode };
}

/** A failed SVC CLI result: this message on stderr, exit code 1. */
export function svcFailOut(message: string): CommandResult {
  return errOut(`${message}\n`, 1);
}
