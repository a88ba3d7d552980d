import { provideHttpClient, withInterceptors, withNoXsrfProtection } from '@angular/common/http';
import {
  ApplicationConfig,
  provideBrowserGlobalErrorListeners,
  provideZonelessChangeDetection,
} from '@angular/core';
import {
  TitleStrategy,
  provideRouter,
  withComponentInputBinding,
  withInMemoryScrolling,
} from '@angular/router';

import { routes } from './app.routes';
import { credentialsInterceptor } from './core/http/credentials.interceptor';
import { houseRulesInterceptor } from './core/house-rules/house-rules.interceptor';
import { SiteTitleStrategy } from './core/layout/site-title-strategy';
import { provideLiveSession } from './core/realtime/live-session';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideZonelessChangeDetection(),
    provideRouter(
      routes,
      withComponentInputBinding(),
      withInMemoryScrolling({ scrollPositionRestoration: 'enabled', anchorScrolling: 'enabled' }),
    ),
    // Moot's own CSRF cookie and header replace Angular's built-in XSRF-TOKEN handling.
    provideHttpClient(withInterceptors([credentialsInterceptor, houseRulesInterceptor]), withNoXsrfProtection()),
    { provide: TitleStrategy, useClass: SiteTitleStrategy },
    provideLiveSession(),
  ],
};
