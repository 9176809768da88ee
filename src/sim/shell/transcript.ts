/**
 * A session as a terminal shows it: the prompt, the typed line, then what the command printed. A line
 * typed over several lines (an `if ... fi`) shows ksh's continuation prompt `> ` before each further
 * line. Output that does not end in a newline leaves the next prompt on the same line, as on a terminal.
 */
import type { CommandResult } from '../command-result';

export interface TranscriptEntry {
  input: string;
  result: CommandResult;
}

/** AIX root's prompt (PS1) and ksh's continuation prompt (PS2). */
const PROMPT = '# ';
const CONTINUATION_PROMPT = '> ';

export function renderTranscript(entries: readonly TranscriptEntry[], prompt = PROMPT): string {
  return entries.map((entry) => renderEntry(entry, prompt)).join('');
}

export function renderEntry(entry: TranscriptEntry, prompt = PROMPT): string {
  const typed = entry.input.split('\n').join(`\n${CONTINUATION_PROMPT}`);
  return `${prompt}${typed}\n${entry.result.stdout}${entry.result.stderr}`;
}
