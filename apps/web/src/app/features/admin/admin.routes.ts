import { Routes } from '@angular/router';

/** The admin area, loaded only for site admins (see adminGuard in app.routes.ts). */
export const adminRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: 'Admin',
    loadComponent: () => import('./admin-home-page').then((m) => m.AdminHomePage),
  },
  {
    path: 'identity-providers',
    title: 'Identity providers',
    loadComponent: () =>
      import('./identity-providers/identity-provider-list-page').then((m) => m.IdentityProviderListPage),
  },
  {
    path: 'identity-providers/new',
    title: 'Add an identity provider',
    loadComponent: () =>
      import('./identity-providers/identity-provider-form-page').then((m) => m.IdentityProviderFormPage),
  },
  {
    path: 'identity-providers/:id',
    title: 'Identity provider',
    loadComponent: () => import('./identity-providers/identity-provider-page').then((m) => m.IdentityProviderPage),
  },
  {
    path: 'identity-providers/:id/edit',
    title: 'Change identity provider',
    loadComponent: () =>
      import('./identity-providers/identity-provider-form-page').then((m) => m.IdentityProviderFormPage),
  },
  {
    path: 'scim-tokens',
    title: 'SCIM tokens',
    loadComponent: () => import('./scim-tokens/scim-tokens-page').then((m) => m.ScimTokensPage),
  },
  {
    path: '**',
    title: 'Page not found',
    loadComponent: () => import('../not-found/not-found-page').then((m) => m.NotFoundPage),
  },
];
