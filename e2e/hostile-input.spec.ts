import { expect, test } from '@playwright/test';
import { checksPanel, goToStep, startSample } from './support/wizard';

test('shell code typed into the wizard is refused at its field, and the script cannot be exported', async ({
  page,
}) => {
  await startSample(page);
  await page.getByLabel('Storage', { exact: true }).selectOption('svc');
  const sourceVg = page.getByLabel('Source volume group');
  await sourceVg.fill('$(reboot)');
  await expect(sourceVg).toHaveAttribute('aria-invalid', 'true');
  await expect(sourceVg).toHaveAccessibleDescription(
    /"\$\(reboot\)" contains characters AIX does not allow in a device name: use only letters, digits, "_", "-" and "."\.$/,
  );

  await goToStep(page, /Phase 1/, 'Phase 1 · Configure LUNs');
  await page.getByLabel('The script, through the storage CLI reachable from this host').check();
  const svcHost = page.getByLabel('SVC cluster (user@host)');
  await svcHost.fill('-oProxyCommand=touch /tmp/x');
  await expect(svcHost).toHaveAttribute('aria-invalid', 'true');
  await expect(svcHost).toHaveAccessibleDescription(
    /"-oProxyCommand=touch \/tmp\/x" is not an ssh destination: the host "-oProxyCommand=touch \/tmp\/x" is not a host name or IP address; enter user@host, e\.g\. superuser@svc01\.$/,
  );
  await expect(checksPanel(page).getByRole('status')).toHaveText(/^2 blockers/);

  await goToStep(page, /Review/, 'Review & export');
  await expect(page.getByText('Export is blocked')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Download script (.ksh)' })).toHaveCount(0);
});
