/** Button styles shared by the pages, so every action looks and focuses the same. */
export const primaryButton =
  'rounded bg-brand-600 px-4 py-2 text-white hover:bg-brand-700 disabled:cursor-not-allowed disabled:bg-slate-400';
export const secondaryButton =
  'rounded border border-slate-400 bg-white px-4 py-2 text-slate-900 hover:border-brand-600 disabled:cursor-not-allowed disabled:text-slate-500';
/** A toggle (aria-pressed): pressed, it reads as chosen, in the brand colour with a tick. */
export const toggleButton = `${secondaryButton} aria-pressed:border-brand-700 aria-pressed:bg-brand-700 aria-pressed:text-white aria-pressed:before:content-['✓_']`;
export const smallButton =
  'rounded border border-slate-400 bg-white px-2 py-1 text-sm text-slate-900 hover:border-brand-600';
