/**
 * The checksum a script carries of itself: SHA-256 of the script's text without its own SCRIPT_SHA256 line
 * (a digest cannot be part of what it digests). The script writes it into every machine-readable line of
 * its log (ksh-library.ts `event`), so a run log is matched to the very script that wrote it
 * (run-record/). On AIX: `grep -v '^SCRIPT_SHA256=' SCRIPT | openssl dgst -sha256` gives the same digest.
 */
import { sha256 } from '../sha256';

const checksumLine = /^SCRIPT_SHA256='([0-9a-f]{64}|unset)'\n/m;

/** The line that holds the checksum, before the checksum is known. */
export const unsetChecksumLine = "SCRIPT_SHA256='unset'";

/** The digest of a script's text, its checksum line left out; null for a text without one. */
export function scriptChecksum(script: string): string | null {
  return checksumLine.test(script) ? sha256(script.replace(checksumLine, '')) : null;
}

/** The script with its checksum line filled in. */
export function withChecksum(script: string): string {
  const digest = scriptChecksum(script);
  if (digest === null) throw new Error('the script has no SCRIPT_SHA256 line');
  return script.replace(checksumLine, `SCRIPT_SHA256='${digest}'\n`);
}
