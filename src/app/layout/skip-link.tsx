/**
 * "Skip to main content": the first thing the keyboard reaches on every page, hidden until focused. Every
 * page's <main> has the id it targets (and tabIndex -1, so the focus moves there with it).
 */
export function SkipLink() {
  return (
    <a
      href="#main-content"
      className="sr-only focus:not-sr-only focus:fixed focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:px-4 focus:py-2 focus:text-brand-900 focus:shadow"
    >
      Skip to main content
    </a>
  );
}
