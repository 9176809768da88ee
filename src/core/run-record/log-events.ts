/**
 * The machine-readable lines a vgcopy script writes into its log (write/ksh-library.ts `event`):
 * `#VGCOPY event=NAME at=YYYY-MM-DDTHH:MM:SS sha256=DIGEST FIELD=VALUE...`, one per run start, step start,
 * step done, step skipped (already done), step failed, undo run and run end. A line that starts with
 * #VGCOPY and is not of this shape was changed by hand or cut: the reader refuses the log.
 */

const eventNames = ['run', 'start', 'done', 'skipped', 'failed', 'undo', 'end'] as const;
type EventName = (typeof eventNames)[number];

export interface LogEvent {
  /** 1-based line number in the log. */
  line: number;
  event: EventName;
  at: string;
  sha256: string;
  fields: Record<string, string>;
}

/** A line of the log: an event, or what the script logged and the commands printed (timestamp removed). */
export type LogLine = { kind: 'event'; event: LogEvent } | { kind: 'text'; text: string };

const marker = '#VGCOPY ';
const shape = /^#VGCOPY event=(\w+) at=(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d) sha256=(\S*)((?: \w+=\S*)*)$/;
const timestamp = /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d /;

/** The fields each event must carry besides event, at and sha256. */
const required: Record<EventName, readonly string[]> = {
  run: ['version', 'host', 'user', 'dry'],
  start: ['step', 'n'],
  done: ['step', 'n'],
  skipped: ['step', 'n'],
  failed: ['step', 'n', 'exit'],
  undo: ['undo', 'outcome'],
  end: ['exit'],
};

/** Reads every line of a log; the reason in words for the first line that is a broken event. */
export function logLines(log: string): { ok: true; lines: LogLine[] } | { ok: false; reason: string } {
  const lines: LogLine[] = [];
  const texts = log.replace(/\r\n/g, '\n').replace(/\n$/, '').split('\n');
  for (const [i, text] of texts.entries()) {
    if (!text.startsWith(marker.trim())) {
      lines.push({ kind: 'text', text: text.replace(timestamp, '') });
      continue;
    }
    const m = shape.exec(text);
    const where = `line ${i + 1} of the log`;
    if (!m || !(eventNames as readonly string[]).includes(m[1]))
      return {
        ok: false,
        reason: `${where} is a #VGCOPY line that does not read as the script writes it ("${text.slice(0, 120)}"): the log was changed by hand or cut; upload the file the script wrote`,
      };
    if (!/^[0-9a-f]{64}$/.test(m[3]))
      return {
        ok: false,
        reason: `${where} has no checksum of the script (sha256=${m[3] || 'nothing'}): the log was changed by hand; upload the file the script wrote`,
      };
    const event = m[1] as EventName;
    const fields = Object.fromEntries(
      m[4]
        .trim()
        .split(' ')
        .filter(Boolean)
        .map((f) => [f.slice(0, f.indexOf('=')), f.slice(f.indexOf('=') + 1)]),
    );
    const missing = required[event].filter((f) => !(f in fields));
    if (missing.length > 0)
      return {
        ok: false,
        reason: `${where} is a "${event}" event without ${missing.join(', ')}: the log was changed by hand; upload the file the script wrote`,
      };
    lines.push({ kind: 'event', event: { line: i + 1, event, at: m[2], sha256: m[3], fields } });
  }
  return { ok: true, lines };
}
