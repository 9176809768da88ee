import { describe, expect, it } from 'vitest';
import { sha256 } from './sha256';

describe('sha256', () => {
  it('gives the FIPS 180-4 test vectors, and the digest sha256sum prints for UTF-8 text over a block', () => {
    expect([
      sha256(''),
      sha256('abc'),
      sha256('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq'),
      sha256(`${'é'.repeat(40)}\n`),
    ]).toEqual([
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
      '12ff00ef1e4d99a601829d8ee455391111954ed4d20fbd144266b1e9a9f41e8e',
    ]);
  });
});
