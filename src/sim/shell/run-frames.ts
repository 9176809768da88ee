/**
 * What the marker commands record while the interpreter runs. just-bash forgets functions between runs,
 * so the rewrite follows each definition with a marker naming it by number (ksh-rewrite.ts); the marker
 * records the definition in the frame of the run in progress, and `exit` marks the frame as exited.
 */
import type { FunctionDefNode } from './ast-nodes';
import type { FunctionRegistry } from './ksh-rewrite';

/** One run of the interpreter: the functions it defined, and whether it ran `exit`. */
export interface Frame {
  functions: Map<string, FunctionDefNode>;
  exited: boolean;
}

export class RunFrames implements FunctionRegistry {
  private readonly frames: Frame[] = [];
  private readonly registered = new Map<number, FunctionDefNode>();

  register(node: FunctionDefNode): number {
    const id = this.registered.size + 1;
    this.registered.set(id, node);
    return id;
  }

  /** The definition a marker names. */
  definition(id: number): FunctionDefNode | undefined {
    return this.registered.get(id);
  }

  /** The frame of the innermost run in progress. */
  current(): Frame | undefined {
    return this.frames.at(-1);
  }

  /** Runs `body` with `frame` as the current frame. */
  async within<T>(frame: Frame, body: () => Promise<T>): Promise<T> {
    this.frames.push(frame);
    try {
      return await body();
    } finally {
      this.frames.pop();
    }
  }
}
