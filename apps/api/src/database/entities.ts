import { AttachmentEntity } from '../attachments/attachment.entity';
import { AuditEventEntity } from '../audit/audit-event.entity';
import { LoginLinkEntity } from '../auth/login-links/login-link.entity';
import { SamlSeenAssertionEntity } from '../auth/saml/saml-assertion.entity';
import { SamlRequestEntity } from '../auth/saml/saml-request.entity';
import { SessionEntity } from '../auth/sessions/session.entity';
import { UserIdentityEntity } from '../auth/user-identity.entity';
import { IdentityProviderEntity } from '../identity-providers/identity-provider.entity';
import { ScimGroupEntity, ScimGroupMemberEntity } from '../scim/scim-group.entity';
import { ScimTokenEntity } from '../scim/scim-token.entity';
import { FollowEntity } from '../follows/follow.entity';
import { LearningGoalEntity } from '../skills/learning-goal.entity';
import { SkillEndorsementEntity } from '../skills/skill-endorsement.entity';
import { DepartmentEntity } from '../departments/department.entity';
import { GroupDepartmentEntity } from '../groups/group-department.entity';
import { GroupInvitationEntity } from '../groups/group-invitation.entity';
import { GroupJoinRequestEntity } from '../groups/group-join-request.entity';
import { GroupMembershipEntity } from '../groups/group-membership.entity';
import { SiteSettingEntity } from '../groups/site-setting.entity';
import { GroupEntity } from '../groups/group.entity';
import { PostEntity } from '../posts/post.entity';
import { PollOptionEntity, PollVoteEntity } from '../posts/entities/poll.entities';
import { AnnouncementReadEntity, PostSeenEntity } from '../posts/entities/post-reader.entities';
import { PostMentionEntity, PostTopicEntity } from '../posts/entities/post-tag.entities';
import { PostReactionEntity, ReplyReactionEntity } from '../posts/entities/reaction.entities';
import { ReplyEntity } from '../posts/entities/reply.entity';
import { PostRevisionEntity, ReplyRevisionEntity } from '../posts/entities/revision.entities';
import { SkillEntity } from '../skills/skill.entity';
import { UserSkillEntity } from '../skills/user-skill.entity';
import { UserEntity } from '../users/user.entity';
import { RetentionPolicyEntity } from '../data-rights/retention/retention-policy.entity';
import { NotificationEntity } from '../notifications/notification.entity';
import { MODERATION_ENTITIES } from '../moderation/moderation.entities';
import { NotificationGroupPreferenceEntity, NotificationPreferenceEntity, NotificationSettingsEntity } from '../notifications/notification-preference.entities';
import { CouncilExportEntity } from '../council-export/council-export.entity';

import { HouseRulesAcceptanceEntity, SiteDocumentVersionEntity } from '../site-documents/site-document.entities';

/** Every entity, registered once for the app, the CLI data source and the tests. */
export const ENTITIES = [
  DepartmentEntity,
  UserEntity,
  SkillEntity,
  UserSkillEntity,
  GroupEntity,
  GroupMembershipEntity,
  GroupJoinRequestEntity,
  GroupInvitationEntity,
  GroupDepartmentEntity,
  SiteSettingEntity,
  PostEntity,
  ReplyEntity,
  PostRevisionEntity,
  ReplyRevisionEntity,
  PostMentionEntity,
  PostTopicEntity,
  PollOptionEntity,
  PollVoteEntity,
  PostReactionEntity,
  ReplyReactionEntity,
  PostSeenEntity,
  AnnouncementReadEntity,
  IdentityProviderEntity,
  UserIdentityEntity,
  SessionEntity,
  SamlRequestEntity,
  SamlSeenAssertionEntity,
  LoginLinkEntity,
  ScimTokenEntity,
  ScimGroupEntity,
  ScimGroupMemberEntity,
  AuditEventEntity,
  LearningGoalEntity,
  SkillEndorsementEntity,
  FollowEntity,
  AttachmentEntity,
  NotificationEntity,
  NotificationPreferenceEntity,
  NotificationGroupPreferenceEntity,
  NotificationSettingsEntity,
  CouncilExportEntity,
  RetentionPolicyEntity,
  SiteDocumentVersionEntity,
  HouseRulesAcceptanceEntity,
  ...MODERATION_ENTITIES,
];
