import { Routes } from '@angular/router';

/** `/moderation`: the queue (managers and admins), your own decisions (everyone), and a group's election periods. */
export const moderationRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: 'Moderation',
    loadComponent: () => import('./moderation-queue-page').then((m) => m.ModerationQueuePage),
  },
  {
    path: 'decisions',
    title: 'Your moderation decisions',
    loadComponent: () => import('./moderation-decisions-page').then((m) => m.ModerationDecisionsPage),
  },
  {
    path: 'election-periods',
    title: 'Election periods',
    loadComponent: () => import('../admin/election-periods/election-periods-page').then((m) => m.ElectionPeriodsPage),
  },
];
