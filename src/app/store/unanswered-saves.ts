/**
 * Saves whose answer never came: a save sent as the tab closes or reloads (keepalive) reaches the server,
 * but the page that would note the version it made is gone. The next save of the runbook then starts
 * from the version before it and is refused (409) with, as the server's copy, this browser's own save.
 * So each save is noted in localStorage until answered, and a refusal whose server copy is that save, or
 * has the same answers as this copy (only the page last visited differs), is no conflict: the save goes
 * again from the server's version.
 */
import { factDifferences } from '../../core/model/facts-diff';
import type { Runbook } from './runbooks';

interface Sent {
  updatedAt: string;
  baseVersion: number;
}

const keyOf = (id: string) => `vgcopy.unanswered-save.${id}`;

/** The save of this runbook still waiting for its answer (a lost one, when a new save is about to go). */
export function unansweredSave(id: string): Sent | undefined {
  try {
    const raw = localStorage.getItem(keyOf(id));
    return raw ? (JSON.parse(raw) as Sent) : undefined;
  } catch {
    return undefined;
  }
}

export function noteSent(runbook: Runbook): void {
  const sent: Sent = { updatedAt: runbook.updatedAt, baseVersion: runbook.version ?? 0 };
  localStorage.setItem(keyOf(runbook.id), JSON.stringify(sent));
}

export function noteAnswered(id: string): void {
  localStorage.removeItem(keyOf(id));
}

/** True when the server's copy, which refused `mine`, is no change made elsewhere. */
export function nothingToChoose(mine: Runbook, theirs: Runbook, lost: Sent | undefined): boolean {
  const ownLostSave =
    lost !== undefined && theirs.updatedAt === lost.updatedAt && theirs.version === lost.baseVersion + 1;
  const sameAnswers = mine.name === theirs.name && factDifferences(mine.facts, theirs.facts).length === 0;
  return ownLostSave || sameAnswers;
}
