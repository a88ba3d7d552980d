import { LoginLinkService } from '../../auth/login-links/login-link.service';
import { CliCommand } from '../cli-command';
import { emailArgument, parseOptions } from '../parse-options';

export const loginLinkCommand: CliCommand<{ email: string }> = {
  name: 'admin:login-link',
  usage: 'EMAIL',
  summary: 'Print a one-use sign-in link for an admin, for when the identity provider is down.',
  parse(args) {
    const { positionals } = parseOptions(args, {}, 1);
    return { email: emailArgument(positionals[0]) };
  },
  async run({ app, actor }, { email }, io) {
    const link = await app.get(LoginLinkService).issue(email, actor);
    io.out.write(`${link.url}\n`);
    io.out.write(`This link signs in ${email}. It is valid for ${link.validMinutes} minutes, once. Do not share it.\n`);
  },
};
