/**
 * What a storage CLI command prints when the storage refuses it (an injected fault): the DS8000
 * server error (CMUN...E, exit 4) or the SVC error (CMMVC...E, exit 1) of its usual refusal, from the
 * CLIs' own catalogues. Creating commands meet a target already in a relationship; the others a
 * relationship or mapping that is not in the state they need.
 */
import { type CommandResult, fail } from '../command-result';
import { DS_EXIT, dsServerError } from './dscli/messages';
import type { StorageErrorCode } from './store';
import { SVC_EXIT_ERROR, svcErrors } from './svc/messages';
import type { Flavour } from './types';

/** The storage CLI's only fault kind: the storage refuses the request. */
export const STORAGE_FAULT_KINDS = ['cli-error'] as const;

const CREATES = new Set(['mkflash', 'mkpprc', 'mkfcmap']);

/** The volume or pair a DS CLI error names: the first `1000:1100` or `1000` operand, else the last word. */
function dsSubject(args: string[]): string {
  return args.find((a) => /^[0-9A-Fa-f]{4}(:[0-9A-Fa-f]{4})?$/.test(a)) ?? args[args.length - 1] ?? '';
}

export function storageFaultResult(flavour: Flavour, command: string, args: string[]): CommandResult {
  const code: StorageErrorCode = CREATES.has(command)
    ? 'target-in-use'
    : flavour === 'ds8000'
      ? 'relationship-not-found'
      : 'wrong-state';
  return flavour === 'ds8000'
    ? fail(`${dsServerError(command, dsSubject(args), code)}\n`, DS_EXIT.server)
    : fail(`${svcErrors[code]}\n`, SVC_EXIT_ERROR);
}
