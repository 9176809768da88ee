/** A small set of message listeners, shared by both kinds of connection. */
import type { ServerMessage } from '../../sim/worker/protocol';

export class Listeners {
  private readonly set = new Set<(message: ServerMessage) => void>();

  add(listener: (message: ServerMessage) => void): () => void {
    this.set.add(listener);
    return () => this.set.delete(listener);
  }

  emit(message: ServerMessage): void {
    for (const listener of this.set) listener(message);
  }
}
