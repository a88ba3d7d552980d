import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DepartmentEntity } from './department.entity';
import { DepartmentRepository } from './department.repository';

@Module({ imports: [TypeOrmModule.forFeature([DepartmentEntity])], providers: [DepartmentRepository], exports: [DepartmentRepository] })
export class DepartmentsModule {}
