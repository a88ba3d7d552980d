import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post, Put, Query } from '@nestjs/common';
import { ApiCookieAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { NotificationPreferences, NotificationsPage, UnreadCount } from '@moot/contracts';
import type { AuthContext } from '../auth/auth-context';
import { CurrentAuth } from '../auth/auth.decorators';
import { NotificationsQueryDto, UpdateNotificationPreferencesDto } from './dto/notification-requests.dto';
import { NotificationPreferencesService } from './notification-preferences.service';
import { NotificationsService } from './notifications.service';

/** The bell and how loud it is (issue #7). Staff-only, like every route not marked @Public. */
@ApiTags('notifications')
@ApiCookieAuth('moot_session')
@Controller('notifications')
export class NotificationsController {
  constructor(
    private readonly notifications: NotificationsService,
    private readonly preferences: NotificationPreferencesService,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Your notifications, most recently changed first (similar events grouped).' })
  page(@Query() query: NotificationsQueryDto, @CurrentAuth() auth: AuthContext): Promise<NotificationsPage> {
    return this.notifications.page(auth.user.id, query);
  }

  @Get('unread-count')
  @ApiOperation({ summary: 'How many of your notifications are unread.' })
  unreadCount(@CurrentAuth() auth: AuthContext): Promise<UnreadCount> {
    return this.notifications.unreadCount(auth.user.id);
  }

  @Get('preferences')
  @ApiOperation({ summary: 'How each type of notification reaches you, per-group choices and quiet hours.' })
  getPreferences(@CurrentAuth() auth: AuthContext): Promise<NotificationPreferences> {
    return this.preferences.get(auth.user.id);
  }

  @Put('preferences')
  @ApiOperation({ summary: 'Changes what is sent; group choices only for groups you belong to (else 404).' })
  updatePreferences(@Body() body: UpdateNotificationPreferencesDto, @CurrentAuth() auth: AuthContext): Promise<NotificationPreferences> {
    return this.preferences.update(auth.user.id, body);
  }

  @Post('read-all')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Marks all your notifications read.' })
  markAllRead(@CurrentAuth() auth: AuthContext): Promise<void> {
    return this.notifications.markAllRead(auth.user.id);
  }

  @Put(':id/read')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Marks one of your notifications read (404 if it is not yours).' })
  markRead(@Param('id') id: string, @CurrentAuth() auth: AuthContext): Promise<void> {
    return this.notifications.markRead(auth.user.id, id);
  }
}
