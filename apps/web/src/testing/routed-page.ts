import { EnvironmentProviders, Provider, Type } from '@angular/core';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Routes, provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';

/**
 * The usual set-up for a page spec: a fake HTTP backend and the router binding query and path
 * parameters to the page's inputs. Call it in `beforeEach`; it answers the HTTP controller to flush
 * requests with (and to `verify()` in `afterEach`).
 */
export function configureRoutedPage(routes: Routes, providers: (Provider | EnvironmentProviders)[] = []): HttpTestingController {
  TestBed.configureTestingModule({
    providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter(routes, withComponentInputBinding()), ...providers],
  });
  return TestBed.inject(HttpTestingController);
}

/** Navigates to `url` (expecting `component` there, when given) and answers the harness and the page's element. */
export async function openRoutedPage(url: string, component?: Type<unknown>): Promise<{ harness: RouterTestingHarness; page: HTMLElement }> {
  const harness = await RouterTestingHarness.create();
  if (component) await harness.navigateByUrl(url, component);
  else await harness.navigateByUrl(url);
  return { harness, page: harness.routeNativeElement as HTMLElement };
}
