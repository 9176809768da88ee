/**
 * lssi: the storage images this HMC manages, the id every other DS CLI command takes as -dev. The
 * Rehearse page tells admins to read their storage image id here. Columns of the default report as the
 * DS CLI reference shows them (Name ID Storage Unit Model WWNN State ESSNet); -s lists the ids only.
 * The storage unit is the image id with its last digit 0 (a unit's first image ends in 1). The WWNN
 * has the DS8000 form 50:05:07:63:0z:FF:Cx:xx (IBM DS8870 docs, "WWNN and WWPN determination",
 * https://ibm.com/docs/ru/ds8870/7.5.0?topic=considerations-system-adapter-identification), its last three
 * digits drawn from the serial here; 961 is one of the 2107/242x models that page lists. Plausible values,
 * not read from a real box.
 */
import type { StorageCommand } from '../command-types';
import { imageSerial } from '../identifiers';
import { dsTable } from '../table';
import { dsFormat, isResult, parseDsArgs } from './args';
import { dsInfo } from './messages';

const HEADER = ['Name', 'ID', 'Storage Unit', 'Model', 'WWNN', 'State', 'ESSNet'];

/** A stable WWNN for an image: 5005076303FFC and three hex digits drawn from its serial. */
function wwnn(image: string): string {
  let hash = 0;
  for (const c of imageSerial(image)) hash = (hash * 31 + c.charCodeAt(0)) & 0xfff;
  return `5005076303FFC${hash.toString(16).toUpperCase().padStart(3, '0')}`;
}

export const lssi: StorageCommand = {
  name: 'lssi',
  usage: 'lssi [-s | -l] [-state normal|offline|...] [storage_image_ID ... | -]',
  run(args, ctx) {
    const parsed = parseDsArgs('lssi', args, { flags: ['s', 'l'], values: ['state'] }, ctx);
    if (isResult(parsed)) return parsed;
    const format = dsFormat('lssi', parsed);
    if (isResult(format)) return format;
    const wanted = new Set(parsed.operands);
    const state = parsed.values.get('state');
    const images = ctx.storage.images
      .filter((image) => wanted.size === 0 || wanted.has(image))
      .filter(() => state === undefined || state.toLowerCase() === 'online');
    if (images.length === 0)
      return { stdout: `${dsInfo.noneFound('lssi', 'Storage Image')}\n`, stderr: '', exitCode: 0 };
    const rows = parsed.flags.has('s')
      ? images.map((image) => [image])
      : images.map((image) => [
          '-',
          image,
          `${image.slice(0, -1)}0`,
          '961',
          wwnn(image),
          'Online',
          'Enabled',
        ]);
    return {
      stdout: dsTable(parsed.flags.has('s') ? ['ID'] : HEADER, rows, format),
      stderr: '',
      exitCode: 0,
    };
  },
};
