/** The messages between the Start page and the worker that reads a large paste (./paste-read.worker.ts). */
import type { Facts } from '../../../core/model/facts';
import type { Applied, ReadSection } from '../../../core/parse';

/** Read `text` (or reuse the last read of the same text) and apply it to `facts`. */
export interface PasteReadRequest {
  id: number;
  text: string;
  facts: Facts;
}

/** What the paste box shows, and the facts with what was read, for the request of the same id. */
export interface PasteReadReply {
  id: number;
  sections: ReadSection[];
  applied: Applied;
}
