import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { DepartmentEntity } from './department.entity';

export function departmentSlug(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 100) || 'department';
}

@Injectable()
export class DepartmentRepository {
  constructor(@InjectRepository(DepartmentEntity) private readonly departments: Repository<DepartmentEntity>) {}

  /** The department of that name (case-insensitive), created when the IdP names a new one. */
  async findOrCreateByName(name: string): Promise<DepartmentEntity> {
    const slug = departmentSlug(name);
    await this.departments.createQueryBuilder().insert().values({ name, slug }).orIgnore().execute();
    const found = await this.departments.createQueryBuilder('d').where('lower(d.name) = lower(:name) OR d.slug = :slug', { name, slug }).getOne();
    if (!found) throw new Error(`department ${name} could not be created`);
    return found;
  }
}
