import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { UserEntity } from './user.entity';

@Injectable()
export class UserRepository {
  constructor(@InjectRepository(UserEntity) private readonly users: Repository<UserEntity>) {}

  findById(id: string): Promise<UserEntity | null> {
    return this.users.findOne({ where: { id }, relations: { department: true } });
  }

  findByEmail(email: string): Promise<UserEntity | null> {
    return this.users.findOne({ where: { email: email.toLowerCase() }, relations: { department: true } });
  }

  async create(user: Partial<UserEntity>): Promise<UserEntity> {
    const saved = await this.users.save(this.users.create({ ...user, email: user.email?.toLowerCase() }));
    return (await this.findById(saved.id)) as UserEntity;
  }

  async update(id: string, changes: Partial<UserEntity>): Promise<UserEntity> {
    await this.users.update({ id }, changes);
    return (await this.findById(id)) as UserEntity;
  }
}
