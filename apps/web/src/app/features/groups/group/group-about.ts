import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { GroupDetail } from '@moot/contracts';

/** What the group is for, its house rules and the departments it brings together. */
@Component({
  selector: 'moot-group-about',
  imports: [RouterLink],
  template: `
    @let g = group();
    @if (g.purpose) {
      <h2 class="moot-heading-m">Purpose</h2>
      <p class="moot-prose">{{ g.purpose }}</p>
    }
    <h2 class="moot-heading-m">About this group</h2>
    @if (g.descriptionHtml) {
      <!-- Sanitised by the server; Angular sanitises it again. -->
      <div class="moot-prose" [innerHTML]="g.descriptionHtml"></div>
    } @else {
      <p class="moot-hint">The group has no description yet.</p>
    }
    <h2 class="moot-heading-m">Departments taking part</h2>
    @if (g.departments.length > 0) {
      <ul class="moot-prose">
        @for (department of g.departments; track department.id) {
          <li>{{ department.name }}</li>
        }
      </ul>
    } @else {
      <p>Open to everyone, whichever department they work in.</p>
    }
    <h2 class="moot-heading-m">House rules</h2>
    @if (g.houseRulesHtml) {
      <div class="moot-prose" [innerHTML]="g.houseRulesHtml"></div>
    }
    <p class="moot-prose">The site's <a routerLink="/house-rules">house rules</a> apply in every group.</p>
    @if (!g.can.seeContent) {
      <div class="moot-notice"><p>Only members can read this group's posts.</p></div>
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class GroupAbout {
  readonly group = input.required<GroupDetail>();
}
