import { Controller, Get, Logger, Query, Req, Res } from '@nestjs/common';
import { ApiCookieAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { AuditActionsResponse, AuditPage } from '@moot/contracts';
import { AdminOnly } from '../auth/auth.decorators';
import { auditActorOf, auditOriginOf, RequestWithAuth } from '../auth/auth-context';
import { AuditQueryService, AuditReader, CsvSink } from './audit-query.service';
import { AuditFilterDto, AuditQueryDto } from './dto/audit-query.dto';

function readerOf(request: RequestWithAuth): AuditReader {
  return { actor: auditActorOf(request), origin: auditOriginOf(request) };
}

/** Resolves once the chunk is written or buffered; waits for `drain` (or the client leaving) when the buffer is full. */
function sinkOf(response: Response): CsvSink {
  return async (chunk) => {
    if (response.destroyed) return false;
    if (!response.write(chunk)) {
      await new Promise<void>((resolve) => {
        const done = () => {
          response.off('drain', done).off('close', done);
          resolve();
        };
        response.once('drain', done).once('close', done);
      });
    }
    return !response.destroyed;
  };
}

/** The audit log for site admins: search, action names, CSV download. There is no route that changes it. */
@ApiTags('admin: audit log')
@ApiCookieAuth('moot_session')
@AdminOnly()
@Controller('admin')
export class AuditAdminController {
  private readonly logger = new Logger(AuditAdminController.name);

  constructor(private readonly service: AuditQueryService) {}

  @Get('audit')
  @ApiOperation({ summary: 'Searches the audit log, newest first, keyset-paginated (the first page of each search is audited).' })
  @ApiOkResponse({ description: 'AuditPage' })
  search(@Query() query: AuditQueryDto, @Req() request: RequestWithAuth): Promise<AuditPage> {
    return this.service.search(query, readerOf(request));
  }

  @Get('audit/actions')
  @ApiOperation({ summary: 'The action names recorded so far, for the filter.' })
  @ApiOkResponse({ description: 'AuditActionsResponse' })
  actions(): Promise<AuditActionsResponse> {
    return this.service.actions();
  }

  @Get('audit.csv')
  @ApiOperation({ summary: 'The filtered audit log as CSV, streamed (audited as audit.export).' })
  @ApiProduces('text/csv')
  async exportCsv(@Query() query: AuditFilterDto, @Req() request: RequestWithAuth, @Res() response: Response): Promise<void> {
    const { filter, record } = this.service.prepareExport(query, readerOf(request));
    await record();
    const stamp = new Date().toISOString().slice(0, 16).replace(/[-:T]/g, '');
    response.status(200);
    response.setHeader('Content-Type', 'text/csv; charset=utf-8');
    response.setHeader('Content-Disposition', `attachment; filename="moot-audit-${stamp}.csv"`);
    response.setHeader('Cache-Control', 'no-store');
    try {
      await this.service.streamCsv(filter, sinkOf(response));
      response.end();
    } catch (error) {
      // Headers are gone already: all we can do is cut the download short so it is visibly incomplete.
      this.logger.error({ err: error }, 'audit CSV export failed part-way');
      response.destroy(error as Error);
    }
  }
}
