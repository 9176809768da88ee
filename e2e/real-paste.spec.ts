import { expect, test } from './support/csp';
import { openHome } from './support/wizard';

const lspvRows = `hdisk0          00c8b12ce3c7d496                    rootvg          active
hdisk2          00c8b12cd9de1a01                    datavg          active
hdisk3          00c8b12cd9de2b17                    datavg          active
`;

/** lspv as a 64-column terminal copies it: each row cut inside the blanks before its state. */
const lspvCutAt64 = lspvRows
  .trimEnd()
  .split('\n')
  .flatMap((row) => [row.slice(0, 64), row.slice(64)])
  .join('\n');

test('lspv alone, at an admin prompt: what was read, what is kept aside, and the command for each fact still missing', async ({
  page,
}) => {
  await openHome(page);
  await page.getByRole('button', { name: 'New runbook' }).click();
  await page.getByLabel('AIX command output').fill(`aix:root /> lspv\n${lspvRows}`);

  await expect(
    page.getByRole('heading', { name: 'Read as lspv (after the prompt "aix:root />")' }),
  ).toBeVisible();
  await expect(page.getByText('hdisk2: PVID 00c8b12cd9de1a01, in datavg (active)')).toBeVisible();
  const missing = page
    .getByRole('listitem')
    .filter({ hasText: "the source VG's logical volumes and file systems" });
  await expect(missing).toHaveText("the source VG's logical volumes and file systems: run lsvg -l VG");

  await page.getByRole('button', { name: 'Use what was read' }).click();
  const status = page.getByRole('status');
  await expect(status.getByText('Nothing in the forms below changed.')).toBeVisible();
  await expect(
    status.getByText('the source VG is not named yet: name it to take its disks from this lspv'),
  ).toBeVisible();
  await expect(status.getByRole('listitem').filter({ hasText: "the source VG's name" })).toHaveText(
    "the source VG's name (type it below; lsvg -o lists the varied-on VGs): run lsvg -o",
  );
});

test('plain lsfs prints no log column: the page asks for lsfs -q or /etc/filesystems', async ({ page }) => {
  await openHome(page);
  await page.getByRole('button', { name: 'New runbook' }).click();
  await page
    .getByLabel('AIX command output')
    .fill(
      `[root@aixprod01 /]# lsfs\nName            Nodename   Mount Pt               VFS   Size    Options    Auto Accounting\n/dev/datalv     --         /data                  jfs2  209715200 rw         yes  no\n`,
    );
  await expect(
    page.getByRole('heading', { name: 'Read as lsfs (after the prompt "[root@aixprod01 /]#")' }),
  ).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: "each file system's log" })).toHaveText(
    "each file system's log (a log LV, shared or not, or INLINE): run lsfs -q or cat /etc/filesystems",
  );
});

test('rows a 64-column terminal cut are read whole, and an emptied box clears at once after a 2 MB paste', async ({
  page,
}) => {
  await openHome(page);
  await page.getByRole('button', { name: 'New runbook' }).click();
  const box = page.getByLabel('AIX command output');
  await box.fill(`# lspv\n${lspvCutAt64}\n`);
  await expect(page.getByText('hdisk2: PVID 00c8b12cd9de1a01, in datavg (active)')).toBeVisible();
  await expect(page.getByText(/^Could not read/)).toHaveCount(0);

  // 2 MB of lspv rows, pasted at once (one input event, as a paste is: Playwright's fill types it far
  // slower): read once typing pauses; the Clear button empties the box without waiting for that reading.
  const large = `# lspv\n${Array.from({ length: 28_000 }, (_, i) => `hdisk${i}          none                                None`).join('\n')}\n`;
  await box.evaluate((element, text) => {
    const textarea = element as HTMLTextAreaElement;
    Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set?.call(textarea, text);
    textarea.dispatchEvent(new Event('input', { bubbles: true }));
  }, large);
  await expect(page.getByText('hdisk27999: no PVID, in no VG')).toHaveCount(0);
  await expect(page.getByText('… and 27950 more read.')).toBeVisible({ timeout: 30_000 });
  await page.getByRole('button', { name: 'Clear the paste' }).click();
  await expect(page.getByRole('heading', { name: 'Read as lspv' })).toHaveCount(0, { timeout: 1_000 });
  await expect(box).toHaveValue('');
});
