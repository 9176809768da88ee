/** The source VG: name, type, its disks with PVIDs, its logical volumes and its file systems. */
import { logsNotReadNote } from '../../../core/checks/log-placement';
import {
  type Disk,
  type Facts,
  type FileSystem,
  type LogicalVolume,
  lvTypes,
  vgTypes,
} from '../../../core/model/facts';
import { SelectField, TextField } from '../../ui/fields';
import { type Column, factsList, RowsEditor, textColumn } from '../../ui/rows-editor';
import type { FactsFormProps } from '../../ui/facts-form';
import { Term } from '../../ui/term';

const diskColumns: Column<Disk>[] = [
  textColumn('name', 'Disk', 'hdisk4'),
  {
    key: 'pvid',
    label: 'PVID',
    kind: 'text',
    placeholder: '00c8d3e4a1b2c3d0',
    get: (d) => d.pvid ?? '',
    set: (d, v) => ({ ...d, pvid: v.trim() === '' || v.trim() === 'none' ? null : v.trim() }),
  },
  {
    key: 'storageVolume',
    label: 'Storage volume',
    kind: 'text',
    placeholder: '1000',
    get: (d) => d.storageVolume ?? '',
    set: (d, v) => ({ ...d, storageVolume: v || undefined }),
  },
];

const splitList = (v: string) =>
  v
    .split(/[\s,]+/)
    .map((s) => s.trim())
    .filter(Boolean);

const lvColumns: Column<LogicalVolume>[] = [
  textColumn('name', 'LV name', 'datalv'),
  {
    key: 'type',
    label: 'LV type',
    kind: 'select',
    options: lvTypes.map((t) => ({ value: t, label: t })),
    get: (l) => l.type,
    set: (l, v) => ({ ...l, type: v as LogicalVolume['type'] }),
  },
  {
    key: 'mountPoint',
    label: 'LV mount point',
    kind: 'text',
    placeholder: '/data or empty',
    get: (l) => l.mountPoint ?? '',
    set: (l, v) => ({ ...l, mountPoint: v || undefined }),
  },
  {
    key: 'disks',
    label: 'On disks',
    kind: 'text',
    placeholder: 'hdisk4 hdisk5',
    get: (l) => l.disks.join(' '),
    set: (l, v) => ({ ...l, disks: splitList(v) }),
  },
];

const fsColumns: Column<FileSystem>[] = [
  textColumn('mountPoint', 'Mount point', '/data'),
  textColumn('lv', 'File-system LV', 'datalv'),
  {
    key: 'vfs',
    label: 'Type',
    kind: 'select',
    options: [
      { value: 'jfs2', label: 'JFS2' },
      { value: 'jfs', label: 'JFS' },
    ],
    get: (f) => f.vfs,
    set: (f, v) => ({ ...f, vfs: v as FileSystem['vfs'] }),
  },
  {
    key: 'log',
    label: 'Log',
    kind: 'text',
    placeholder: 'loglv00 or INLINE',
    get: (f) => f.log,
    // A log the admin types is known: it drops the mark of a log guessed from lsvg -l.
    set: ({ logRead: _guessed, ...f }, v) => ({
      ...f,
      log: v.trim().toUpperCase() === 'INLINE' ? 'INLINE' : v.trim().replace(/^\/dev\//, ''),
    }),
  },
  {
    key: 'mounted',
    label: 'Mounted',
    kind: 'checkbox',
    get: (f) => f.mounted,
    set: (f, mounted) => ({ ...f, mounted }),
  },
];

const disks = factsList('sourceVg', 'disks');
const lvs = factsList('sourceVg', 'lvs');
const fileSystems = factsList('sourceVg', 'fileSystems');

export function SourceVgFields({ runbookId, facts, update, errors }: FactsFormProps & { runbookId: string }) {
  const vg = facts.sourceVg;
  const logsNote = logsNotReadNote(vg.fileSystems);
  const setVg = (change: Partial<Facts['sourceVg']>) =>
    update((f) => ({ ...f, sourceVg: { ...f.sourceVg, ...change } }));
  return (
    <fieldset className="mt-6 rounded border border-slate-300 bg-white p-4">
      <legend className="px-1 text-lg font-semibold">Source volume group</legend>
      <div className="grid gap-x-6 md:grid-cols-2">
        <TextField
          label="Source volume group"
          hint="The VG whose LUNs the storage subsystem copies, as lsvg shows it."
          field="sourceVg.name"
          error={errors.get('sourceVg.name')}
          value={vg.name}
          onChange={(name) => setVg({ name })}
        />
        <SelectField
          label="VG type"
          hint="lsvg VG: MAX PVs 32 is original, 128 big, 1024 scalable."
          field="sourceVg.type"
          value={vg.type}
          options={vgTypes.map((t) => ({ value: t, label: t }))}
          onChange={(type) => setVg({ type })}
        />
      </div>
      <h3 className="mt-6 font-semibold">Disks</h3>
      <p className="text-sm text-slate-600">
        Every disk of the VG (lsvg -p) with its <Term k="pvid" /> (lspv). Type “none” for a disk without one.
      </p>
      <RowsEditor
        runbookId={runbookId}
        caption="Disks of the source VG"
        list={disks}
        columns={diskColumns}
        errors={errors}
        addLabel="Add a disk"
        findLabel="Find a disk"
        newRow={() => ({ name: '', pvid: null })}
      />
      <h3 className="mt-6 font-semibold">Logical volumes</h3>
      <p className="text-sm text-slate-600">As lsvg -l shows them; the disks of each LV from lslv -l.</p>
      <RowsEditor
        runbookId={runbookId}
        caption="Logical volumes of the source VG"
        list={lvs}
        columns={lvColumns}
        errors={errors}
        addLabel="Add a logical volume"
        findLabel="Find a logical volume"
        newRow={(): LogicalVolume => ({ name: '', type: 'jfs2', disks: [] })}
      />
      <h3 className="mt-6 font-semibold">File systems</h3>
      <p className="text-sm text-slate-600">
        From /etc/filesystems: the <code>log =</code> line names the log LV, or INLINE for an{' '}
        <Term k="inline-log" />.
      </p>
      <RowsEditor
        runbookId={runbookId}
        caption="File systems of the source VG"
        list={fileSystems}
        columns={fsColumns}
        errors={errors}
        addLabel="Add a file system"
        findLabel="Find a file system"
        newRow={(): FileSystem => ({ mountPoint: '', lv: '', vfs: 'jfs2', log: 'INLINE', mounted: true })}
      />
      {logsNote && (
        <p className="mt-2 text-sm text-amber-800">
          {logsNote} Until then each Log cell holds the VG's log LV, a guess from lsvg -l; typing the log
          makes it known.
        </p>
      )}
    </fieldset>
  );
}
