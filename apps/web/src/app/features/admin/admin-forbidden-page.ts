import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';

/** What a signed-in member sees at an admin address: why not, and what to do instead. */
@Component({
  selector: 'moot-admin-forbidden-page',
  imports: [RouterLink],
  template: `
    <h1 class="moot-heading-xl">You need to be a site admin</h1>
    <div class="moot-prose">
      <p>This part of the site is for the people who look after it, usually your IT or digital team.</p>
      <p>If you need to change how people sign in, ask your IT service desk.</p>
      <p><a routerLink="/">Go to the home page</a></p>
    </div>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AdminForbiddenPage {}
