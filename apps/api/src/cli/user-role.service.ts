import { Injectable } from '@nestjs/common';
import { AuditActor, AuditService } from '../audit/audit.service';
import { UserRepository } from '../users/user.repository';
import { CliError } from './cli-command';

/** Role changes made from the server's command line (the first admin, or a lost one). */
@Injectable()
export class UserRoleService {
  constructor(
    private readonly users: UserRepository,
    private readonly audit: AuditService,
  ) {}

  async grantAdmin(email: string, actor: AuditActor): Promise<'granted' | 'already-admin'> {
    const user = await this.users.findByEmail(email);
    if (!user) throw new CliError(`no one in Moot has the email address ${email}; they must sign in once (or be provisioned by SCIM) first.`);
    if (user.status !== 'active') throw new CliError(`${user.email} is deactivated; reactivate the account first.`);
    if (user.role === 'admin') return 'already-admin';
    await this.users.update(user.id, { role: 'admin' });
    await this.audit.record({
      actor,
      action: 'user.grant_admin',
      target: { type: 'user', id: user.id },
      details: { email: user.email, previousRole: user.role },
    });
    return 'granted';
  }
}
