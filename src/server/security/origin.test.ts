import { describe, expect, it } from 'vitest';
import { crossSiteProblem, trustedOriginsFrom } from './origin';

describe('cross-site requests', () => {
  it("lets the app's own pages through", () => {
    expect(crossSiteProblem({ origin: 'http://localhost:8080', host: 'localhost:8080' })).toBeUndefined();
    expect(
      crossSiteProblem({ origin: 'http://localhost:8080', host: 'localhost:8080', fetchSite: 'same-origin' }),
    ).toBeUndefined();
  });

  it('lets a tool without browser headers through', () => {
    expect(crossSiteProblem({ host: 'localhost:8080' })).toBeUndefined();
  });

  it("refuses another site's page, by Origin or by Sec-Fetch-Site", () => {
    expect(crossSiteProblem({ origin: 'https://evil.example', host: 'localhost:8080' })).toBe(
      "This request came from https://evil.example, not from vgcopy's own pages at localhost:8080; if vgcopy is served from that address, add it to VGCOPY_ORIGINS.",
    );
    expect(crossSiteProblem({ host: 'localhost:8080', fetchSite: 'cross-site' })).toBe(
      "This request came from another site's page (Sec-Fetch-Site: cross-site); vgcopy takes changes only from its own pages.",
    );
    expect(crossSiteProblem({ origin: 'null', host: 'localhost:8080' })).toBe(
      'The Origin header "null" is not an origin such as https://vgcopy.example.com.',
    );
  });

  it('trusts the origins the server is told it is served from', () => {
    const trusted = trustedOriginsFrom('https://vgcopy.example.com, http://localhost:5173');
    expect(trusted).toEqual(['https://vgcopy.example.com', 'http://localhost:5173']);
    expect(
      crossSiteProblem({ origin: 'https://vgcopy.example.com', host: '127.0.0.1:8080' }, trusted),
    ).toBeUndefined();
    expect(() => trustedOriginsFrom('https://vgcopy.example.com/app')).toThrow(
      'VGCOPY_ORIGINS: "https://vgcopy.example.com/app" is not an origin; write scheme, host and port only, such as https://vgcopy.example.com.',
    );
  });
});
