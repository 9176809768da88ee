import { expectNoSeriousViolations } from './support/axe';
import { expect, test } from './support/csp';
import { goToStep, openHome, startSample } from './support/wizard';

const steps = [
  { link: /Start/, heading: 'Start' },
  { link: /Phase 1/, heading: 'Phase 1 · Configure LUNs' },
  { link: /Consistency/, heading: 'Consistency' },
  { link: /Phase 2/, heading: 'Phase 2 · Access the VG' },
  { link: /Review/, heading: 'Review & export' },
  { link: /Rehearse/, heading: 'Rehearse' },
];

/** A laptop's 1280x720 and a 1024-wide window. */
const viewports = [
  { width: 1280, height: 720 },
  { width: 1024, height: 768 },
];

test('axe-core finds no serious or critical violation on any page, at 1280x720 and 1024 wide', async ({
  page,
}) => {
  // Two viewports, seven pages, one axe run each: longer than one journey.
  test.setTimeout(180_000);
  for (const viewport of viewports) {
    await page.setViewportSize(viewport);
    await openHome(page);
    await expectNoSeriousViolations(page, `home at ${viewport.width}`);
    await startSample(page);
    for (const step of steps) {
      await goToStep(page, step.link, step.heading);
      await expectNoSeriousViolations(page, `${step.heading} at ${viewport.width}`);
      // Nothing may overflow the window sideways on a laptop screen.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `horizontal overflow on ${step.heading} at ${viewport.width}`).toBeLessThanOrEqual(0);
      await page.screenshot({
        path: `test-results/pages/${viewport.width}-${step.heading.replace(/\W+/g, '-')}.png`,
        fullPage: true,
      });
    }
  }
});

test('axe-core finds no serious violation on an unanswered new runbook: open questions, a suggestion, a blocked export', async ({
  page,
}) => {
  test.setTimeout(120_000);
  for (const viewport of viewports) {
    await page.setViewportSize(viewport);
    await openHome(page);
    await page.getByRole('button', { name: 'New runbook' }).click();
    await expectNoSeriousViolations(page, `a new runbook's Start at ${viewport.width}`);
    await goToStep(page, /Consistency/, 'Consistency');
    const question = page.getByRole('group', {
      name: '1. Can the file systems be unmounted while the copy is taken?',
    });
    await expect(question.getByText('Not answered yet.')).toBeVisible();
    await expectNoSeriousViolations(page, `unanswered Consistency at ${viewport.width}`);
    await question.getByLabel('No').check();
    await page.getByRole('button', { name: 'Add DB2' }).click();
    await expectNoSeriousViolations(page, `Consistency, mounted, DB2 unanswered at ${viewport.width}`);
    // Review with every blocker, then the errors it reveals at their fields.
    await goToStep(page, /Review/, 'Review & export');
    await expect(page.getByRole('region', { name: 'Export is blocked' })).toBeVisible();
    await expectNoSeriousViolations(page, `blocked Review at ${viewport.width}`);
    await goToStep(page, /Phase 1/, 'Phase 1 · Configure LUNs');
    await page.getByLabel('After the copy is made').check();
    await page.getByRole('button', { name: 'Vary off the source VG before cfgmgr' }).click();
    await expectNoSeriousViolations(page, `Phase 1 with its errors shown at ${viewport.width}`);
    await goToStep(page, /Start/, 'Start');
    await expectNoSeriousViolations(page, `Start with its errors shown at ${viewport.width}`);

    // The sample's JFS2 file systems on AIX 7.2 kept mounted: freeze/thaw is suggested, not chosen.
    await startSample(page);
    await goToStep(page, /Consistency/, 'Consistency');
    await page
      .getByRole('group', { name: '1. Can the file systems be unmounted while the copy is taken?' })
      .getByLabel('No')
      .check();
    const suggestion = page.getByRole('region', { name: 'Suggested: JFS2 freeze/thaw' });
    await expect(suggestion).toContainText('Every file system is JFS2 and AIX 7.2 has JFS2 freeze/thaw.');
    await expect(page.getByLabel('JFS2 freeze/thaw around the copy')).not.toBeChecked();
    await expectNoSeriousViolations(page, `Consistency with a suggestion at ${viewport.width}`);
    await suggestion.getByRole('button', { name: 'Accept the suggestion: freeze/thaw' }).click();
    await expect(page.getByLabel('JFS2 freeze/thaw around the copy')).toBeChecked();
  }
});
