/** "Why?" one click away: a native disclosure (keyboard and screen readers handle <details> themselves). */
export function Why({ children, label = 'Why?' }: { children: React.ReactNode; label?: string }) {
  return (
    <details className="why mt-2 text-sm">
      <summary className="cursor-pointer text-brand-700 underline">{label}</summary>
      <div className="mt-1 rounded border-l-4 border-brand-600 bg-brand-50 px-3 py-2 text-slate-800">
        {children}
      </div>
    </details>
  );
}
