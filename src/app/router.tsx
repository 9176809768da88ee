/**
 * Routes. The URL says where the admin is: /runbooks/:id/:step deep-links to one page of one runbook.
 * Every page but the home page is lazy-loaded, so the first page stays small.
 */
import { createBrowserRouter } from 'react-router';
import { RouteError } from './layout/route-error';
import { SessionGate } from './layout/session-gate';
import { HomePage } from './features/home/home-page';

export const router = createBrowserRouter([
  // Sign-in and the first admin's page are open to everyone; every other page passes the session gate.
  {
    path: '/login',
    errorElement: <RouteError />,
    lazy: async () => ({ Component: (await import('./features/account/sign-in-page')).SignInPage }),
  },
  {
    path: '/setup',
    errorElement: <RouteError />,
    lazy: async () => ({ Component: (await import('./features/account/setup-page')).SetupPage }),
  },
  {
    path: '/',
    element: <SessionGate />,
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
      {
        path: 'admin/users',
        lazy: async () => ({ Component: (await import('./features/users/users-page')).UsersPage }),
      },
      { path: '*', element: <RouteError notFound /> },
    ],
  },
]);
