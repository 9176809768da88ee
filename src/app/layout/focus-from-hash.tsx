/**
 * After a "Fix on …" link (#fix=<field>), moves the focus to that field once the page has rendered, so the
 * admin lands on the input the finding is about.
 */
import { useEffect } from 'react';
import { useLocation } from 'react-router';

export function FocusFromHash() {
  const { hash } = useLocation();
  useEffect(() => {
    if (!hash.startsWith('#fix=')) return;
    const field = decodeURIComponent(hash.slice('#fix='.length));
    const target = document.querySelector<HTMLElement>(`[data-field="${CSS.escape(field)}"]`);
    if (!target) return;
    // In a radio group, the checked radio is the one the keyboard lands on.
    const focusable = target.matches('input, select, textarea')
      ? target
      : (target.querySelector<HTMLElement>('input:checked') ??
        target.querySelector<HTMLElement>('input, select, textarea'));
    target.scrollIntoView({ block: 'center' });
    (focusable ?? target).focus();
  }, [hash]);
  return null;
}
