import { ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import type { UpdateGroupRequest } from '@moot/contracts';
import { IsUUID, ValidateIf } from 'class-validator';
import { CreateGroupDto } from './create-group.dto';

/** `PATCH /api/groups/:id`: only the fields sent change; the same rules as creating, slug fixed. */
export class UpdateGroupDto extends PartialType(OmitType(CreateGroupDto, ['slug'] as const)) implements UpdateGroupRequest {
  @ApiPropertyOptional({ nullable: true, description: 'Site admins only: the SCIM group whose members this group follows; null unlinks.' })
  @ValidateIf((_object, value) => value !== null && value !== undefined)
  @IsUUID('all', { message: 'linkedScimGroupId must be a SCIM group id' })
  linkedScimGroupId?: string | null;
}
