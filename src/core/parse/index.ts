/**
 * Parsers of pasted AIX command output, the collector import and the detector (README.md here).
 */
export { type CollectedImport, type CollectedSection, importCollected } from './collected';
export { commandOfLine, type Detected, detectOutput, kindOfCommand } from './detect';
export { type ParsedOutput, parseOutput, parsePaste } from './parse-output';
export { type PasteRead, type ReadSection, readPaste } from './paste-read';
export { parsers } from './registry';
export { type ReadOutput, type StillNeeded, stillNeeded } from './still-needed';
export { formatIssue, type ParseIssue } from './text';
export { type Applied, type OutputKind, outputKinds } from './types';
