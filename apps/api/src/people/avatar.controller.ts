import { Controller, Delete, Get, HttpCode, HttpStatus, Param, Put, Query, Res, StreamableFile, UploadedFile, UseInterceptors } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiCookieAuth, ApiHeader, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { AvatarResponse } from '@moot/contracts';
import { CurrentAuth } from '../auth/auth.decorators';
import type { AuthContext } from '../auth/auth-context';
import { AvatarUploadInterceptor } from './avatar-upload.interceptor';
import { AvatarService } from './avatar.service';
import { AvatarQueryDto } from './dto/avatar-query.dto';

@ApiTags('people: avatars')
@ApiCookieAuth('moot_session')
@ApiHeader({ name: 'x-csrf-token', description: "The session's CSRF token; required on PUT and DELETE.", required: false })
@Controller('people')
export class AvatarController {
  constructor(private readonly service: AvatarService) {}

  @Put('me/avatar')
  @UseInterceptors(AvatarUploadInterceptor)
  @ApiOperation({ summary: 'Sets your avatar: a PNG, JPEG or WebP image of at most 5 MB (413 if larger, 415 for other types).' })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' } } } })
  @ApiOkResponse({ description: '{ avatarUrl }' })
  upload(@CurrentAuth() auth: AuthContext, @UploadedFile() file: { buffer: Buffer } | undefined): Promise<AvatarResponse> {
    return this.service.upload(auth.user.id, file?.buffer);
  }

  @Delete('me/avatar')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Removes your avatar.' })
  @ApiNoContentResponse()
  remove(@CurrentAuth() auth: AuthContext): Promise<void> {
    return this.service.remove(auth.user.id);
  }

  @Get(':id/avatar')
  @ApiOperation({ summary: "A colleague's avatar as WebP (404 when they have none or are a former colleague)." })
  @ApiProduces('image/webp')
  async get(@Param('id') id: string, @Query() query: AvatarQueryDto, @Res({ passthrough: true }) response: Response): Promise<StreamableFile> {
    const file = await this.service.open(id, query.size);
    response.setHeader('Cache-Control', 'private, max-age=86400');
    response.setHeader('X-Content-Type-Options', 'nosniff');
    return new StreamableFile(file.stream, { type: 'image/webp', length: file.size });
  }
}
