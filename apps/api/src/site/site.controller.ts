import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '../auth/auth.decorators';
import type { SiteInfo } from '@moot/contracts';
import { SiteService } from './site.service';

@Public()
@ApiTags('site')
@Controller('site')
export class SiteController {
  constructor(private readonly site: SiteService) {}

  @Get()
  @ApiOperation({ summary: 'Public facts the web app needs before sign-in (site name, development sign-in).' })
  info(): Promise<SiteInfo> {
    return this.site.info();
  }
}
