import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, test } from './support/csp';
import { makeStubHost } from '../src/core/parse/test-support/stub-host';
import { openHome } from './support/wizard';

/** The collector's real output: public/vgcopy-collect.sh run by ksh on a stand-in host (docs/aix-behaviour.md outputs). */
function collectorOutput(vg: string): string {
  const { bin, filesystems } = makeStubHost();
  const run = spawnSync('ksh', [fileURLToPath(new URL('../public/vgcopy-collect.sh', import.meta.url)), vg], {
    encoding: 'utf8',
    env: { PATH: `${bin}:/usr/bin:/bin`, VGCOPY_FILESYSTEMS: filesystems },
  });
  if (run.status !== 0) throw new Error(`the collector failed: ${run.stderr}`);
  return run.stdout;
}

test('the collector is downloaded from the Start page, and its output pasted there fills the forms', async ({
  page,
  request,
}) => {
  await openHome(page);
  await page.getByRole('button', { name: 'New runbook' }).click();
  const link = page.getByRole('link', { name: 'collector script vgcopy-collect.sh' });
  const script = await request.get((await link.getAttribute('href')) ?? '');
  expect(script.status()).toBe(200);
  expect(await script.text()).toContain('# vgcopy-collect.sh - gathers, read-only, what vgcopy needs');

  await page.getByLabel('AIX command output').fill(collectorOutput('datavg'));
  await expect(page.getByRole('heading', { name: 'Read as lsvg -l datavg' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Read as stanzas of /etc/filesystems' })).toBeVisible();
  await expect(page.getByText(/^Could not read/)).toHaveCount(0);
  await page.getByRole('button', { name: 'Use what was read' }).click();

  await expect(page.getByLabel('Source volume group', { exact: true })).toHaveValue('datavg');
  await expect(page.getByLabel('Disk, row 1')).toHaveValue('hdisk2');
  await expect(page.getByLabel('Storage volume, row 1')).toHaveValue('1000');
  await expect(page.getByLabel('Mount point, row 1', { exact: true })).toHaveValue('/data');
});

test('a paste with a line vgcopy cannot read names that line, and still uses the rest', async ({ page }) => {
  await openHome(page);
  await page.getByRole('button', { name: 'New runbook' }).click();
  await page
    .getByLabel('AIX command output')
    .fill(
      '# lspv\nhdisk0          00c8b12ce3c7d496                    rootvg          active\nhdisk2 00c8b12cd9de1a01 datavg acitve\n',
    );
  await expect(page.getByText('Could not read line 3:')).toContainText(
    'expected \'hdiskN  PVID|none  VG|None  [active|concurrent]\', got "hdisk2 00c8b12cd9de1a01 datavg acitve"',
  );
  await expect(page.getByText('hdisk0: PVID 00c8b12ce3c7d496, in rootvg (active)')).toBeVisible();
});
