import { Routes } from '@angular/router';

/** `/people/…`: the directory and colleagues' profiles (behind authGuard in app.routes.ts). */
export const peopleRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: 'Find people',
    loadComponent: () => import('./directory/directory-page').then((m) => m.DirectoryPage),
  },
  {
    path: ':id',
    title: 'Colleague',
    loadComponent: () => import('./person/person-page').then((m) => m.PersonPage),
  },
];

/** `/profile/…`: your own profile and the form to change it. */
export const profileRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: 'Your profile',
    loadComponent: () => import('./profile/profile-page').then((m) => m.ProfilePage),
  },
  {
    path: 'edit',
    title: 'Edit your profile',
    loadComponent: () => import('./profile-edit/profile-edit-page').then((m) => m.ProfileEditPage),
  },
];
