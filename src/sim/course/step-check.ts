/**
 * The check after a course step, as Killercoda's verify scripts run after each step: data (like the
 * grader's items, step-schema.ts), read over the world's picture, the commands typed so far and the
 * trainee's answer to the step's question. A step passes when every one of its checks holds.
 */
import { disksOf, type Picture, vgNamed } from '../grader/picture-view';
import type { TranscriptEntry } from '../worker/protocol';
import type { StepCheck } from './step-schema';

/** What a check reads: the world now, the commands typed so far, the answer typed to the step's question. */
export interface StepContext {
  picture: Picture;
  commands: readonly Pick<TranscriptEntry, 'command' | 'result'>[];
  answer: string;
}

/** The storage CLIs' commands can be typed at the AIX prompt behind these (dscli mkflash, svctask mkfcmap). */
const STORAGE_CLIS = new Set(['dscli', 'svctask', 'svcinfo']);

/** The simple commands of a line: its pipeline and list parts, each as its words (a storage CLI's name dropped). */
const simpleCommands = (line: string) =>
  line
    .split(/\|\||&&|[|;]/)
    .map((part) => part.trim().split(/\s+/))
    .map((words) => (STORAGE_CLIS.has(words[0] ?? '') ? words.slice(1) : words))
    .filter((words) => words[0]);

const ranWith = (line: string, command: string, args: string[]) =>
  simpleCommands(line).some((words) => words[0] === command && args.every((a) => words.includes(a)));

const normalised = (text: string) => text.trim().toLowerCase();

function vgIs(picture: Picture, name: string): 'varied on' | 'varied off' | 'unknown' {
  const vg = vgNamed(picture, name);
  return vg === undefined ? 'unknown' : vg.variedOn ? 'varied on' : 'varied off';
}

/** Whether the check holds in this context. */
export function checkHolds(check: StepCheck, ctx: StepContext): boolean {
  switch (check.check) {
    case 'ran':
      return ctx.commands.some(
        (c) => c.result.exitCode === 0 && ranWith(c.command, check.command, check.with),
      );
    case 'disk': {
      const disk = disksOf(ctx.picture).find((d) => d.name === check.disk);
      return (
        disk !== undefined &&
        (check.status === undefined || disk.status === check.status) &&
        (check.hasPvid === undefined || (disk.pvid !== null) === check.hasPvid)
      );
    }
    case 'vg':
      return vgIs(ctx.picture, check.vg) === check.is;
    case 'mounted':
      return (
        ctx.picture.fileSystems.some((f) => f.mountPoint === check.mountPoint && f.mounted) === check.mounted
      );
    case 'frozen':
      return (
        ctx.picture.fileSystems.some((f) => f.mountPoint === check.mountPoint && f.frozen) === check.frozen
      );
    case 'copied':
      return ctx.picture.relationships.some(
        (r) =>
          r.source === check.source &&
          r.target === check.target &&
          (check.state === undefined || r.state === check.state),
      );
    case 'answer-pvid': {
      const pvid = disksOf(ctx.picture).find((d) => d.name === check.disk)?.pvid;
      return typeof pvid === 'string' && normalised(ctx.answer) === pvid;
    }
    case 'answer':
      return normalised(ctx.answer) === normalised(check.is);
  }
}

/** The check in words, shown under the step ("Check: ...") and read by screen readers. */
export function describeCheck(check: StepCheck): string {
  switch (check.check) {
    case 'ran':
      return `\`${[check.command, ...check.with].join(' … ')}\` was run and succeeded`;
    case 'disk':
      return [
        `${check.disk} is ${check.status ?? 'known to the host'}`,
        ...(check.hasPvid === undefined ? [] : [check.hasPvid ? 'with a PVID' : 'without a PVID']),
      ].join(' ');
    case 'vg':
      return check.is === 'unknown' ? `${check.vg} is not known to the host` : `${check.vg} is ${check.is}`;
    case 'mounted':
      return `${check.mountPoint} is ${check.mounted ? '' : 'not '}mounted`;
    case 'frozen':
      return `${check.mountPoint} is ${check.frozen ? 'frozen' : 'thawed'}`;
    case 'copied':
      return `the storage copies volume ${check.source} onto ${check.target}${check.state ? ` (${check.state})` : ''}`;
    case 'answer-pvid':
      return `your answer is the PVID of ${check.disk}`;
    case 'answer':
      return `your answer is "${check.is}"`;
  }
}
