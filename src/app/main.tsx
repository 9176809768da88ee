import './zod-without-eval';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { SkipLink } from './layout/skip-link';
import { router } from './router';
import { startSession } from './store/session';
import './styles.css';

startSession();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <SkipLink />
    <RouterProvider router={router} />
  </StrictMode>,
);
