import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { IdentityProviderEntity } from '../identity-providers/identity-provider.entity';
import { UserEntity } from '../users/user.entity';

/** Links a person to the NameID an identity provider knows them by. */
@Entity({ name: 'user_identities' })
@Index('UQ_user_identities_idp_name_id', ['identityProviderId', 'nameId'], { unique: true })
export class UserIdentityEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('IDX_user_identities_user')
  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_user_identities_user' })
  user?: UserEntity;

  @Column({ name: 'identity_provider_id', type: 'uuid' })
  identityProviderId!: string;

  @ManyToOne(() => IdentityProviderEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'identity_provider_id', foreignKeyConstraintName: 'FK_user_identities_idp' })
  identityProvider?: IdentityProviderEntity;

  @Column({ name: 'name_id', type: 'varchar', length: 512 })
  nameId!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'last_used_at', type: 'timestamptz', nullable: true })
  lastUsedAt!: Date | null;
}
