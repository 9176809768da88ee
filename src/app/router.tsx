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
      // Rehearse/train/instructor (src/app/features/{train,instructor,rehearse}): lazy, with the terminal.
      {
        path: 'train',
        lazy: async () => ({ Component: (await import('./features/train/train-page')).TrainPage }),
      },
      {
        path: 'instructor',
        lazy: async () => ({
          Component: (await import('./features/instructor/instructor-page')).InstructorPage,
        }),
      },
      {
        path: 'rehearse/storage/:sessionId',
        lazy: async () => ({
          Component: (await import('./features/rehearse/storage-tab-page')).StorageTabPage,
        }),
      },
      { path: '*', element: <RouteError notFound /> },
    ],
  },
]);
