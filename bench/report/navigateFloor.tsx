// The floor of an in-app navigation to the report: the same home page and on-demand page load
// as navigate.tsx, the page being ReportFloor's plain rows.
import { lazy } from 'react';
import { renderWithHome } from './homeShell';

renderWithHome(
  lazy(() => import('./ReportFloor').then(m => ({ default: m.Floor }))),
);
