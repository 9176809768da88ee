/**
 * Routes. The URL says where the admin is: /runbooks/:id/:step deep-links to one page of one runbook.
 * Every page but the home page is lazy-loaded, so the first page stays small.
 */
import { createBrowserRouter } from 'react-router';
import { RouteError } from './layout/route-error';
import { HomePage } from './features/home/home-page';

export const router = createBrowserRouter([
  {
    path: '/',
    errorElement: <RouteError />,
    children: [
      { index: true, element: <HomePage /> },
      {
        path: 'runbooks/:runbookId',
        lazy: async () => ({ Component: (await import('./layout/wizard-layout')).WizardLayout }),
        children: [
          {
            path: ':step',
            lazy: async () => ({ Component: (await import('./layout/step-page')).StepPage }),
          },
        ],
      },
      { path: '*', element: <RouteError notFound /> },
    ],
  },
]);
