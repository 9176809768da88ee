import { describe, expect, it } from 'vitest';
import { browserAddress } from './client-connection';

describe("a browser's address, for the sign-in and session limits", () => {
  it("is the connection's peer when no proxy is trusted, whatever X-Forwarded-For claims", () => {
    expect(browserAddress('203.0.113.9', '10.0.0.7', false)).toBe('10.0.0.7');
    expect(browserAddress(undefined, undefined, false)).toBe('unknown');
  });

  it('is what the trusted proxy appended last, not what the client wrote before it', () => {
    expect(browserAddress('198.51.100.1, 203.0.113.9', '10.0.0.2', true)).toBe('203.0.113.9');
    expect(browserAddress(undefined, '10.0.0.2', true)).toBe('10.0.0.2');
  });
});
