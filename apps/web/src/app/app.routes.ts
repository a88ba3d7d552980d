import { Routes } from '@angular/router';

import { authGuard } from './core/auth/auth.guard';
import { houseRulesGuard } from './core/house-rules/house-rules.guard';
import { adminGuard } from './features/admin/admin.guard';

/** Page titles get " – <site name>" added by SiteTitleStrategy. */
export const routes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: 'Home',
    canActivate: [houseRulesGuard],
    loadComponent: () => import('./features/home/home-page').then((m) => m.HomePage),
  },
  {
    path: 'sign-in',
    title: 'Sign in',
    loadComponent: () => import('./features/sign-in/sign-in-page').then((m) => m.SignInPage),
  },
  {
    path: 'accessibility',
    title: 'Accessibility statement',
    loadComponent: () =>
      import('./features/accessibility-statement/accessibility-statement-page').then(
        (m) => m.AccessibilityStatementPage,
      ),
  },
  {
    path: 'house-rules/accept',
    title: 'Accept the house rules',
    canActivate: [authGuard],
    loadComponent: () => import('./core/house-rules/house-rules-accept-page').then((m) => m.HouseRulesAcceptPage),
  },
  {
    path: 'house-rules',
    title: 'House rules',
    canActivate: [authGuard],
    loadComponent: () => import('./features/house-rules/house-rules-page').then((m) => m.HouseRulesPage),
  },
  {
    path: 'moderation-policy',
    title: 'Moderation policy',
    canActivate: [authGuard],
    loadComponent: () => import('./features/moderation-policy/moderation-policy-page').then((m) => m.ModerationPolicyPage),
  },
  {
    path: 'people',
    canActivate: [authGuard, houseRulesGuard],
    loadChildren: () => import('./features/people/people.routes').then((m) => m.peopleRoutes),
  },
  {
    path: 'profile',
    canActivate: [authGuard, houseRulesGuard],
    loadChildren: () => import('./features/people/people.routes').then((m) => m.profileRoutes),
  },
  {
    path: 'groups',
    canActivate: [authGuard, houseRulesGuard],
    loadChildren: () => import('./features/groups/groups.routes').then((m) => m.groupsRoutes),
  },
  {
    path: 'posts/:id',
    title: 'Post',
    canActivate: [authGuard, houseRulesGuard],
    loadComponent: () => import('./features/discussion/thread-page').then((m) => m.ThreadPage),
  },
  {
    path: 'topics/:topic',
    title: 'Topic',
    canActivate: [authGuard, houseRulesGuard],
    loadComponent: () => import('./features/discussion/topic-page').then((m) => m.TopicPage),
  },
  {
    path: 'notifications/preferences',
    title: 'Notification settings',
    canActivate: [authGuard, houseRulesGuard],
    loadComponent: () =>
      import('./features/notifications/notification-preferences-page').then((m) => m.NotificationPreferencesPage),
  },
  {
    path: 'search',
    title: 'Search',
    canActivate: [authGuard, houseRulesGuard],
    loadComponent: () => import('./features/search/search-page').then((m) => m.SearchPage),
  },
  {
    path: 'moderation',
    canActivate: [authGuard, houseRulesGuard],
    loadChildren: () => import('./features/moderation/moderation.routes').then((m) => m.moderationRoutes),
  },
  {
    path: 'admin',
    canMatch: [adminGuard],
    canActivate: [houseRulesGuard],
    loadChildren: () => import('./features/admin/admin.routes').then((m) => m.adminRoutes),
  },
  {
    // Reached only by signed-in people who are not site admins (adminGuard refused the match).
    path: 'admin',
    children: [
      {
        path: '**',
        title: 'You need to be a site admin',
        loadComponent: () =>
          import('./features/admin/admin-forbidden-page').then((m) => m.AdminForbiddenPage),
      },
    ],
  },
  {
    path: '**',
    title: 'Page not found',
    loadComponent: () => import('./features/not-found/not-found-page').then((m) => m.NotFoundPage),
  },
];
