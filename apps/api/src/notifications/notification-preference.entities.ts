import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { Delivery, NotificationType } from '@moot/contracts';
import { GroupEntity } from '../groups/group.entity';
import { UserEntity } from '../users/user.entity';

const DELIVERY_CHECK = `"delivery" IN ('in_app', 'email_now', 'daily_digest', 'weekly_digest', 'off')`;

/** A person's choice for one type; no row means the quiet default. */
@Entity({ name: 'notification_preferences' })
@Check('CHK_notification_preferences_delivery', DELIVERY_CHECK)
export class NotificationPreferenceEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @PrimaryColumn({ type: 'varchar', length: 32 })
  type!: NotificationType;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_notification_preferences_user' })
  user?: UserEntity;

  @Column({ type: 'varchar', length: 16 })
  delivery!: Delivery;
}

/** A person's choice for everything from one group; it wins over the per-type choice. */
@Entity({ name: 'notification_group_preferences' })
@Check('CHK_notification_group_preferences_delivery', DELIVERY_CHECK)
export class NotificationGroupPreferenceEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @PrimaryColumn({ name: 'group_id', type: 'uuid' })
  groupId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_notification_group_preferences_user' })
  user?: UserEntity;

  @ManyToOne(() => GroupEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'group_id', foreignKeyConstraintName: 'FK_notification_group_preferences_group' })
  group?: GroupEntity;

  @Column({ type: 'varchar', length: 16 })
  delivery!: Delivery;
}

/** Quiet hours ("HH:MM", Europe/London): no email is sent between them. */
@Entity({ name: 'notification_settings' })
@Check('CHK_notification_settings_quiet_hours', `"quiet_start" ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$' AND "quiet_end" ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'`)
export class NotificationSettingsEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_notification_settings_user' })
  user?: UserEntity;

  @Column({ name: 'quiet_start', type: 'varchar', length: 5 })
  quietStart!: string;

  @Column({ name: 'quiet_end', type: 'varchar', length: 5 })
  quietEnd!: string;
}
