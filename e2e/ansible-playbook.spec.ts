import { readFile } from 'node:fs/promises';
import { expect, test } from './support/csp';
import { goToStep, openHome, startSample } from './support/wizard';

/** The numbered step lines of a script's or playbook's header ("#   2. Configure the target LUNs (cfgmgr) (aix)"). */
const headerSteps = (text: string) => text.split('\n').filter((l) => /^# {2,3}\d+\. /.test(l));

test('the review page downloads the plan as an Ansible playbook beside the script, with the same steps in the same order', async ({
  page,
}) => {
  await startSample(page);
  await goToStep(page, /Review/, 'Review & export');
  const [script] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download script (.ksh)' }).click(),
  ]);
  const [playbook] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download Ansible playbook (.yml)' }).click(),
  ]);
  expect(playbook.suggestedFilename()).toBe('sample-datavg-flashcopy.yml');
  const yml = await readFile(await playbook.path(), 'utf8');
  const ksh = await readFile(await script.path(), 'utf8');
  expect(yml.split('\n', 2).slice(0, 2)).toEqual([
    '---',
    expect.stringMatching(
      /^# vgcopy \d+\.\d+\.\d+: bring up the copy of volume group datavg as flashcopyvg$/,
    ),
  ]);
  expect(yml).toContain(`  hosts: "{{ vgcopy_hosts | default('aix') }}"\n`);
  const steps = headerSteps(ksh);
  expect(steps.length).toBeGreaterThan(5);
  expect(headerSteps(yml)).toEqual(steps);
  // Each step is a block named by its title, in the script's order.
  const titles = steps.map((l) => l.replace(/^# +\d+\. (.*) \([a-z]+\)$/, '$1'));
  const at = titles.map((t) => yml.indexOf(`- name: "${t}"\n`));
  expect(at.every((i) => i > 0)).toBe(true);
  expect([...at].sort((a, b) => a - b)).toEqual(at);
});

test('a runbook with a blocker offers no playbook, as it offers no script', async ({ page }) => {
  await openHome(page);
  await page.getByRole('button', { name: 'New runbook' }).click();
  await goToStep(page, /Review/, 'Review & export');
  await expect(page.getByRole('region', { name: 'Export is blocked' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Download Ansible playbook (.yml)' })).toHaveCount(0);
});
