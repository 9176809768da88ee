/** The target LUN table: each source disk beside the target hdisk and storage volume that receive its copy. */
import { wholeSet } from '../../../core/model/copy-set';
import type { TargetLun } from '../../../core/model/facts';
import { secondaryButton } from '../../ui/buttons';
import { type Column, factsList, RowsEditor, textColumn } from '../../ui/rows-editor';
import type { FactsFormProps } from '../../ui/facts-form';
import { Term } from '../../ui/term';
import { pairWithSourceDisks } from './target-pairs';

const columns: Column<TargetLun>[] = [
  textColumn('sourceDisk', 'Source disk'),
  textColumn('sourceStorageVolume', 'Source volume', '1000'),
  textColumn('storageVolume', 'Target volume', '1100'),
  textColumn('name', 'Target hdisk', 'hdisk10'),
];

/** Global Mirror: each secondary's journal FlashCopy volume on the remote box (lsflash lists secondary:journal). */
const withJournal = [
  ...columns,
  textColumn<TargetLun, 'journalVolume'>('journalVolume', 'Journal volume', '2100'),
];

const luns = factsList('targets', 'luns');

export function TargetLuns({ runbookId, facts, update, errors }: FactsFormProps & { runbookId: string }) {
  const setLuns = (luns: TargetLun[]) => update((f) => ({ ...f, targets: { ...f.targets, luns } }));
  const paired = new Set(facts.targets.luns.map((l) => l.sourceDisk));
  const unpaired = wholeSet(facts).sourceVg.disks.filter((d) => !paired.has(d.name));
  return (
    <section aria-labelledby="target-luns" className="mt-6 rounded border border-slate-300 bg-white p-4">
      <h2 id="target-luns" className="text-lg font-semibold">
        Target LUNs
      </h2>
      <p className="text-sm text-slate-600">
        One target <Term k="lun" /> per source disk: <Term k="recreatevg" /> must be given every disk of the
        copy. The target hdisk is the name the host gives the LUN after cfgmgr (empty until then).
      </p>
      {unpaired.length > 0 && (
        <button
          type="button"
          className={`${secondaryButton} mt-3`}
          onClick={() => setLuns(pairWithSourceDisks(facts))}
        >
          Add a target LUN for each source disk ({unpaired.map((d) => d.name).join(', ')})
        </button>
      )}
      <RowsEditor
        runbookId={runbookId}
        caption="Source disk to target LUN"
        list={luns}
        columns={facts.copy.method === 'global-mirror' ? withJournal : columns}
        errors={errors}
        addLabel="Add a target LUN"
        findLabel="Find a target LUN"
        newRow={() => ({ name: '', sourceDisk: '', storageVolume: '', sourceStorageVolume: '' })}
      />
    </section>
  );
}
