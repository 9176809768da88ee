/**
 * Which fields React re-rendered: the page is given the hook React DevTools uses (React calls it after
 * every commit, in production builds too), and at each commit the props object of every element with a
 * data-field is compared with the one of the commit before. React makes a new props object only when the
 * component that renders the element runs again, so a changed object is a re-render, an unchanged one a
 * skipped (memoised) component.
 */
import type { Page } from '@playwright/test';

interface Fiber {
  type: unknown;
  memoizedProps: Record<string, unknown> | null;
  child: Fiber | null;
  sibling: Fiber | null;
}

/** Installs the hook; call before the page loads. */
export async function watchFieldRenders(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const last = new Map<string, unknown>();
    const rendered = new Set<string>();
    Object.assign(window, {
      vgcopyRendered: rendered,
      __REACT_DEVTOOLS_GLOBAL_HOOK__: {
        supportsFiber: true,
        renderers: new Map(),
        inject: () => 1,
        onScheduleFiberRoot() {},
        onCommitFiberUnmount() {},
        onPostCommitFiberRoot() {},
        checkDCE() {},
        onCommitFiberRoot(_renderer: number, root: { current: Fiber }) {
          const stack: (Fiber | null)[] = [root.current];
          while (stack.length > 0) {
            const fiber = stack.pop();
            if (!fiber) continue;
            const field = typeof fiber.type === 'string' ? fiber.memoizedProps?.['data-field'] : undefined;
            if (typeof field === 'string') {
              if (last.has(field) && last.get(field) !== fiber.memoizedProps) rendered.add(field);
              last.set(field, fiber.memoizedProps);
            }
            stack.push(fiber.child, fiber.sibling);
          }
        },
      },
    });
  });
}

/** Forgets the fields re-rendered so far. */
export async function forgetRenders(page: Page): Promise<void> {
  await page.evaluate(() => (window as unknown as { vgcopyRendered: Set<string> }).vgcopyRendered.clear());
}

/** The fields re-rendered since forgetRenders whose path matches `pattern`, sorted. */
export async function fieldsRendered(page: Page, pattern: RegExp): Promise<string[]> {
  return page.evaluate(
    (source) =>
      [...(window as unknown as { vgcopyRendered: Set<string> }).vgcopyRendered]
        .filter((f) => new RegExp(source).test(f))
        .sort(),
    pattern.source,
  );
}
