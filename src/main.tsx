import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { preloadCurrentStep } from './app/preload-current-step';
import { router } from './app/router';
import './styles/app.css';

await preloadCurrentStep();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <RouterProvider router={router} />
  </StrictMode>,
);
