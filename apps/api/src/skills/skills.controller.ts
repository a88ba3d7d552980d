import { Controller, Get, Query } from '@nestjs/common';
import { ApiCookieAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { SkillSuggestionsResponse } from '@moot/contracts';
import { SkillSuggestionsQueryDto } from './dto/skill-requests.dto';
import { SkillsService } from './skills.service';

@ApiTags('skills')
@ApiCookieAuth('moot_session')
@Controller('skills')
export class SkillsController {
  constructor(private readonly service: SkillsService) {}

  @Get()
  @ApiOperation({ summary: 'Skills from the shared vocabulary matching what has been typed (prefix first), or the most common ones.' })
  @ApiOkResponse({ description: 'SkillSuggestionsResponse' })
  suggest(@Query() query: SkillSuggestionsQueryDto): Promise<SkillSuggestionsResponse> {
    return this.service.suggest(query.q, query.limit);
  }
}
