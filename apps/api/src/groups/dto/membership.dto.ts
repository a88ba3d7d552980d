import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { BulkAddRequest, ChangeRoleRequest, GroupRole, InviteRequest, JoinGroupRequest, TransferOwnershipRequest } from '@moot/contracts';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

export class JoinGroupDto implements JoinGroupRequest {
  @ApiPropertyOptional({ maxLength: 500, description: 'A note to the managers of a closed group.' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  message?: string;
}

export class InviteDto implements InviteRequest {
  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true, message: 'userIds must be people ids' })
  userIds?: string[];

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID('all', { message: 'departmentId must be a department id' })
  departmentId?: string;
}

export class BulkAddDto implements BulkAddRequest {
  @ApiPropertyOptional({ description: 'Email addresses separated by commas, semicolons, spaces or new lines (a CSV column works).' })
  @IsOptional()
  @IsString()
  @MaxLength(200_000)
  emails?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID('all', { message: 'departmentId must be a department id' })
  departmentId?: string;

  @ApiProperty({ description: 'True: report only, change nothing.' })
  @IsBoolean({ message: 'preview must be true or false' })
  preview!: boolean;
}

export class ChangeRoleDto implements ChangeRoleRequest {
  @ApiProperty({ enum: ['owner', 'manager', 'member'] })
  @IsIn(['owner', 'manager', 'member'], { message: 'role must be owner, manager or member' })
  role!: GroupRole;
}

export class TransferOwnershipDto implements TransferOwnershipRequest {
  @ApiProperty()
  @IsUUID('all', { message: 'userId must be a person id' })
  userId!: string;
}
