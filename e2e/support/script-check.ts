/**
 * What every journey ends with: the script the admin downloads from the review page is checked as a
 * shell program. It must parse in mksh mode (sh-syntax, the mvdan/sh parser; ksh93 syntax AIX runs is a
 * superset of what mksh mode accepts for the constructs vgcopy writes).
 */
import { readFile } from 'node:fs/promises';
import { type Download, expect, type Page } from '@playwright/test';
import { LangVariant, parse } from 'sh-syntax';

/** Downloads the script from the review page and returns its text, after checking the file name. */
export async function downloadScript(page: Page): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download script (.ksh)' }).click(),
  ]);
  return scriptOf(download);
}

/** The text of a downloaded script, after checking its file name. */
export async function scriptOf(download: Download): Promise<string> {
  expect(download.suggestedFilename()).toMatch(/\.ksh$/);
  return readFile(await download.path(), 'utf8');
}

/** Parses the script as mksh would; a syntax error fails the test with its line and column. */
export async function expectScriptParses(script: string): Promise<void> {
  await expect(parse(script, { variant: LangVariant.LangMirBSDKorn })).resolves.toBeTruthy();
}
