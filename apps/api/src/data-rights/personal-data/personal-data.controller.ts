import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import { ApiCookieAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { RateLimitException } from '../../common/rate-limit/rate-limit.exception';
import { auditActorOf, auditOriginOf, RequestWithAuth } from '../../auth/auth-context';
import { PersonalDataQueryDto } from '../dto/personal-data-query.dto';
import { PersonalDataService } from './personal-data.service';

@ApiTags('people')
@ApiCookieAuth('moot_session')
@Controller('people/me')
export class PersonalDataController {
  constructor(private readonly personalData: PersonalDataService) {}

  @Get('data')
  @ApiOperation({ summary: 'Downloads everything you wrote and your profile, as JSON or a readable HTML page. At most 10 an hour.' })
  @ApiProduces('application/json', 'text/html')
  async download(@Query() query: PersonalDataQueryDto, @Req() request: RequestWithAuth, @Res() response: Response): Promise<void> {
    const format = query.format ?? 'json';
    const retryAfter = await this.personalData.retryAfterSeconds(request.auth!.user.id);
    if (retryAfter !== null) {
      response.setHeader('Retry-After', String(retryAfter));
      throw RateLimitException.tooMany(retryAfter);
    }
    const download = await this.personalData.prepare(request.auth!.user.id, format, auditActorOf(request), auditOriginOf(request));
    response.status(200);
    response.setHeader('Content-Type', download.contentType);
    response.setHeader('Content-Disposition', `attachment; filename="${download.fileName}"`);
    response.setHeader('Cache-Control', 'no-store');
    try {
      await download.write(response);
    } catch (error) {
      // Headers are gone: the only honest signal left is a cut-off download.
      response.destroy(error as Error);
    }
  }
}
