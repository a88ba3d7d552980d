import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input, linkedSignal, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { HideableField, Profile } from '@moot/contracts';
import { ReportButton } from '@moot/web/features/moderation/report-button';

import { PeopleApi } from '../people-api';
import { Avatar } from '../shared/avatar';
import { PersonSkills } from './person-skills';
import { CONTACT_METHOD_WORDS, groupRoleWords } from './profile-words';

/** Everything a colleague may see of a person, with Follow and Endorse for other people's pages. */
@Component({
  selector: 'moot-person-profile',
  imports: [Avatar, DatePipe, MatButton, PersonSkills, ReportButton, RouterLink],
  templateUrl: './person-profile.html',
  styleUrl: './person-profile.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PersonProfile {
  private readonly api = inject(PeopleApi);

  readonly initialProfile = input.required<Profile>({ alias: 'profile' });

  protected readonly profile = linkedSignal(() => this.initialProfile());
  protected readonly following = signal(false);
  protected readonly followFailed = signal(false);
  protected readonly contactWords = CONTACT_METHOD_WORDS;
  protected readonly groupRole = groupRoleWords;
  protected readonly helpsWith = computed(() => this.profile().skills.filter((skill) => skill.offersHelp));
  protected readonly showActions = computed(() => !this.profile().isMe);

  /** On your own page: say which fields colleagues do not see. */
  protected hiddenFromOthers(field: HideableField): boolean {
    return this.profile().hiddenFields?.includes(field) ?? false;
  }

  protected async toggleFollow(): Promise<void> {
    if (this.following()) return;
    const profile = this.profile();
    const follow = !profile.followedByMe;
    this.following.set(true);
    this.followFailed.set(false);
    try {
      await this.api.follow(profile.id, follow);
      this.profile.update((current) => ({
        ...current,
        followedByMe: follow,
        followerCount: Math.max(0, current.followerCount + (follow ? 1 : -1)),
      }));
    } catch {
      this.followFailed.set(true);
    } finally {
      this.following.set(false);
    }
  }
}
