import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, Patch, Post, Req } from '@nestjs/common';
import { ApiCookieAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { RetentionPoliciesResponse, RetentionPolicy, RetentionPreview } from '@moot/contracts';
import { AdminOnly } from '../../auth/auth.decorators';
import { auditActorOf, auditOriginOf, RequestWithAuth } from '../../auth/auth-context';
import { CreateRetentionPolicyDto, UpdateRetentionPolicyDto } from '../dto/retention-requests.dto';
import { RetentionContext, RetentionService } from './retention.service';

const contextOf = (request: RequestWithAuth): RetentionContext => ({ actor: auditActorOf(request), origin: auditOriginOf(request) });

@ApiTags('admin: data rights')
@ApiCookieAuth('moot_session')
@AdminOnly()
@Controller('admin/retention')
export class RetentionController {
  constructor(private readonly retention: RetentionService) {}

  @Get()
  @ApiOperation({ summary: 'Every retention policy, with its last run.' })
  list(): Promise<RetentionPoliciesResponse> {
    return this.retention.list();
  }

  @Post()
  @ApiOperation({ summary: 'Adds a policy for a group (or, without groupId, for profile posts). One per group.' })
  create(@Body() body: CreateRetentionPolicyDto, @Req() request: RequestWithAuth): Promise<RetentionPolicy> {
    return this.retention.create(body, contextOf(request));
  }

  @Patch(':id')
  @ApiOperation({ summary: "Changes a policy's maximum age." })
  update(@Param('id') id: string, @Body() body: UpdateRetentionPolicyDto, @Req() request: RequestWithAuth): Promise<RetentionPolicy> {
    return this.retention.update(id, body.maxAgeDays, contextOf(request));
  }

  @Delete(':id')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Removes a policy; nothing more is deleted under it.' })
  delete(@Param('id') id: string, @Req() request: RequestWithAuth): Promise<void> {
    return this.retention.delete(id, contextOf(request));
  }

  @Get(':id/preview')
  @ApiOperation({ summary: 'How many posts the next run would delete, and the oldest one.' })
  preview(@Param('id') id: string): Promise<RetentionPreview> {
    return this.retention.preview(id);
  }
}
