/**
 * What "validated" means for a generated script: it parses with mvdan/sh's parser in mksh
 * (Korn shell) mode, and `shellcheck -s ksh` reports nothing. Shellcheck is slow to start, so several
 * scripts are checked in one run.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LangVariant, parse } from 'sh-syntax';

/** The parse error of a script in mksh mode, or undefined when it parses. */
export async function kshParseError(script: string): Promise<string | undefined> {
  try {
    await parse(script, { variant: LangVariant.LangMirBSDKorn });
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/** shellcheck -s ksh findings per script, as `line:column SCnnnn message`; an empty list is clean. */
export function shellcheckKsh(scripts: readonly string[]): string[][] {
  const dir = mkdtempSync(join(tmpdir(), 'vgcopy-shellcheck-'));
  try {
    const files = scripts.map((text, i) => {
      const file = join(dir, `script-${i}.ksh`);
      writeFileSync(file, text);
      return file;
    });
    let output: string;
    try {
      output = execFileSync('shellcheck', ['-s', 'ksh', '-f', 'json1', ...files], { encoding: 'utf8' });
    } catch (error) {
      // shellcheck exits 1 when it reports something; its JSON is still on stdout.
      output = (error as { stdout?: string }).stdout ?? '';
      if (!output) throw error;
    }
    const comments = (
      JSON.parse(output) as {
        comments: { file: string; line: number; column: number; code: number; message: string }[];
      }
    ).comments;
    return files.map((file) =>
      comments.filter((c) => c.file === file).map((c) => `${c.line}:${c.column} SC${c.code} ${c.message}`),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
