import { Controller, Get, Query } from '@nestjs/common';
import { ApiCookieAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { SearchPage, SearchSuggestions } from '@moot/contracts';
import { CurrentAuth } from '../auth/auth.decorators';
import type { AuthContext } from '../auth/auth-context';
import { SearchRateLimit } from '../common/rate-limit/rate-limit-policy';
import { SearchQueryDto, SuggestQueryDto } from './dto/search-query.dto';
import { SearchService } from './search.service';

@ApiTags('search')
@ApiCookieAuth('moot_session')
@SearchRateLimit()
@Controller('search')
export class SearchController {
  constructor(private readonly service: SearchService) {}

  @Get()
  @ApiOperation({ summary: 'Search posts, replies, people, groups, topics and files the viewer may see; ranked, keyset-paginated.' })
  @ApiOkResponse({ description: 'SearchPage' })
  search(@CurrentAuth() auth: AuthContext, @Query() query: SearchQueryDto): Promise<SearchPage> {
    return this.service.search(auth.user.id, query);
  }

  @Get('suggest')
  @ApiOperation({ summary: 'Up to 8 quick hits while typing: people, groups, topics, then posts.' })
  @ApiOkResponse({ description: 'SearchSuggestions' })
  suggest(@CurrentAuth() auth: AuthContext, @Query() query: SuggestQueryDto): Promise<SearchSuggestions> {
    return this.service.suggest(auth.user.id, query.q);
  }
}
