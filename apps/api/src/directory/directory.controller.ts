import { Controller, Get, Query } from '@nestjs/common';
import { ApiCookieAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { DepartmentsResponse, DirectoryPage, MentoringMatches, PeopleSuggestions } from '@moot/contracts';
import { CurrentAuth } from '../auth/auth.decorators';
import type { AuthContext } from '../auth/auth-context';
import { DirectoryService } from './directory.service';
import { DirectoryQueryDto, SuggestionsQueryDto } from './dto/directory-query.dto';

@ApiTags('people')
@ApiCookieAuth('moot_session')
@Controller()
export class DirectoryController {
  constructor(private readonly service: DirectoryService) {}

  @Get('people')
  @ApiOperation({ summary: 'Staff directory: search by name, skill, topic, department and location (filters combine); keyset-paginated.' })
  @ApiOkResponse({ description: 'DirectoryPage' })
  search(@Query() query: DirectoryQueryDto): Promise<DirectoryPage> {
    return this.service.search(query);
  }

  @Get('people/suggestions')
  @ApiOperation({ summary: 'People like you (favouring other departments) and, with `skill`, people outside your department who know it.' })
  @ApiOkResponse({ description: 'PeopleSuggestions' })
  suggestions(@CurrentAuth() auth: AuthContext, @Query() query: SuggestionsQueryDto): Promise<PeopleSuggestions> {
    return this.service.suggestions(auth.user.id, query.skill);
  }

  @Get('people/me/mentoring')
  @ApiOperation({ summary: 'Who can help with what you want to learn, and who wants to learn what you offer; other departments first.' })
  @ApiOkResponse({ description: 'MentoringMatches' })
  mentoring(@CurrentAuth() auth: AuthContext): Promise<MentoringMatches> {
    return this.service.mentoring(auth.user.id);
  }

  @Get('departments')
  @ApiOperation({ summary: 'Departments, alphabetically, with counts of active people.' })
  @ApiOkResponse({ description: 'DepartmentsResponse' })
  departments(): Promise<DepartmentsResponse> {
    return this.service.departments();
  }
}
