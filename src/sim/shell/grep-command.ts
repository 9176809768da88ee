/**
 * `grep` as AIX has it: just-bash's grep with `-e a -e b` fixed (grep-patterns.ts), and `-p`, the
 * paragraphs (stanzas) around a match (grep-paragraphs.ts), which just-bash lacks.
 */
import { defineCommand } from 'just-bash';
import { type CommandResult, fail } from '../command-result';
import { optionsAndFiles, paragraphs, withoutParagraphFlag } from './grep-paragraphs';
import { mergeGrepPatterns } from './grep-patterns';
import { decodeStdin, type JustBashContext, latin1 } from './just-bash-context';
import type { ShellFileSystem } from './shell-files';

export function grepCommand(files: () => ShellFileSystem) {
  return defineCommand('grep', async (args, ctx) => {
    const paragraphArgs = withoutParagraphFlag(args);
    if (paragraphArgs) return grepParagraphs(paragraphArgs, ctx, files());
    if (!ctx.origCommand) return fail('ksh: grep:  not found.\n', 127);
    return ctx.origCommand(mergeGrepPatterns(args));
  });
}

/** AIX `grep -p`: the paragraphs (stanzas) of the input that match, each followed by a blank line. */
async function grepParagraphs(
  args: string[],
  ctx: JustBashContext,
  shellFiles: ShellFileSystem,
): Promise<CommandResult> {
  const { options, files } = optionsAndFiles(mergeGrepPatterns(args));
  const view = shellFiles.view(ctx.cwd);
  const inputs: { name: string; text: string | null }[] = files.length
    ? await Promise.all(files.map(async (name) => ({ name, text: await view.read(name) })))
    : [{ name: '-', text: decodeStdin(latin1(ctx.stdin)) }];
  let stdout = '';
  let stderr = '';
  for (const input of inputs) {
    if (input.text === null) {
      stderr += `grep: 0652-033 Cannot open ${input.name}.\n`;
      continue;
    }
    for (const paragraph of paragraphs(input.text)) {
      const asked = await ctx.exec?.('grep', { cwd: ctx.cwd, args: ['-q', ...options], stdin: paragraph });
      if (asked?.exitCode === 0) stdout += `${files.length > 1 ? `${input.name}:` : ''}${paragraph}\n`;
    }
  }
  return { stdout, stderr, exitCode: stderr ? 2 : stdout ? 0 : 1 };
}
