import { Injectable } from '@nestjs/common';
import type { SiteInfo } from '@moot/contracts';
import { AppConfig } from '../config/app-config';
import { IdentityProviderRepository } from '../identity-providers/identity-provider.repository';

@Injectable()
export class SiteService {
  constructor(
    private readonly config: AppConfig,
    private readonly providers: IdentityProviderRepository,
  ) {}

  async info(): Promise<SiteInfo> {
    const devIdpEnabled = !this.config.isProduction && (await this.providers.isDevelopmentProviderEnabled());
    return { siteName: this.config.siteName, devIdpEnabled };
  }
}
