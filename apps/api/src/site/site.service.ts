import { Injectable } from '@nestjs/common';
import type { SiteInfo } from '@moot/contracts';
import { AppConfig } from '../config/app-config';

@Injectable()
export class SiteService {
  constructor(private readonly config: AppConfig) {}

  info(): SiteInfo {
    return { siteName: this.config.siteName, devIdpEnabled: !this.config.isProduction };
  }
}
