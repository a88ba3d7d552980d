import { CanActivate, Injectable, NotFoundException } from '@nestjs/common';
import { AppConfig } from '../config/app-config';

/** In production the development IdP does not exist: every route answers 404. */
@Injectable()
export class DevIdpEnabledGuard implements CanActivate {
  constructor(private readonly config: AppConfig) {}

  canActivate(): boolean {
    if (this.config.isProduction) throw new NotFoundException('There is no development identity provider in production.');
    return true;
  }
}
