/** Paste lspv from before and after cfgmgr; the new disks are listed and can become the target hdisks. */
import { useState } from 'react';
import type { Facts } from '../../../core/model/facts';
import { secondaryButton } from '../../ui/buttons';
import { TextArea } from '../../ui/fields';
import { VirtualTable } from '../../ui/virtual-table';
import { type NewDisk, newDisks, readLspv } from './lspv-diff';
import { pairWithSourceDisks } from './target-pairs';

const headers = ['New hdisk', 'PVID', 'Carries the PVID of'];

/** The new disks as lspv listed them; a copy configured next to its source names that source. */
function NewDisksTable({ found }: { found: NewDisk[] }) {
  const texts = (i: number) => [found[i].name, found[i].pvid ?? 'none', found[i].duplicateOf ?? ''];
  return (
    <VirtualTable
      caption="New disks after cfgmgr"
      look="names"
      headers={headers}
      count={found.length}
      rowClassName={(i) => (found[i].duplicateOf ? 'text-red-700' : '')}
      cells={(i) =>
        texts(i).map((text, column) => (
          <td key={headers[column]} className="px-2 py-1">
            {text}
          </td>
        ))
      }
      texts={texts}
      findLabel="Find a new disk"
    />
  );
}

export function LspvDiffPanel({
  facts,
  update,
}: {
  facts: Facts;
  update(change: (f: Facts) => Facts): void;
}) {
  const [before, setBefore] = useState('');
  const [after, setAfter] = useState('');
  const b = readLspv(before);
  const a = readLspv(after);
  const found = b.ok && a.ok && after.trim() ? newDisks(b.rows, a.rows, facts.sourceVg.disks) : [];
  const duplicates = found.filter((d) => d.duplicateOf);
  const takeNewDisks = () =>
    update((f) => ({
      ...f,
      targets: {
        ...f.targets,
        luns: pairWithSourceDisks(f).map((lun, i) => ({ ...lun, name: found[i]?.name ?? lun.name })),
      },
    }));
  return (
    <details className="mt-4 rounded border border-slate-300 bg-white p-4">
      <summary className="cursor-pointer font-semibold">
        Find the new hdisks: compare lspv before and after cfgmgr
      </summary>
      <div className="grid gap-x-6 md:grid-cols-2">
        <TextArea
          label="lspv before cfgmgr"
          rows={6}
          value={before}
          error={b.ok ? undefined : b.error}
          onChange={setBefore}
        />
        <TextArea
          label="lspv after cfgmgr"
          rows={6}
          value={after}
          error={a.ok ? undefined : a.error}
          onChange={setAfter}
        />
      </div>
      {after.trim() && a.ok && b.ok && (
        <div className="mt-3">
          <div aria-live="polite">
            {found.length === 0 ? (
              <p>No new disk: cfgmgr configured nothing. Is the LUN mapping done on the storage side?</p>
            ) : (
              <p>
                {found.length === 1 ? '1 new disk' : `${found.length} new disks`}, in lspv order, in the table
                below.
              </p>
            )}
            {duplicates.length > 0 && (
              <p className="mt-1 font-medium text-red-700" role="alert">
                {duplicates.map((d) => `${d.name} carries the PVID of ${d.duplicateOf}`).join('; ')}: the copy
                already exists and was configured next to its source. Do not use both; see the duplicate-PVID
                trap above.
              </p>
            )}
          </div>
          {found.length > 0 && (
            <>
              <NewDisksTable found={found} />
              <button type="button" className={`${secondaryButton} mt-2`} onClick={takeNewDisks}>
                Use them as target hdisks, in source-disk order
              </button>
            </>
          )}
        </div>
      )}
    </details>
  );
}
