import { expect, test } from '@playwright/test';
import { checksPanel, goToStep, startSample } from './support/wizard';

test('shell code typed into the wizard is refused at its field, and the script cannot be exported', async ({
  page,
}) => {
  await startSample(page);
  await page.getByLabel('Storage', { exact: true }).selectOption('svc');
  const sourceVg = page.getByLabel('Source volume group');
  await sourceVg.fill('$(reboot)');
  // The error shows once the admin leaves the field, as forms do; the checks panel has it at once.
  await expect(sourceVg).not.toHaveAttribute('aria-invalid', 'true');
  await expect(checksPanel(page).getByRole('status')).toHaveText(/^1 blocker/);
  await sourceVg.press('Tab');
  await expect(sourceVg).toHaveAttribute('aria-invalid', 'true');
  await expect(sourceVg).toHaveAccessibleDescription(
    /"\$\(reboot\)" contains characters AIX does not allow in a device name: use only letters, digits, "_", "-" and "."\.$/,
  );

  await goToStep(page, /Phase 1/, 'Phase 1 · Configure LUNs');
  await page.getByLabel('The script, through the storage CLI reachable from this host').check();
  const svcHost = page.getByLabel('SVC cluster (user@host)');
  await svcHost.fill('-oProxyCommand=touch /tmp/x');
  await svcHost.press('Tab');
  await expect(svcHost).toHaveAttribute('aria-invalid', 'true');
  await expect(svcHost).toHaveAccessibleDescription(
    /"-oProxyCommand=touch \/tmp\/x" is not an ssh destination: the host "-oProxyCommand=touch \/tmp\/x" is not a host name or IP address; enter user@host, e\.g\. superuser@svc01\.$/,
  );
  await expect(checksPanel(page).getByRole('status')).toHaveText(/^2 blockers/);

  await goToStep(page, /Review/, 'Review & export');
  await expect(page.getByText('Export is blocked')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Download script (.ksh)' })).toHaveCount(0);
});

test('the SVC remote copy group of a Global Mirror DR test is asked beside the SVC fields and refused when it is not an SVC name', async ({
  page,
}) => {
  await startSample(page);
  await page.getByLabel('Storage', { exact: true }).selectOption('svc');
  await page.getByLabel('Copy method').selectOption('global-mirror');
  await goToStep(page, /Phase 1/, 'Phase 1 · Configure LUNs');
  await expect(page.getByLabel('SVC consistency group name')).toHaveCount(0);
  const group = page.getByRole('textbox', { name: 'SVC remote copy consistency group' });
  await group.fill('rccg;reboot');
  await group.press('Tab');
  await expect(group).toHaveAttribute('aria-invalid', 'true');
  await expect(group).toHaveAccessibleDescription(
    /"rccg;reboot" is not an SVC object name: use at most 63 letters, digits, "_", "-" and "\.", starting with a letter, e\.g\. fccg_datavg\.$/,
  );
  await group.fill('rccg_datavg');
  await expect(group).not.toHaveAttribute('aria-invalid', 'true');
});
