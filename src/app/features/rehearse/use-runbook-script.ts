/**
 * The runbook's script for a rehearsal: the engine's ksh script for these facts, written with the
 * storage admin's commands run by the script itself (CLI mode), since in the simulator the storage is at
 * hand; the "storage" button and the storage console remain for rehearsing the hand-over instead.
 * A DS8000 runbook that names no storage image gets the simulated box's, read from the world's picture,
 * so its dscli commands reach the simulated storage.
 */
import { useMemo } from 'react';
import { evaluate } from '../../../core/engine';
import { type Facts, storageDetailsSchema } from '../../../core/model/facts';
import type { WorldPicture } from '../../../sim/worker/protocol';

export interface RunbookScript {
  /** The script, or empty when the runbook has blockers. */
  text: string;
  /** Why there is no script (the blockers' one-line findings). */
  blockers: string[];
  /** The simulated storage image the script was given, when the runbook names none. */
  simulatedImage: string | null;
}

function imageOf(picture: WorldPicture | null): string | null {
  const volumes = picture?.volumes;
  if (!Array.isArray(volumes)) return null;
  const image = (volumes[0] as { image?: unknown } | undefined)?.image;
  return typeof image === 'string' && image ? image : null;
}

export function useRunbookScript(facts: Facts, picture: WorldPicture | null): RunbookScript {
  const image = imageOf(picture);
  return useMemo(() => {
    const needsImage = facts.copy.storage === 'ds8000' && !facts.storage?.storageImage && image !== null;
    const rehearsed: Facts = needsImage
      ? { ...facts, storage: { ...storageDetailsSchema.parse(facts.storage ?? {}), storageImage: image } }
      : facts;
    const evaluation = evaluate(rehearsed, {
      generatedAt: new Date().toISOString(),
      version: 'rehearsal',
      storage: 'cli',
    });
    return {
      text: evaluation.outputs?.script ?? '',
      blockers: evaluation.findings.filter((f) => f.severity === 'blocker').map((f) => f.finding),
      simulatedImage: needsImage ? image : null,
    };
  }, [facts, image]);
}
