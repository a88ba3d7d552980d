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
    path: 'watch-list',
    title: 'Watch-list',
    loadComponent: () => import('./watch-list/watch-list-page').then((m) => m.WatchListPage),
  },
  {
    path: 'election-periods',
    title: 'Election periods',
    loadComponent: () => import('./election-periods/election-periods-page').then((m) => m.ElectionPeriodsPage),
  },
  {
    path: 'site-documents',
    title: 'House rules and moderation policy',
    loadComponent: () => import('./site-documents/site-documents-page').then((m) => m.SiteDocumentsPage),
  },
  {
    path: 'audit',
    title: 'Audit log',
    loadComponent: () => import('./audit/audit-log-page').then((m) => m.AuditLogPage),
  },
  {
    path: 'erasure',
    title: "Erase a person's data",
    loadComponent: () => import('./erasure/erasure-page').then((m) => m.ErasurePage),
  },
  {
    path: 'retention',
    title: 'Retention policies',
    loadComponent: () => import('./retention/retention-page').then((m) => m.RetentionPage),
  },
  {
    path: 'exports',
    title: 'Export the whole council',
    loadComponent: () => import('./exports/exports-page').then((m) => m.ExportsPage),
  },
  {
    path: '**',
    title: 'Page not found',
    loadComponent: () => import('../not-found/not-found-page').then((m) => m.NotFoundPage),
  },
];
