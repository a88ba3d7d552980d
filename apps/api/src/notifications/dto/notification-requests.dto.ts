import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { NOTIFICATION_TYPES, type Delivery, type NotificationType } from '@moot/contracts';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, ValidateIf, ValidateNested } from 'class-validator';

export const DELIVERIES: readonly Delivery[] = ['in_app', 'email_now', 'daily_digest', 'weekly_digest', 'off'];
const DELIVERY_MESSAGE = `delivery must be one of ${DELIVERIES.join(', ')}`;
const HH_MM = /^([01][0-9]|2[0-3]):[0-5][0-9]$/;

const toBoolean = ({ value }: { value: unknown }): unknown => (value === 'true' || value === '1' ? true : value === 'false' || value === '0' ? false : value);

/** `GET /api/notifications`. */
export class NotificationsQueryDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(200)
  cursor?: string;

  @ApiPropertyOptional({ description: 'Only unread notifications.' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean({ message: 'unreadOnly must be true or false' })
  unreadOnly?: boolean;

  @ApiPropertyOptional({ minimum: 1, maximum: 50, default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'limit must be a whole number' })
  @Min(1)
  @Max(50)
  limit?: number;
}

export class TypePreferenceDto {
  @ApiProperty({ enum: NOTIFICATION_TYPES })
  @IsIn(NOTIFICATION_TYPES, { message: `type must be one of ${NOTIFICATION_TYPES.join(', ')}` })
  type!: NotificationType;

  @ApiProperty({ enum: DELIVERIES })
  @IsIn(DELIVERIES, { message: DELIVERY_MESSAGE })
  delivery!: Delivery;
}

export class GroupPreferenceDto {
  @ApiProperty()
  @IsUUID('all', { message: 'groupId must be a group id' })
  groupId!: string;

  @ApiProperty({ enum: DELIVERIES, nullable: true, description: 'Null: follow the per-type settings.' })
  @ValidateIf((choice: GroupPreferenceDto) => choice.delivery !== null)
  @IsIn(DELIVERIES, { message: `${DELIVERY_MESSAGE}, or null` })
  delivery!: Delivery | null;
}

export class QuietHoursDto {
  @ApiProperty({ example: '21:00' })
  @Matches(HH_MM, { message: 'start must be a time as HH:MM, e.g. 21:00' })
  start!: string;

  @ApiProperty({ example: '07:30' })
  @Matches(HH_MM, { message: 'end must be a time as HH:MM, e.g. 07:30' })
  end!: string;
}

/** `PUT /api/notifications/preferences`: only what is sent changes. */
export class UpdateNotificationPreferencesDto {
  @ApiPropertyOptional({ type: [TypePreferenceDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(NOTIFICATION_TYPES.length * 2)
  @ValidateNested({ each: true })
  @Type(() => TypePreferenceDto)
  types?: TypePreferenceDto[];

  @ApiPropertyOptional({ type: [GroupPreferenceDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => GroupPreferenceDto)
  groups?: GroupPreferenceDto[];

  @ApiPropertyOptional({ type: QuietHoursDto, nullable: true, description: 'Null: no quiet hours.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => QuietHoursDto)
  quietHours?: QuietHoursDto | null;
}
