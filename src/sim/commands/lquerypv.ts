/**
 * lquerypv -h PhysicalVolume [Offset [Length]]: a hex dump of the disk's first sectors, offset and length in
 * hexadecimal (docs/aix-behaviour.md 9.5). `lquerypv -h /dev/hdiskN 80 10` is how admins read the PVID
 * written on a disk (at 0x80 in the IPL record, whose first word is 0xC9C2D4C1, "IBMA" in EBCDIC), whatever
 * the ODM says: the way to see that a copy carries its source's PVID while lspv shows none.
 */
import { ok } from '../command-result';
import { lines } from '../messages';
import type { DiskImage } from '../world/disk-image';
import { type SimCommand, usage } from './command';
import { getopt } from './getopt';
import { openRawDisk } from './raw-disk';

const USAGE = 'Usage: lquerypv -h PhysicalVolume [Offset [Length]]';

/** Offset of the PVID in the IPL record (sector 0). */
const PVID_AT = 0x80;
/** Longest dump the simulator gives: sector 0 and the seven after it. */
const MAX_BYTES = 0x1000;

/** The disk's bytes from 0 to `end`: the IPL record of an LVM disk (its id and PVID), zeros elsewhere. */
function sectorBytes(image: DiskImage, end: number): number[] {
  const bytes = new Array<number>(end).fill(0);
  if (image.pvid === null) return bytes;
  [0xc9, 0xc2, 0xd4, 0xc1].forEach((b, i) => {
    if (i < end) bytes[i] = b;
  });
  for (let i = 0; i < 8 && PVID_AT + i < end; i++)
    bytes[PVID_AT + i] = Number.parseInt(image.pvid.slice(2 * i, 2 * i + 2), 16);
  return bytes;
}

const hex = (n: number, digits: number) => n.toString(16).toUpperCase().padStart(digits, '0');

/** One line: the offset, four words of four bytes, then the bytes as text between bars. */
function dumpLine(offset: number, bytes: number[]): string {
  const words = [0, 4, 8, 12].map((w) =>
    bytes
      .slice(w, w + 4)
      .map((b) => hex(b, 2))
      .join(''),
  );
  const text = bytes.map((b) => (b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : '.')).join('');
  return `${hex(offset, 8)}   ${words.join(' ')}  |${text}|`;
}

export const lquerypv: SimCommand = {
  name: 'lquerypv',
  run(args, ctx) {
    const parsed = getopt('lquerypv', args, 'h');
    if (!parsed.ok) return usage(parsed.error, USAGE);
    const { flags, operands } = parsed.args;
    const [disk, offsetText = '0', lengthText = '80'] = operands;
    if (!flags.has('h') || !disk || operands.length > 3) return usage(null, USAGE);
    if (![offsetText, lengthText].every((v) => /^(0x)?[0-9a-fA-F]+$/.test(v))) return usage(null, USAGE);
    const offset = Number.parseInt(offsetText, 16);
    const length = Math.min(Number.parseInt(lengthText, 16), MAX_BYTES);
    const image = openRawDisk('lquerypv', ctx, disk);
    if (!('pvid' in image)) return image;
    // Whole lines of 16 bytes, as lquerypv prints them.
    const start = offset - (offset % 16);
    const bytes = sectorBytes(image, Math.ceil((offset + length) / 16) * 16);
    const out: string[] = [];
    for (let at = start; at < offset + length; at += 16) out.push(dumpLine(at, bytes.slice(at, at + 16)));
    return ok(lines(...out));
  },
};
