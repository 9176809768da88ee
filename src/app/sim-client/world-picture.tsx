/**
 * The live picture of the simulated world: one table per part of the simulator's worldState (storage
 * volumes and copy relationships, disks and PVIDs, VGs, LVs, file systems, the log), built from the
 * picture's own keys so every field the simulator reports is shown. What the last command changed is
 * highlighted (and announced to screen readers as "changed").
 */
import type { WorldPicture } from '../../sim/worker/protocol';
import { VirtualTable } from '../ui/virtual-table';

/**
 * Titles of the parts the simulator names (the compiler checks each is a part of the picture); other
 * parts show under their own key.
 */
const titles = {
  volumes: 'Storage volumes',
  relationships: 'Copy relationships',
  disks: 'Disks and PVIDs',
  vgs: 'Volume groups',
  lvs: 'Logical volumes',
  fileSystems: 'File systems',
  log: 'Log',
  faultsArmed: 'Injected faults armed',
  faultsFired: 'Injected faults fired (not the script’s doing)',
} satisfies { [Part in keyof WorldPicture]?: string };

const titleByPart = new Map<string, string>(Object.entries(titles));

function titleOf(part: string): string {
  return titleByPart.get(part) ?? part;
}

type Row = Record<string, unknown>;

function cell(value: unknown): string {
  if (value === true) return 'yes';
  if (value === false) return 'no';
  if (value === null || value === undefined || value === '') return '—';
  if (Array.isArray(value)) return value.map(cell).join(', ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

function columnsOf(rows: Row[]): string[] {
  const columns: string[] = [];
  for (const row of rows) for (const key of Object.keys(row)) if (!columns.includes(key)) columns.push(key);
  return columns;
}

const changedClass = 'bg-amber-100 font-semibold';

function PartTable({ name, rows, changed }: { name: string; rows: Row[]; changed: Set<string> }) {
  const columns = columnsOf(rows);
  return (
    <VirtualTable
      caption={titleOf(name)}
      look="picture"
      headers={columns}
      count={rows.length}
      rowClassName={(i) => (changed.has(`${name}.${i}`) ? 'bg-amber-50' : '')}
      cells={(i) =>
        columns.map((c) => {
          const hit = changed.has(`${name}.${i}.${c}`);
          return (
            <td key={c} className={`border-b border-slate-100 px-1 py-0.5 ${hit ? changedClass : ''}`}>
              {cell(rows[i][c])}
              {hit && <span className="sr-only"> (changed)</span>}
            </td>
          );
        })
      }
      texts={(i) => columns.map((c) => cell(rows[i][c]))}
      findLabel={`Find a row in ${titleOf(name)}`}
    />
  );
}

function Part({ name, value, changed }: { name: string; value: unknown; changed: Set<string> }) {
  if (Array.isArray(value) && value.every((v) => typeof v === 'object' && v !== null && !Array.isArray(v))) {
    if (value.length === 0) {
      return (
        <p className="mt-2 text-sm">
          <span className="font-semibold">{titleOf(name)}</span>: none
        </p>
      );
    }
    return <PartTable name={name} rows={value as Row[]} changed={changed} />;
  }
  if (Array.isArray(value)) {
    return (
      <div className="mt-2 text-sm">
        <h4 className="font-semibold">{titleOf(name)}</h4>
        <ol aria-label={titleOf(name)} className="max-h-40 overflow-auto font-mono text-xs">
          {value.map((v, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: log lines are kept in order and never move.
            <li key={i} className={changed.has(`${name}.${i}`) ? changedClass : ''}>
              {cell(v)}
            </li>
          ))}
        </ol>
      </div>
    );
  }
  return (
    <p className={`mt-2 text-sm ${changed.has(name) ? changedClass : ''}`}>
      <span className="font-semibold">{titleOf(name)}</span>: {cell(value)}
    </p>
  );
}

export interface WorldPictureProps {
  picture: WorldPicture;
  /** Paths the last command changed; empty for none. */
  changed?: string[];
  label: string;
}

export function WorldPictureView({ picture, changed = [], label }: WorldPictureProps) {
  const changedSet = new Set(changed);
  return (
    <section aria-label={label} className="rounded border border-slate-200 bg-white p-2">
      {Object.entries(picture).map(([name, value]) => (
        <Part key={name} name={name} value={value} changed={changedSet} />
      ))}
    </section>
  );
}
