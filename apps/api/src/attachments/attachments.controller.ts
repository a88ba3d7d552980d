import { Body, Controller, Get, Param, Post, Res, StreamableFile, UploadedFile, UseInterceptors } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiCookieAuth, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { AttachmentView } from '@moot/contracts';
import { CurrentAuth } from '../auth/auth.decorators';
import type { AuthContext } from '../auth/auth-context';
import type { Viewer } from '../authorization/authorization.service';
import { UploadRateLimit } from '../common/rate-limit/rate-limit-policy';
import { AttachmentUploadInterceptor } from './attachment-upload.interceptor';
import { contentDispositionOf } from './attachment.mapper';
import { AttachmentsService, type UploadedFile as Upload } from './attachments.service';

const viewerOf = (auth: AuthContext): Viewer => ({ userId: auth.user.id, role: auth.user.role });

@ApiTags('attachments')
@ApiCookieAuth('moot_session')
@ApiHeader({ name: 'x-csrf-token', description: "The session's CSRF token; required on POST.", required: false })
@Controller('attachments')
export class AttachmentsController {
  constructor(private readonly service: AttachmentsService) {}

  @Post()
  @UploadRateLimit()
  @UseInterceptors(AttachmentUploadInterceptor)
  @ApiOperation({
    summary:
      'Uploads a file to attach to your next post or reply: PNG, JPEG, WebP or GIF (altText required), PDF, DOCX, XLSX, PPTX, text or CSV; ' +
      'at most 20 MB (413), other types 415. Unused uploads are removed after a day.',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' }, altText: { type: 'string', maxLength: 300 } } } })
  @ApiCreatedResponse({ description: 'AttachmentView' })
  upload(@CurrentAuth() auth: AuthContext, @UploadedFile() file: Upload | undefined, @Body('altText') altText: unknown): Promise<AttachmentView> {
    return this.service.upload(auth.user.id, file, typeof altText === 'string' ? altText : undefined);
  }

  @Get(':id')
  @ApiOperation({ summary: 'The file, for people who may see the post it belongs to (unused uploads: the uploader only); 404 otherwise.' })
  @ApiOkResponse({ description: 'The file' })
  download(@CurrentAuth() auth: AuthContext, @Param('id') id: string, @Res({ passthrough: true }) response: Response): Promise<StreamableFile> {
    return this.send(auth, id, 'original', response);
  }

  @Get(':id/thumbnail')
  @ApiOperation({ summary: "An image's 400px WebP thumbnail (404 for documents and for people who may not see it)." })
  @ApiOkResponse({ description: 'image/webp' })
  thumbnail(@CurrentAuth() auth: AuthContext, @Param('id') id: string, @Res({ passthrough: true }) response: Response): Promise<StreamableFile> {
    return this.send(auth, id, 'thumbnail', response);
  }

  private async send(auth: AuthContext, id: string, variant: 'original' | 'thumbnail', response: Response): Promise<StreamableFile> {
    const file = await this.service.open(viewerOf(auth), id, variant);
    response.setHeader('Content-Disposition', contentDispositionOf(file.attachment, variant));
    response.setHeader('X-Content-Type-Options', 'nosniff');
    response.setHeader('Cache-Control', 'private, max-age=300');
    // Even if a browser were tricked into rendering the file, nothing in it may run or load.
    response.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
    return new StreamableFile(file.stream, { type: file.contentType, length: file.size });
  }
}
