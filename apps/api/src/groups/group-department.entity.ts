import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { DepartmentEntity } from '../departments/department.entity';
import { GroupEntity } from './group.entity';

/** A department a group bridges (shown on its page; filterable in the directory). */
@Entity({ name: 'group_departments' })
@Index('IDX_group_departments_department', ['departmentId'])
export class GroupDepartmentEntity {
  @PrimaryColumn({ name: 'group_id', type: 'uuid' })
  groupId!: string;

  @PrimaryColumn({ name: 'department_id', type: 'uuid' })
  departmentId!: string;

  @ManyToOne(() => GroupEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'group_id', foreignKeyConstraintName: 'FK_group_departments_group' })
  group?: GroupEntity;

  @ManyToOne(() => DepartmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'department_id', foreignKeyConstraintName: 'FK_group_departments_department' })
  department?: DepartmentEntity;
}
