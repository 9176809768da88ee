/**
 * The checklist's section for a DB2 database on the copy. DB2 records its paths (database path, automatic
 * storage paths, container paths) inside the database; a copy brought up by recreatevg has prefixed mount
 * points and LV names, so the instance owner relocates it with `db2relocatedb` before `db2inidb` makes it
 * usable. A copy imported with the source's paths (importvg on another host) needs only `db2inidb`.
 */
import { copyLayout, copyLvName, isRawLv } from '../model/copy-layout';
import { copySet } from '../model/copy-set';
import type { Application, Facts } from '../model/facts';
import { asOwner } from '../plan/as-owner';
import type { RunbookPlan } from '../plan/types';

/** Where the relocation file is written: the instance owner's home, named for the database. */
function relocationFile(app: Application): string {
  return `/home/${app.owner}/${app.name}-relocate.cfg`;
}

/**
 * The db2relocatedb configuration: old,new for the database path (the first of the database's file
 * systems, as an example), each file system as an automatic storage path and as a container path (`/*`
 * takes every container below it), and each raw LV's character device as a container. Every VG of a copy
 * set counts: DB2's containers and logs may sit in any of them, each renamed by its own VG's prefixes.
 */
function relocationConfig(facts: Facts, app: Application): string[] {
  const wanted = new Set(app.fileSystems);
  const layouts = copySet(facts).map((m) => ({ vg: m.facts.sourceVg, layout: copyLayout(m.facts) }));
  const fss = layouts
    .flatMap(({ layout }) => layout.fileSystems)
    .filter((f) => wanted.size === 0 || wanted.has(f.source.mountPoint));
  const raw = layouts.flatMap(({ vg, layout }) =>
    vg.lvs.flatMap((lv) => {
      const copy = isRawLv(lv) ? copyLvName(lv.name, layout.access, layout.lvPrefix) : undefined;
      return copy ? [`CONT_PATH=/dev/r${lv.name},/dev/r${copy}`] : [];
    }),
  );
  const first = fss[0];
  return [
    `DB_NAME=${app.name}`,
    ...(first ? [`DB_PATH=${first.source.mountPoint},${first.mountPoint}`] : []),
    `INSTANCE=${app.owner}`,
    ...fss.map((f) => `STORAGE_PATH=${f.source.mountPoint},${f.mountPoint}`),
    ...fss.map((f) => `CONT_PATH=${f.source.mountPoint}/*,${f.mountPoint}/*`),
    ...raw,
  ];
}

/** The db2inidb modes, each with what it makes of the copy. */
const initModes: Db2CopySection['modes'] = [
  {
    mode: 'as snapshot',
    text: 'the copy becomes a database of its own (crash recovery, a new log chain), for tests, reports or a backup taken from it. This is the mode for this copy.',
  },
  {
    mode: 'as standby',
    text: 'the copy stays in rollforward-pending state to apply the source’s logs later (a standby or a backup image of the source).',
  },
  {
    mode: 'as mirror',
    text: 'the copy is the source’s split mirror, to restore the source itself from it over the source’s own paths; never for a copy used beside the source.',
  },
];

/** What one DB2 database needs on the copy. Text may hold `inline code` in backquotes. */
interface Db2CopyDatabase {
  /** When and by whom, and why relocation is or is not needed. */
  text: string;
  /** The db2relocatedb configuration file's lines, where the paths change. */
  relocation?: string[];
  /** The commands, as the instance owner runs them. */
  commands: string[];
}

/** The checklist's "DB2 on the copy" section: one content, written as Markdown and as HTML. */
export interface Db2CopySection {
  title: string;
  databases: Db2CopyDatabase[];
  modes: { mode: string; text: string }[];
}

/** The section's content, or undefined without a DB2 database. */
export function db2CopySection(facts: Facts, plan: RunbookPlan): Db2CopySection | undefined {
  const layout = copyLayout(facts);
  const apps = facts.applications.filter((a) => a.kind === 'db2');
  if (apps.length === 0) return undefined;
  const mount = plan.steps.findIndex((s) => s.action.kind === 'mount' && s.phase === 'verify') + 1;
  const check = plan.steps.findIndex((s) => s.id === 'application-check') + 1;
  const when = `After step ${mount} (the copy’s file systems are mounted) and before step ${check} (the application check)`;
  const relocate = layout.access === 'recreatevg';
  const databases = apps.map((app) => ({
    text: relocate
      ? `The copy’s paths differ from the source’s: recreatevg gives the mount points the prefix ${layout.mountPrefix} and the LV names the prefix ${layout.lvPrefix}, while ${app.name} still records the source’s paths. ${when}, the instance owner ${app.owner} on the copy host writes ${relocationFile(app)} (check DB_PATH, the storage paths and the container paths against \`db2 list db directory\` and \`db2 list tablespace containers\` on the source; give DB_NAME=${app.name},NEWNAME where the source’s instance already holds ${app.name}):`
      : `The copy keeps the source’s paths (importvg keeps LV names and mount points), so ${app.name} needs no relocation. ${when}, the instance owner ${app.owner} on the copy host initializes the copy:`,
    ...(relocate ? { relocation: relocationConfig(facts, app) } : {}),
    commands: [
      ...(relocate ? [`db2relocatedb -f ${relocationFile(app)}`] : []),
      `db2inidb ${app.name} as snapshot`,
    ].map((c) => asOwner(app, c)),
  }));
  return { title: 'DB2 on the copy', databases, modes: initModes };
}

/** The Markdown lines of the section, empty without a DB2 database. */
export function db2CopyMarkdown(facts: Facts, plan: RunbookPlan): string[] {
  const section = db2CopySection(facts, plan);
  if (!section) return [];
  const lines = [`## ${section.title}`, ''];
  for (const db of section.databases) {
    lines.push(db.text, '');
    if (db.relocation) lines.push('```', ...db.relocation, '```', '', 'Then, as the instance owner:', '');
    lines.push('```sh', ...db.commands, '```', '');
  }
  return [...lines, 'db2inidb modes:', '', ...section.modes.map((m) => `- \`${m.mode}\`: ${m.text}`), ''];
}

/** Text split at its backquotes: the odd parts are inline code. */
export function inlineCodeParts(text: string): { code: boolean; text: string }[] {
  return text
    .split('`')
    .map((part, i) => ({ code: i % 2 === 1, text: part }))
    .filter((p) => p.text !== '');
}
