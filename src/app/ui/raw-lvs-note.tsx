/**
 * The open raw LVs of the source VG (lsvg -l: type raw, state open), named where the consistency of the
 * copy is decided and again on Review: freeze/thaw and unmounting do not still them (check raw-lv-open).
 */
import { openRawLvs } from '../../core/model/copy-layout';
import type { Facts } from '../../core/model/facts';
import { Callout } from './callout';

export function RawLvsNote({ facts }: { facts: Facts }) {
  const rawLvs = openRawLvs(facts).map((lv) => lv.name);
  if (rawLvs.length === 0) return null;
  return (
    <Callout tone="warning" title="Raw logical volumes are open">
      {rawLvs.join(', ')} {rawLvs.length === 1 ? 'is a raw LV' : 'are raw LVs'} an application holds open.
      JFS2 freeze/thaw does not cover raw LVs and unmounting does not close them: put the application in
      hot-backup mode (or stop it) around the copy, and copy every LUN in one storage consistency group.
    </Callout>
  );
}
