/**
 * The shape of a storage CLI command as the shell registry takes it: a name, its usage line, and a function
 * from arguments and context to the CommandResult every simulated command returns.
 */
import type { CommandResult } from '../command-result';
import type { StorageSubsystem } from './subsystem';

export interface StorageCommandContext {
  storage: StorageSubsystem<unknown>;
  /** Simulated seconds since the Unix epoch (the world's clock). */
  now(): number;
  /**
   * The command returns only after this many simulated seconds (startfcconsistgrp -prep waits for the cache
   * flush): the world's time moves on, its applications write and its freezes may time out meanwhile.
   */
  wait(seconds: number): void;
  /** Standard input of the command (a here-document or a pipe): dscli reads commands and answers from it. */
  stdin?: string;
  /** Reads a file of the host (dscli -script FILE); undefined when there is no such file. */
  readFile?(path: string): string | undefined;
  /**
   * An injected fault due at this call of `command`: the result to print instead of running it,
   * or undefined to run it. Absent outside a world with faults.
   */
  fault?(command: string, args: string[]): CommandResult | undefined;
}

export interface StorageCommand {
  name: string;
  usage: string;
  run(args: string[], ctx: StorageCommandContext): CommandResult;
}

/** Runs a storage command unless an injected fault is due at this call: every dispatcher goes through here. */
export function runStorageCommand(
  command: StorageCommand,
  args: string[],
  ctx: StorageCommandContext,
): CommandResult {
  return ctx.fault?.(command.name, args) ?? command.run(args, ctx);
}
