/**
 * Seeded random source (sfc32). The simulator never calls Math.random(): PVIDs, VGIDs and serials come
 * from here, so the same scenario and the same commands always give the same transcript.
 */
export interface RandomState {
  a: number;
  b: number;
  c: number;
  d: number;
}

/** A deterministic random source whose whole state is four integers (so snapshots can carry it). */
export class SeededRandom {
  private state: RandomState;

  constructor(seed: number | RandomState) {
    if (typeof seed === 'number') {
      // Spread one seed over the four words, then discard the first outputs (sfc32's warm-up).
      this.state = { a: 0x9e3779b9, b: 0x243f6a88, c: 0xb7e15162, d: seed >>> 0 };
      for (let i = 0; i < 12; i++) this.nextUint32();
    } else {
      this.state = { ...seed };
    }
  }

  /** The state to store in a snapshot. */
  save(): RandomState {
    return { ...this.state };
  }

  nextUint32(): number {
    const s = this.state;
    const t = (((s.a + s.b) | 0) + s.d) | 0;
    s.d = (s.d + 1) | 0;
    s.a = s.b ^ (s.b >>> 9);
    s.b = (s.c + (s.c << 3)) | 0;
    s.c = (s.c << 21) | (s.c >>> 11);
    s.c = (s.c + t) | 0;
    return t >>> 0;
  }

  /** `digits` lower-case hexadecimal digits. */
  hex(digits: number): string {
    let out = '';
    while (out.length < digits) out += this.nextUint32().toString(16).padStart(8, '0');
    return out.slice(0, digits);
  }

  /** An integer in [0, bound). */
  below(bound: number): number {
    return this.nextUint32() % bound;
  }
}
