/**
 * How many sessions the server runs, for whom, and for how long: the defaults, and the environment
 * variables that change the per-user and per-address counts (a reverse proxy makes every user one
 * address; a load test opens hundreds of sessions from one).
 */

export interface SessionLimits {
  /** A session unused for this long is dropped, even with a tab still on it. */
  idleMs: number;
  /**
   * A session no tab watches any more (its last socket closed) ends after this long, unless a socket
   * resumes it first: a reload or a network blip reconnects well within it.
   */
  unwatchedGraceMs: number;
  /** Longest a script may run in one go. */
  scriptRunMs: number;
  /** Most characters kept of one command's stdout (and of its stderr). */
  outputChars: number;
  /** Most sessions alive at once; opening one more is refused with a message. */
  maxSessions: number;
  /** Most sessions one signed-in account may hold (the local user of a server without accounts: none). */
  sessionsPerUser: number;
  /** Most sessions opened from one network address, whoever opened them. */
  sessionsPerAddress: number;
  /** Pause between two steps of "continue", so the page can follow the script line by line. */
  continueStepMs: number;
  /**
   * Wall-clock time one command may take (the shell stops it after that): a session's thread serves many
   * sessions, so a runaway loop must end soon.
   */
  commandWallMs: number;
}

export const defaultLimits: SessionLimits = {
  idleMs: 30 * 60_000,
  unwatchedGraceMs: 2 * 60_000,
  scriptRunMs: 20_000,
  outputChars: 64_000,
  maxSessions: 1_000,
  sessionsPerUser: 4,
  sessionsPerAddress: 12,
  continueStepMs: 150,
  commandWallMs: 3_000,
};

const fromEnv = {
  VGCOPY_SESSIONS_PER_USER: 'sessionsPerUser',
  VGCOPY_SESSIONS_PER_ADDRESS: 'sessionsPerAddress',
} as const satisfies Record<string, keyof SessionLimits>;

/** The limits set in the environment (VGCOPY_SESSIONS_PER_USER, VGCOPY_SESSIONS_PER_ADDRESS). */
export function limitsFromEnv(env: Record<string, string | undefined>): Partial<SessionLimits> {
  const limits: Partial<SessionLimits> = {};
  for (const [name, key] of Object.entries(fromEnv)) {
    const value = env[name];
    if (value === undefined) continue;
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1)
      throw new Error(`${name} must be a whole number of sessions (1 or more), not "${value}".`);
    limits[key] = n;
  }
  return limits;
}
