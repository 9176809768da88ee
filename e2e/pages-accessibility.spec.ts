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

test('axe-core finds no serious or critical violation on any page, at 1280x720 and 1024 wide', async ({
  page,
}) => {
  // Two viewports, seven pages, one axe run each: longer than one journey.
  test.setTimeout(180_000);
  for (const viewport of [
    { width: 1280, height: 720 },
    { width: 1024, height: 768 },
  ]) {
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
