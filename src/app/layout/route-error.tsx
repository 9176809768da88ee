/** The error boundary of every route: says what went wrong and offers a way back; never a blank page. */
import { isRouteErrorResponse, Link, useRouteError } from 'react-router';

export function RouteError({ notFound = false }: { notFound?: boolean }) {
  const error = useRouteError();
  const title =
    notFound || (isRouteErrorResponse(error) && error.status === 404)
      ? 'Page not found'
      : 'Something went wrong';
  const detail = notFound
    ? 'There is no page at this address.'
    : isRouteErrorResponse(error)
      ? `${error.status} ${error.statusText}`
      : error instanceof Error
        ? error.message
        : 'An unexpected error stopped this page.';
  return (
    <main id="main-content" tabIndex={-1} className="mx-auto max-w-2xl p-8">
      <h1 className="text-2xl font-semibold text-slate-900">{title}</h1>
      <p className="mt-3 text-slate-700" role="alert">
        {detail}
      </p>
      <p className="mt-3 text-slate-700">
        Your runbooks are kept in this browser; nothing you entered was lost.
      </p>
      <Link className="mt-6 inline-block rounded bg-brand-600 px-4 py-2 text-white hover:bg-brand-700" to="/">
        Back to your runbooks
      </Link>
    </main>
  );
}
