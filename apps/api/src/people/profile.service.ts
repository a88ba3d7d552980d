import { Injectable } from '@nestjs/common';
import type { Profile } from '@moot/contracts';
import { AuditActor, AuditOrigin, AuditService } from '../audit/audit.service';
import { AuthorizationService, Viewer } from '../authorization/authorization.service';
import { MarkdownService } from '../common/markdown/markdown.service';
import { FollowsService } from '../follows/follows.service';
import type { UserEntity } from '../users/user.entity';
import type { UpdateProfileDto } from './dto/update-profile.dto';
import { PeopleException } from './people.exception';
import { isPersonId } from './person-id';
import { changedFieldNames, identityFieldsIn, profileChanges } from './profile-changes';
import { EXCERPT_LENGTH, toActivityItem, toFormerColleagueProfile, toProfile } from './profile.mapper';
import { ProfileRepository } from './profile.repository';

/** Who is editing, for the permission check and the audit log. */
export interface ProfileEditor {
  user: UserEntity;
  actor: AuditActor;
  origin: AuditOrigin;
}

const viewerOf = (user: UserEntity): Viewer => ({ userId: user.id, role: user.role });

/** The rules of profiles: who sees which fields, groups and posts, and who may change what. */
@Injectable()
export class ProfileService {
  constructor(
    private readonly profiles: ProfileRepository,
    private readonly follows: FollowsService,
    private readonly authorization: AuthorizationService,
    private readonly markdown: MarkdownService,
    private readonly audit: AuditService,
  ) {}

  async get(viewerUser: UserEntity, personId: string): Promise<Profile> {
    const person = await this.findPerson(personId);
    if (person.status !== 'active') return toFormerColleagueProfile(person);
    const viewer = viewerOf(viewerUser);
    const isMe = viewer.userId === person.id;
    const [skills, learning, groups, posts, follow, moderationState] = await Promise.all([
      this.profiles.skills(person.id, viewer.userId),
      this.profiles.learning(person.id),
      this.profiles.groups(person.id, viewer.userId),
      this.profiles.recentPosts(person.id, viewer.userId),
      this.follows.factsFor(viewer.userId, person.id),
      this.profiles.moderationState(person.id),
    ]);
    return toProfile({
      person,
      isMe,
      seesPrivateFields: isMe || viewer.role === 'admin',
      canEdit: this.authorization.canEditProfile(viewer, person.id),
      skills,
      learning,
      groups,
      recentActivity: posts.map((post) => toActivityItem(post, (body) => this.markdown.toPlainText(body, EXCERPT_LENGTH))),
      follow,
      moderationState,
    });
  }

  async update(editor: ProfileEditor, personId: string, request: UpdateProfileDto): Promise<Profile> {
    const person = await this.findPerson(personId);
    // A former colleague's profile is frozen; to everyone else it is a name only.
    if (person.status !== 'active') throw PeopleException.notFound();
    const viewer = viewerOf(editor.user);
    if (!this.authorization.canEditProfile(viewer, person.id)) throw PeopleException.cannotEditProfile();
    const identityFields = identityFieldsIn(request);
    if (identityFields.length > 0 && viewer.role !== 'admin') throw PeopleException.identityFieldsAdminOnly(identityFields);
    await this.checkReferences(person.id, request);

    const changes = profileChanges(request, (markdown) => this.markdown.render(markdown));
    const changedFields = changedFieldNames(person, changes);
    if (changedFields.length > 0) await this.profiles.update(person.id, changes);
    if (viewer.userId !== person.id) {
      await this.audit.record({
        actor: editor.actor,
        origin: editor.origin,
        action: 'profile.admin_update',
        target: { type: 'user', id: person.id },
        details: { fields: changedFields },
      });
    }
    return this.get(editor.user, person.id);
  }

  private async findPerson(personId: string): Promise<UserEntity> {
    const person = isPersonId(personId) ? await this.profiles.findPerson(personId) : null;
    if (!person) throw PeopleException.notFound();
    return person;
  }

  private async checkReferences(personId: string, request: UpdateProfileDto): Promise<void> {
    if (request.departmentId && !(await this.profiles.departmentExists(request.departmentId))) {
      throw PeopleException.invalidReference('departmentId', 'departmentId must be the id of an existing department');
    }
    if (request.managerId === personId) throw PeopleException.invalidReference('managerId', 'managerId cannot be the person themselves');
    if (request.managerId && !(await this.profiles.activePersonExists(request.managerId))) {
      throw PeopleException.invalidReference('managerId', 'managerId must be the id of an active colleague');
    }
  }
}
