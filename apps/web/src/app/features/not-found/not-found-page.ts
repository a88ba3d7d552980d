import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';

@Component({
  selector: 'moot-not-found-page',
  imports: [RouterLink],
  template: `
    <h1 class="moot-heading-xl">Page not found</h1>
    <div class="moot-prose">
      <p>If you typed the web address, check it is correct.</p>
      <p>If you pasted the web address, check you copied the entire address.</p>
      <p>Some pages are only visible to members of a group. If someone sent you this link, ask them to check it.</p>
      <p><a routerLink="/">Go to the home page</a></p>
    </div>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NotFoundPage {}
