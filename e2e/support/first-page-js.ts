/** The JavaScript the first page (Home) loads, each file with its size gzipped as a server would send it. */
import { gzipSync } from 'node:zlib';
import { type APIRequestContext, expect, type Page, type Response } from '@playwright/test';

export interface PageScript {
  path: string;
  body: string;
  gzippedBytes: number;
}

/** Opens Home in a fresh page and returns every script it loaded once the network is idle. */
export async function firstPageScripts(page: Page, request: APIRequestContext): Promise<PageScript[]> {
  const urls: string[] = [];
  const seen = (res: Response) => {
    if (res.request().resourceType() === 'script') urls.push(res.url());
  };
  page.on('response', seen);
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'New runbook' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  page.off('response', seen);
  const scripts: PageScript[] = [];
  for (const url of urls) {
    const body = await (await request.get(url)).body();
    scripts.push({
      path: new URL(url).pathname,
      body: body.toString('utf8'),
      gzippedBytes: gzipSync(body, { level: 9 }).length,
    });
  }
  return scripts;
}

/** The scripts' total, gzipped, in KB. */
export function totalKb(scripts: readonly PageScript[]): number {
  return scripts.reduce((sum, s) => sum + s.gzippedBytes, 0) / 1024;
}
