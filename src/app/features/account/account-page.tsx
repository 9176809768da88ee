/** The plain frame of the sign-in and first-admin pages: the product's name and one form. */
import type { ReactNode } from 'react';

export function AccountPage({ title, children }: { title: string; children: ReactNode }) {
  return (
    <main id="main-content" tabIndex={-1} className="mx-auto max-w-md p-8 text-slate-900">
      <p className="font-semibold text-brand-900">vgcopy</p>
      <h1 className="mt-4 text-2xl font-semibold">{title}</h1>
      {children}
    </main>
  );
}
