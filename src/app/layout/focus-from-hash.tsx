/**
 * After a "Fix on …" link (#fix=<field>), moves the focus to that field once the page has rendered, so the
 * admin lands on the input the finding is about.
 */
import { useEffect } from 'react';
import { useLocation, useParams } from 'react-router';
import { useTouched } from '../store/touched';
import { revealField } from '../ui/virtual-table';

export function FocusFromHash() {
  const { hash } = useLocation();
  const { runbookId = '' } = useParams();
  const touch = useTouched((s) => s.touch);
  useEffect(() => {
    if (!hash.startsWith('#fix=')) return;
    const field = decodeURIComponent(hash.slice('#fix='.length));
    // The admin came to fix this field: its error shows at once.
    touch(runbookId, field);
    const target = document.querySelector<HTMLElement>(`[data-field="${CSS.escape(field)}"]`);
    // A field in a row a long table has not rendered: the table renders it and moves the focus there.
    if (!target) {
      revealField(field);
      return;
    }
    // In a radio group, the checked radio is the one the keyboard lands on.
    const focusable = target.matches('input, select, textarea')
      ? target
      : (target.querySelector<HTMLElement>('input:checked') ??
        target.querySelector<HTMLElement>('input, select, textarea'));
    target.scrollIntoView({ block: 'center' });
    (focusable ?? target).focus();
  }, [hash, runbookId, touch]);
  return null;
}
