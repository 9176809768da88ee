/**
 * The page to return to after signing in, from `?next=`: only a path of this app, so a crafted link
 * cannot send the user to another site after they have typed their password.
 */
export function safeNext(next: string | null): string {
  if (!next?.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  if (next.startsWith('/login') || next.startsWith('/setup')) return '/';
  return next;
}
