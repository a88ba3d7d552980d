import { Router } from '@angular/router';

/**
 * Opens a same-origin path from the API (it may carry `#reply-…`) inside the app, unless the
 * person asked for a new tab or window. Returns true when the app navigated.
 */
export function followInApp(event: MouseEvent, router: Router, link: string): boolean {
  if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return false;
  event.preventDefault();
  void router.navigateByUrl(link);
  return true;
}
