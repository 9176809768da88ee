/**
 * The storage admin's script: the DS CLI or SVC CLI commands of the plan with the real volume ids, in
 * the order of the procedure, each block saying when to run it (the AIX script pauses at those points).
 * One command per line with `#` comments, the form `dscli -script FILE` reads; SVC commands run one by
 * one in the cluster's CLI.
 */
import { copyTitle } from '../model/copy-set';
import type { Facts } from '../model/facts';
import { storageProcedure } from '../plan/storage';
import type { ActionStep, RunbookPlan } from '../plan/types';
import { type BackOut, backOuts, backOutWhen } from './checklist-model';
import { comments } from './shell-quote';

export interface StorageScriptOptions {
  generatedAt: string;
  version: string;
}

/**
 * How the storage admin backs the step out should the run stop while production has its change
 * (docs/failure-safety.md): commented out, as they run only then (the AIX admin's script runs them
 * itself where it runs the storage CLI).
 */
function backOutComment(s: ActionStep, b: BackOut | undefined): string[] {
  const undo = s.storageUndo?.undo;
  if (!undo || !b) return [];
  return [
    `  back out, if this fails or the run stops ${backOutWhen(b)}: ${undo.title}`,
    ...undo.commands.map((c) => `    ${c}`),
    ...(undo.note ? [`    (${undo.note})`] : []),
  ];
}

/** Writes the storage script, or a short note where vgcopy does not know the storage's commands. */
export function writeStorageScript(facts: Facts, plan: RunbookPlan, options: StorageScriptOptions): string {
  const proc = storageProcedure(facts);
  const head = [
    `vgcopy ${options.version}: storage part of the ${copyTitle(facts)}`,
    `generated ${options.generatedAt}`,
  ];
  if (!proc)
    return `${comments([
      ...head,
      'vgcopy does not write commands for this storage and copy method.',
      'Make the copy of these LUNs with your own tools when the AIX admin asks for it:',
      ...facts.targets.luns.map(
        (l) =>
          `  ${l.sourceDisk} (${l.sourceStorageVolume || 'source volume'}) -> ${l.name || 'target'} (${l.storageVolume || 'target volume'})`,
      ),
    ]).join('\n')}\n`;
  head.push(`${proc.cliName} commands; run each block when the AIX admin's script says so.`);
  // The command lines hold only validated ids and names (the facts schema), as the CLI reads them.
  const backOut = new Map(backOuts(plan).map((b) => [b.number, b]));
  const blocks = plan.steps
    .map((s, i) => ({ s, i }))
    .filter(({ s }) => s.owner === 'storage' && s.commands.length > 0)
    .map(({ s, i }) =>
      [
        ...comments([
          `Step ${i + 1}: ${s.title}`,
          `  expect: ${s.expect}`,
          `  verify: ${s.verify}`,
          ...backOutComment(s, backOut.get(i + 1)),
        ]),
        ...s.commands,
      ].join('\n'),
    );
  return `${[comments(head).join('\n'), ...blocks].join('\n\n')}\n`;
}
