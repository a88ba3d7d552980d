import { DepartmentEntity } from '../departments/department.entity';
import { GroupMembershipEntity } from '../groups/group-membership.entity';
import { GroupEntity } from '../groups/group.entity';
import { PostEntity } from '../posts/post.entity';
import { SkillEntity } from '../skills/skill.entity';
import { UserSkillEntity } from '../skills/user-skill.entity';
import { UserEntity } from '../users/user.entity';

/** Every entity, registered once for the app, the CLI data source and the tests. */
export const ENTITIES = [DepartmentEntity, UserEntity, SkillEntity, UserSkillEntity, GroupEntity, GroupMembershipEntity, PostEntity];
