import { ChangeDetectionStrategy, Component, computed, effect, inject, input, output, signal, untracked } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatOption } from '@angular/material/core';
import { MatDialog } from '@angular/material/dialog';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatMenu, MatMenuItem, MatMenuTrigger } from '@angular/material/menu';
import { MatSelect } from '@angular/material/select';
import { DepartmentRef, GroupDetail, GroupMember, GroupRole } from '@moot/contracts';
import { firstValueFrom } from 'rxjs';

import { ROLE_LABELS, countOf, describePerson } from '../group-words';
import { GroupMembersQuery, GroupsApi } from '../groups-api';
import { apiMessage } from '../shared/api-message';
import { confirmAction } from '../shared/confirm-dialog';
import { BulkAddDialog, BulkAddDialogData } from './bulk-add-dialog';
import { InviteDialog, InviteDialogData } from './invite-dialog';

type ListState = 'loading' | 'ready' | 'hidden' | 'failed';

const ROLES: GroupRole[] = ['owner', 'manager', 'member'];

/** Who is in the group, filtered by role, department or name; managers change roles and remove people here. */
@Component({
  selector: 'moot-group-members',
  imports: [ReactiveFormsModule, MatButton, MatFormField, MatLabel, MatInput, MatSelect, MatOption, MatMenu, MatMenuItem, MatMenuTrigger],
  templateUrl: './group-members.html',
  styleUrl: '../groups.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class GroupMembers {
  private readonly api = inject(GroupsApi);
  private readonly dialog = inject(MatDialog);
  private loadNumber = 0;

  readonly group = input.required<GroupDetail>();
  readonly myId = input<string | null>(null);
  /** Bumped by the page when membership changed elsewhere (e.g. a request was approved). */
  readonly version = input(0);
  readonly changed = output<void>();

  protected readonly roles = ROLES;
  protected readonly roleLabels = ROLE_LABELS;
  protected readonly describe = describePerson;
  protected readonly filters = new FormGroup({
    q: new FormControl('', { nonNullable: true }),
    role: new FormControl<GroupRole | ''>('', { nonNullable: true }),
    department: new FormControl('', { nonNullable: true }),
  });
  protected readonly state = signal<ListState>('loading');
  protected readonly members = signal<GroupMember[]>([]);
  protected readonly departments = signal<{ department: DepartmentRef | null; count: number }[]>([]);
  protected readonly nextCursor = signal<string | null>(null);
  protected readonly loadingMore = signal(false);
  protected readonly status = signal('');
  protected readonly error = signal('');
  protected readonly busy = signal<string | null>(null);
  protected readonly canManage = computed(() => this.group().can.manage && !this.group().archived);
  protected readonly canInvite = computed(() => (this.group().can.invite || this.group().can.manage) && !this.group().archived);
  private readonly groupId = computed(() => this.group().id);

  constructor() {
    effect(() => {
      this.groupId();
      this.version();
      untracked(() => void this.load());
    });
  }

  protected search(): void {
    void this.load();
  }

  protected async showMore(): Promise<void> {
    const cursor = this.nextCursor();
    if (!cursor || this.loadingMore()) return;
    const loadNumber = this.loadNumber;
    this.loadingMore.set(true);
    try {
      const page = await this.api.members(this.groupId(), { ...this.query(), cursor });
      if (loadNumber !== this.loadNumber) return;
      this.members.update((members) => [...members, ...page.items]);
      this.nextCursor.set(page.nextCursor);
      this.status.set(`${countOf(page.items.length, 'more member', 'more members')} shown.`);
    } catch {
      if (loadNumber === this.loadNumber) this.error.set("We couldn't load more members. Try again in a moment.");
    } finally {
      if (loadNumber === this.loadNumber) this.loadingMore.set(false);
    }
  }

  protected async changeRole(member: GroupMember, role: GroupRole): Promise<void> {
    if (role === member.role) return;
    await this.act(member, async () => {
      await this.api.changeRole(this.groupId(), member.person.id, { role });
      this.status.set(`${member.person.displayName} is now ${role === 'owner' ? 'an' : 'a'} ${ROLE_LABELS[role].toLowerCase()}.`);
    });
  }

  protected async remove(member: GroupMember): Promise<void> {
    const name = member.person.displayName;
    const sure = await confirmAction(this.dialog, {
      title: `Remove ${name} from ${this.group().name}?`,
      body: 'They will no longer see members-only posts. Their posts stay in the group.',
      confirm: 'Remove from group',
      danger: true,
    });
    if (!sure) return;
    await this.act(member, async () => {
      await this.api.removeMember(this.groupId(), member.person.id);
      this.status.set(`${name} has been removed from the group.`);
    });
  }

  protected async invite(): Promise<void> {
    const ref = this.dialog.open<InviteDialog, InviteDialogData, string>(InviteDialog, {
      data: { group: this.group() },
      width: '40rem',
      maxWidth: '95vw',
      ariaModal: true,
      autoFocus: 'first-heading',
    });
    const outcome = await firstValueFrom(ref.afterClosed());
    if (outcome) this.status.set(outcome);
  }

  protected async bulkAdd(): Promise<void> {
    const ref = this.dialog.open<BulkAddDialog, BulkAddDialogData, number>(BulkAddDialog, {
      data: { group: this.group() },
      width: '44rem',
      maxWidth: '95vw',
      ariaModal: true,
      autoFocus: 'first-heading',
    });
    const added = await firstValueFrom(ref.afterClosed());
    if (added === undefined) return;
    this.status.set(`${countOf(added, 'person', 'people')} added to the group.`);
    await this.load();
    this.changed.emit();
  }

  private async act(member: GroupMember, action: () => Promise<void>): Promise<void> {
    if (this.busy()) return;
    this.busy.set(member.person.id);
    this.error.set('');
    try {
      await action();
      await this.load();
      this.changed.emit();
    } catch (error) {
      this.error.set(apiMessage(error, `We couldn't change ${member.person.displayName}'s membership. Try again in a moment.`));
    } finally {
      this.busy.set(null);
    }
  }

  private query(): GroupMembersQuery {
    const { q, role, department } = this.filters.getRawValue();
    return { q: q.trim(), role, department };
  }

  private async load(): Promise<void> {
    const loadNumber = ++this.loadNumber;
    if (this.state() !== 'ready') this.state.set('loading');
    try {
      const page = await this.api.members(this.groupId(), this.query());
      if (loadNumber !== this.loadNumber) return;
      this.members.set(page.items);
      this.departments.set(page.departments);
      this.nextCursor.set(page.nextCursor);
      this.state.set('ready');
    } catch (error) {
      if (loadNumber !== this.loadNumber) return;
      const status = (error as { status?: number }).status;
      this.state.set(status === 403 || status === 404 ? 'hidden' : 'failed');
    }
  }
}
