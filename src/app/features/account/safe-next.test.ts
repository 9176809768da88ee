import { describe, expect, it } from 'vitest';
import { safeNext } from './safe-next';

describe('safeNext', () => {
  it('keeps a path of the app with its query and hash', () => {
    expect(safeNext('/runbooks/ab12/phase2?x=1#fix=newVg.name')).toBe(
      '/runbooks/ab12/phase2?x=1#fix=newVg.name',
    );
  });
  it('sends anything else home: another site, a protocol-relative link, the sign-in page itself', () => {
    for (const next of [
      null,
      '',
      'https://evil.example',
      '//evil.example/x',
      '/\\evil.example',
      '/login?next=/',
    ]) {
      expect(safeNext(next)).toBe('/');
    }
  });
});
