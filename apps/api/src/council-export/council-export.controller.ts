import { Controller, Delete, Get, HttpCode, HttpStatus, Param, Post, Req, Res, StreamableFile } from '@nestjs/common';
import { ApiAcceptedResponse, ApiCookieAuth, ApiHeader, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { CouncilExportsResponse, CouncilExportView } from '@moot/contracts';
import { AdminOnly } from '../auth/auth.decorators';
import { auditActorOf, auditOriginOf, RequestWithAuth } from '../auth/auth-context';
import { AdminContext, CouncilExportService } from './council-export.service';

const contextOf = (request: RequestWithAuth): AdminContext => ({ actor: auditActorOf(request), origin: auditOriginOf(request) });

@ApiTags('admin: council export')
@ApiCookieAuth('moot_session')
@ApiHeader({ name: 'x-csrf-token', description: "The session's CSRF token; required on POST and DELETE.", required: false })
@AdminOnly()
@Controller('admin/exports')
export class CouncilExportController {
  constructor(private readonly service: CouncilExportService) {}

  @Post()
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiOperation({ summary: 'Starts a whole-council export in the background (409 when one is already queued or running).' })
  @ApiAcceptedResponse({ description: 'CouncilExportView' })
  start(@Req() request: RequestWithAuth): Promise<CouncilExportView> {
    return this.service.start(contextOf(request));
  }

  @Get()
  @ApiOperation({ summary: 'Recent exports, newest first.' })
  @ApiOkResponse({ description: 'CouncilExportsResponse' })
  async list(): Promise<CouncilExportsResponse> {
    return { items: await this.service.list() };
  }

  @Get(':id')
  @ApiOperation({ summary: "One export, with its progress (poll it while it runs)." })
  @ApiOkResponse({ description: 'CouncilExportView' })
  get(@Param('id') id: string): Promise<CouncilExportView> {
    return this.service.get(id);
  }

  @Get(':id/download')
  @ApiOperation({ summary: 'The finished archive (.tar.gz, see docs/export-format.md); audited.' })
  @ApiOkResponse({ description: 'application/gzip' })
  async download(@Param('id') id: string, @Req() request: RequestWithAuth, @Res({ passthrough: true }) response: Response): Promise<StreamableFile> {
    const file = await this.service.download(id, contextOf(request));
    response.setHeader('Cache-Control', 'no-store');
    response.setHeader('X-Content-Type-Options', 'nosniff');
    return new StreamableFile(file.stream, { type: 'application/gzip', length: file.size, disposition: `attachment; filename="${file.fileName}"` });
  }

  @Delete(':id')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Deletes the export and its archive (stops it if it is still running); audited.' })
  @ApiNoContentResponse()
  delete(@Param('id') id: string, @Req() request: RequestWithAuth): Promise<void> {
    return this.service.delete(id, contextOf(request));
  }
}
