/** A boxed note in the page: a trap explained in place, a recommendation, or a blocking problem. */
const tones = {
  info: 'border-brand-600 bg-brand-50',
  warning: 'border-amber-600 bg-amber-50',
  danger: 'border-red-700 bg-red-50',
  ok: 'border-green-700 bg-green-50',
} as const;

export function Callout({
  tone,
  title,
  children,
}: {
  tone: keyof typeof tones;
  title: string;
  children: React.ReactNode;
}) {
  return (
    <section aria-label={title} className={`mt-4 rounded border-l-4 px-4 py-3 ${tones[tone]}`}>
      <h3 className="font-semibold">{title}</h3>
      <div className="mt-1 text-slate-800">{children}</div>
    </section>
  );
}
