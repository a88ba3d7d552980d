import { CliCommand } from '../cli-command';
import { emailArgument, parseOptions } from '../parse-options';
import { UserRoleService } from '../user-role.service';

export const grantAdminCommand: CliCommand<{ email: string }> = {
  name: 'user:grant-admin',
  usage: 'EMAIL',
  summary: 'Make an existing person a site admin.',
  parse(args) {
    const { positionals } = parseOptions(args, {}, 1);
    return { email: emailArgument(positionals[0]) };
  },
  async run({ app, actor }, { email }, io) {
    const outcome = await app.get(UserRoleService).grantAdmin(email, actor);
    io.out.write(outcome === 'already-admin' ? `${email} is already a site admin.\n` : `${email} is now a site admin.\n`);
  },
};
