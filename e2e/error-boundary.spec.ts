import { expect, test } from './support/csp';

test('a runbook the page cannot show gives the error page with a way back, not a blank page', async ({
  page,
}) => {
  await page.goto('/');
  // A runbook damaged in storage: its source VG has a name and nothing else.
  await page.evaluate(() =>
    localStorage.setItem(
      'vgcopy.runbooks',
      JSON.stringify({
        state: {
          runbooks: {
            broken1: {
              id: 'broken1',
              name: 'Old runbook',
              facts: { sourceVg: { name: 'oldvg' } },
              lastStep: 'phase2',
              createdAt: '2026-01-01T00:00:00.000Z',
              updatedAt: '2026-01-01T00:00:00.000Z',
            },
          },
        },
        version: 1,
      }),
    ),
  );
  await page.goto('/runbooks/broken1/phase2');
  await expect(page.getByRole('heading', { name: 'Something went wrong' })).toBeVisible();
  await expect(
    page.getByText('Your runbooks are kept in this browser; nothing you entered was lost.'),
  ).toBeVisible();
  await page.getByRole('link', { name: 'Back to your runbooks' }).click();
  await expect(page.getByRole('link', { name: 'Old runbook' })).toBeVisible();
  await expect(page.getByText(/^oldvg · first copy/)).toBeVisible();
});
