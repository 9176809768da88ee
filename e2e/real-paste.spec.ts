import { expect, test } from './support/csp';
import { garbagePaste, longTasks, pasteAtOnce, watchLongTasks } from './support/paste-timing';
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

  // 2 MB of lspv rows, pasted at once: read once typing pauses; the Clear button empties the box without
  // waiting for that reading.
  const large = `# lspv\n${Array.from({ length: 28_000 }, (_, i) => `hdisk${i}          none                                None`).join('\n')}\n`;
  await pasteAtOnce(box, large);
  await expect(page.getByText('hdisk27999: no PVID, in no VG')).toHaveCount(0);
  await expect(page.getByText('… and 27950 more read.')).toBeVisible({ timeout: 30_000 });
  await page.getByRole('button', { name: 'Clear the paste' }).click();
  await expect(page.getByRole('heading', { name: 'Read as lspv' })).toHaveCount(0, { timeout: 1_000 });
  await expect(box).toHaveValue('');
});

test('lspv pasted before lsvg -l datavg on a new runbook: the VG is named first, so its disks are filled', async ({
  page,
}) => {
  await openHome(page);
  await page.getByRole('button', { name: 'New runbook' }).click();
  await page
    .getByLabel('AIX command output')
    .fill(
      `# lspv\n${lspvRows}# lsvg -l datavg\ndatavg:\nLV NAME             TYPE       LPs     PPs     PVs  LV STATE      MOUNT POINT\ndatalv              jfs2       1600    1600    2    open/syncd    /data\n`,
    );
  await page.getByRole('button', { name: 'Use what was read' }).click();
  await expect(page.getByText('The forms below now hold what was read.')).toBeVisible();
  await expect(page.getByLabel('Source volume group')).toHaveValue('datavg');
  const disks = page.getByRole('table', { name: 'Disks of the source VG' });
  await expect(disks.getByLabel('Disk, row 1')).toHaveValue('hdisk2');
  await expect(disks.getByLabel('PVID, row 1')).toHaveValue('00c8b12cd9de1a01');
  await expect(disks.getByLabel('Disk, row 2')).toHaveValue('hdisk3');
  await expect(disks.getByLabel('PVID, row 2')).toHaveValue('00c8b12cd9de2b17');
  await expect(disks.getByLabel('Disk, row 3')).toHaveCount(0);
});

test('a 2 MB paste is read off the page: it says so, typing elsewhere answers, a newer paste wins, Clear empties at once', async ({
  page,
}) => {
  await openHome(page);
  await page.getByRole('button', { name: 'New runbook' }).click();
  const box = page.getByLabel('AIX command output');
  await watchLongTasks(page);
  const started = Date.now();
  await pasteAtOnce(box, garbagePaste);
  await expect(page.getByRole('status').filter({ hasText: 'Reading' })).toHaveText('Reading 2.0 MB…');

  // Another field answers while the paste is read.
  const host = page.getByLabel('Host name');
  const typing = Date.now();
  await host.pressSequentially('aixprod01');
  await expect(host).toHaveValue('aixprod01');
  const typed = Date.now() - typing;
  const readHeading = page.getByRole('heading', { name: /^(Read as|Not recognised)/ }).first();
  await expect(readHeading).toBeVisible({ timeout: 30_000 });
  console.log(
    `2 MB paste (rows of every layout cut at 64 columns): shown after ${Date.now() - started} ms; 9 keystrokes in Host name while reading: ${typed} ms; the page's long tasks: ${JSON.stringify(await longTasks(page))}`,
  );

  // A newer large paste supersedes the read: the old result is not shown as the new one's.
  await pasteAtOnce(
    box,
    `# lspv\n${'hdisk1          none                                None\n'.repeat(1_500)}${garbagePaste}`,
  );
  await expect(readHeading).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Read as lspv' })).toBeVisible({ timeout: 30_000 });

  await page.getByRole('button', { name: 'Clear the paste' }).click();
  await expect(box).toHaveValue('', { timeout: 1_000 });
  await expect(page.getByRole('heading', { name: /^(Read as|Not recognised)/ })).toHaveCount(0, {
    timeout: 1_000,
  });
  await expect(page.getByRole('status').filter({ hasText: 'Reading' })).toHaveCount(0);
});
