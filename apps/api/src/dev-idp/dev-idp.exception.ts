/** Why the development IdP refused a request; shown to the person on a plain HTML page. */
export class DevIdpException extends Error {
  override name = 'DevIdpException';

  private constructor(
    readonly status: 400 | 404,
    readonly title: string,
    message: string,
  ) {
    super(message);
  }

  static badRequest(message: string): DevIdpException {
    return new DevIdpException(400, 'This sign-in request cannot be used', message);
  }

  static unknownUser(): DevIdpException {
    return new DevIdpException(404, 'Person not found', 'There is no person with that id. Go back to Moot and start signing in again.');
  }

  static inactiveUser(displayName: string): DevIdpException {
    return new DevIdpException(400, 'This person cannot sign in', `${displayName} is deactivated, so they cannot sign in. Choose someone else.`);
  }
}
