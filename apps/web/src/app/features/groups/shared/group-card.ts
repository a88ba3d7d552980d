import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { GroupSummary } from '@moot/contracts';

import { countOf, standing, typeLabel } from '../group-words';

/** One group in a list: name (a link), type in words, size, departments bridged and where you stand. */
@Component({
  selector: 'moot-group-card',
  imports: [RouterLink],
  template: `
    @let g = group();
    <article class="moot-group-card" [attr.data-group-id]="g.id">
      <h3 class="moot-heading-s">
        <a [routerLink]="['/groups', g.slug]">{{ g.name }}</a>
      </h3>
      <ul class="moot-group-card__tags" aria-label="About this group">
        <li><strong class="moot-tag moot-group-type" [class]="'moot-group-type--' + g.type">{{ type() }}</strong></li>
        @if (g.archived) {
          <li><strong class="moot-tag moot-tag--warning">Archived</strong></li>
        }
        <li>{{ members() }}</li>
        @if (standing(); as words) {
          <li><strong class="moot-group-card__standing">{{ words }}</strong></li>
        }
      </ul>
      @if (g.summary) {
        <p class="moot-group-card__summary">{{ g.summary }}</p>
      }
      @if (g.departments.length > 0) {
        <p class="moot-hint moot-group-card__departments">
          Brings together {{ departmentNames() }}
        </p>
      }
    </article>
  `,
  styleUrl: './group-card.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class GroupCard {
  readonly group = input.required<GroupSummary>();

  protected readonly type = computed(() => typeLabel(this.group().type));
  protected readonly members = computed(() => countOf(this.group().memberCount, 'member', 'members'));
  protected readonly standing = computed(() => standing(this.group()));
  protected readonly departmentNames = computed(() => {
    const names = this.group().departments.map((department) => department.name);
    return names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}` : names[0];
  });
}
