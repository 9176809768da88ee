/**
 * Limits on sign-in attempts, so a password cannot be guessed by trying: 5 failures per account from
 * one address in 15 minutes, and 50 from one address in an hour (many accounts tried from one place).
 * Each attempt is counted before its password is checked, so firing many at once gains nothing; a
 * successful sign-in gives its attempt back. Kept in memory (rate-limiter-flexible): a restart forgets
 * them, which costs an attacker a restart they cannot cause.
 */
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

export const loginLimits = {
  perAccount: { points: 5, duration: 15 * 60 },
  perAddress: { points: 50, duration: 60 * 60 },
} as const;

export interface LoginRefusal {
  retryAfterSeconds: number;
  message: string;
}

export class LoginLimiter {
  private readonly perAccount = new RateLimiterMemory({ keyPrefix: 'account', ...loginLimits.perAccount });
  private readonly perAddress = new RateLimiterMemory({ keyPrefix: 'address', ...loginLimits.perAddress });

  /** Counts one attempt; a refusal when either limit is spent (the password is then not even checked). */
  async attempt(username: string, address: string): Promise<LoginRefusal | undefined> {
    const fromAddress = await consume(this.perAddress, address);
    const onAccount = await consume(this.perAccount, accountKey(username, address));
    if (fromAddress.consumedPoints > loginLimits.perAddress.points) {
      return refusal(fromAddress, 'Too many failed sign-ins from your address');
    }
    if (onAccount.consumedPoints > loginLimits.perAccount.points) {
      return refusal(onAccount, `Too many failed sign-ins as "${username}" from your address`);
    }
    return undefined;
  }

  /** A right password: the account's failures from that address are forgiven, and the attempt returned. */
  async succeeded(username: string, address: string): Promise<void> {
    await this.perAccount.delete(accountKey(username, address));
    await this.perAddress.reward(address, 1);
  }
}

function accountKey(username: string, address: string): string {
  return `${username.toLowerCase()}|${address}`;
}

/** consume() rejects with the limiter's state once the points are spent; either way we want that state. */
async function consume(limiter: RateLimiterMemory, key: string): Promise<RateLimiterRes> {
  try {
    return await limiter.consume(key);
  } catch (spent) {
    if (spent instanceof RateLimiterRes) return spent;
    throw spent;
  }
}

function refusal(state: RateLimiterRes, what: string): LoginRefusal {
  const retryAfterSeconds = Math.max(1, Math.ceil(state.msBeforeNext / 1000));
  const minutes = Math.ceil(retryAfterSeconds / 60);
  return {
    retryAfterSeconds,
    message: `${what}; wait ${minutes} minute${minutes === 1 ? '' : 's'} and try again, or ask an admin to set a new password.`,
  };
}
