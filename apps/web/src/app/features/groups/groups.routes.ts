import { Routes } from '@angular/router';

/** `/groups`: the directory, creating a group and each group's page (signed-in people only, see app.routes.ts). */
export const groupsRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: 'Groups',
    loadComponent: () => import('./directory/group-directory-page').then((m) => m.GroupDirectoryPage),
  },
  {
    path: 'new',
    title: 'Create a group',
    loadComponent: () => import('./create/create-group-page').then((m) => m.CreateGroupPage),
  },
  {
    path: ':slug',
    title: 'Group',
    loadComponent: () => import('./group/group-page').then((m) => m.GroupPage),
  },
];
