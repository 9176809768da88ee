/**
 * Reads the paste box as the admin pastes: a paste up to 64 KB on the page's thread as it is typed (it
 * takes a few milliseconds), a larger one in a Web Worker once typing pauses, so that typing, the other
 * fields and Clear answer at once while a 2 MB paste takes the parsers a second or more. A newer
 * paste supersedes a read in flight: its worker is ended, and a reply is shown only for the text in the box.
 */
import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import type { Facts } from '../../../core/model/facts';
import { type Applied, type ReadSection, readPaste } from '../../../core/parse';
import type { PasteReadReply, PasteReadRequest } from './paste-read-protocol';

/** A paste up to this size is read on the page's thread as it is typed. */
const readAtOnce = 64 * 1024;
/** A larger one is sent to the worker once typing pauses this long (not 2 MB for every keystroke). */
const pauseMs = 300;

export interface PasteState {
  /** What the paste box shows of each output read; empty while a large paste is being read. */
  sections: ReadSection[];
  /** The page's facts with what was read; undefined until they are read for the facts the page holds. */
  applied?: Applied;
  /** Characters of a large paste being read, or 0. */
  reading: number;
  /** Why a large paste could not be read (the worker failed), for the text in the box. */
  failure?: string;
}

/** A small paste, read on the page's thread; deferred, so a keystroke renders before the reading. */
function useReadHere(text: string, facts: Facts | undefined) {
  const deferred = useDeferredValue(text.length <= readAtOnce ? text : '');
  const pasted = useMemo(() => (deferred.trim() ? readPaste(deferred) : undefined), [deferred]);
  const applied = useMemo(() => (facts ? pasted?.apply(facts) : undefined), [pasted, facts]);
  return { sections: pasted?.sections ?? [], applied };
}

interface WorkerRead extends PasteReadReply {
  text: string;
  facts?: Facts;
}

/** A worker that failed (it could not load, or a parser threw): the text it was reading and why. */
interface WorkerFailure {
  text: string;
  message: string;
}

/** A worker, the text it was last asked to read and how many replies it owes. */
interface Reader {
  worker: Worker;
  text: string;
  pending: number;
}

/** Ends a reader's worker, and whatever it is reading. */
function ended(reader: Reader | null): null {
  reader?.worker.terminate();
  return null;
}

/** A large paste, read in the worker; the reply to the newest request only. */
function useReadInWorker(
  text: string,
  facts: Facts | undefined,
): { reply?: WorkerRead; failure?: WorkerFailure } {
  const large = text.length > readAtOnce ? text : '';
  const [reply, setReply] = useState<WorkerRead>();
  const [failure, setFailure] = useState<WorkerFailure>();
  const reader = useRef<Reader | null>(null);
  // The newest request: a reply to any other is stale.
  const newest = useRef<Omit<PasteReadRequest, 'facts'> & { facts?: Facts }>({ id: 0, text: '', facts });
  useEffect(
    () => () => {
      reader.current = ended(reader.current);
    },
    [],
  );
  useEffect(() => {
    // What was read is used (no facts to apply it to): the paste is not read again as the forms change.
    if (large && !facts) return;
    const id = newest.current.id + 1;
    newest.current = { id, text: large, facts };
    if (!large || !facts) {
      // The box was cleared or holds a small paste: a large read in flight is of a paste no longer there.
      if (reader.current?.pending) reader.current = ended(reader.current);
      return;
    }
    const timer = setTimeout(() => {
      // Another paste's read in flight is superseded: its worker is ended, not waited for.
      if (reader.current && reader.current.text !== large && reader.current.pending > 0)
        reader.current = ended(reader.current);
      if (!reader.current) {
        const worker = new Worker(new URL('./paste-read.worker.ts', import.meta.url), { type: 'module' });
        const started = { worker, text: large, pending: 0 };
        worker.addEventListener('message', ({ data }: MessageEvent<PasteReadReply>) => {
          started.pending -= 1;
          const asked = newest.current;
          if (data.id === asked.id) setReply({ ...data, text: asked.text, facts: asked.facts });
        });
        // A worker that fails never replies: without this the page would say "Reading…" for ever. The
        // worker is ended, so the next paste starts a new one.
        worker.addEventListener('error', (event) => {
          event.preventDefault();
          if (reader.current === started) reader.current = ended(started);
          setFailure({ text: started.text, message: event.message || 'the reader stopped' });
        });
        reader.current = started;
      }
      reader.current.text = large;
      reader.current.pending += 1;
      reader.current.worker.postMessage({ id, text: large, facts } satisfies PasteReadRequest);
    }, pauseMs);
    return () => clearTimeout(timer);
  }, [large, facts]);
  return { reply, failure };
}

/**
 * What the paste box shows of `text`, and `facts` with what was read. Without facts (what was read is
 * used) the paste is shown and not applied again: the facts change on every keystroke in the forms, and
 * a 2 MB paste would otherwise go to the worker after each pause in typing.
 */
export function usePasteRead(text: string, facts: Facts | undefined): PasteState {
  const here = useReadHere(text, facts);
  const { reply: there, failure } = useReadInWorker(text, facts);
  if (!text.trim()) return { sections: [], reading: 0 };
  if (text.length <= readAtOnce) return { ...here, reading: 0 };
  if (failure?.text === text) return { sections: [], reading: 0, failure: failure.message };
  const current = there?.text === text;
  return {
    sections: current ? there.sections : [],
    applied: current && there.facts === facts ? there.applied : undefined,
    reading: current ? 0 : text.length,
  };
}
