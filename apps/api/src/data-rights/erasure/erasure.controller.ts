import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post, Query, Req } from '@nestjs/common';
import { ApiCookieAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { ErasureCandidatesResponse, ErasurePreview, ErasureResult } from '@moot/contracts';
import { AdminOnly } from '../../auth/auth.decorators';
import { auditActorOf, auditOriginOf, RequestWithAuth } from '../../auth/auth-context';
import { ErasureCandidatesQueryDto, ErasureRequestDto } from '../dto/erasure-request.dto';
import { ErasureService } from './erasure.service';

@ApiTags('admin: data rights')
@ApiCookieAuth('moot_session')
@AdminOnly()
@Controller('admin/people')
export class ErasureController {
  constructor(private readonly erasure: ErasureService) {}

  @Get('erasure-candidates')
  @ApiOperation({ summary: 'People whose name or email contains q, including deactivated leavers; erased people are left out.' })
  candidates(@Query() query: ErasureCandidatesQueryDto): Promise<ErasureCandidatesResponse> {
    return this.erasure.candidates(query.q);
  }

  @Get(':id/erasure')
  @ApiOperation({ summary: 'Who would be erased, and how many posts, replies and files they have.' })
  preview(@Param('id') id: string): Promise<ErasurePreview> {
    return this.erasure.preview(id);
  }

  @Post(':id/erasure')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: "Erases a person's personal data; keeps or removes what they wrote. 409 when already erased." })
  erase(@Param('id') id: string, @Body() body: ErasureRequestDto, @Req() request: RequestWithAuth): Promise<ErasureResult> {
    return this.erasure.erase(id, body, { actor: auditActorOf(request), origin: auditOriginOf(request) });
  }
}
