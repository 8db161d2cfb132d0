import { LIVE_NAMESPACE, type SubscriptionAck } from '@mehrheitsplaner/shared';
import { UseGuards, UsePipes } from '@nestjs/common';
import {
  ConnectedSocket,
  MessageBody,
  SubscribeMessage,
  WebSocketGateway,
  WsException,
} from '@nestjs/websockets';
import type { Socket } from 'socket.io';
import { SocketAccessGuard } from '../access/socket-access.guard';
import { MeetingsService } from '../meetings/meetings.service';
import { RealtimeService } from '../realtime/realtime.service';
import { wsValidationPipe } from '../realtime/ws-validation.pipe';
import { MeetingSubscriptionDto } from './dto/meeting-subscription.dto';

/**
 * Meeting rooms on `/live` (the same namespace, so LiveGateway's handshake authentication
 * applies): `subscribeMeeting { meetingId }` joins `meeting:<id>` for drafts and recorded votes.
 */
@WebSocketGateway({ namespace: LIVE_NAMESPACE })
@UseGuards(SocketAccessGuard)
@UsePipes(wsValidationPipe())
export class MeetingLiveGateway {
  constructor(
    private readonly meetings: MeetingsService,
    private readonly realtime: RealtimeService,
  ) {}

  @SubscribeMessage('subscribeMeeting')
  async subscribeMeeting(
    @ConnectedSocket() socket: Socket,
    @MessageBody() body: MeetingSubscriptionDto,
  ): Promise<SubscriptionAck> {
    await this.meetings.meetingOrThrow(body.meetingId).catch(() => {
      throw new WsException(`Sitzung ${body.meetingId} nicht gefunden`);
    });
    return this.realtime.subscribeMeeting(socket, body.meetingId);
  }

  @SubscribeMessage('unsubscribeMeeting')
  unsubscribeMeeting(
    @ConnectedSocket() socket: Socket,
    @MessageBody() body: MeetingSubscriptionDto,
  ): Promise<SubscriptionAck> {
    return this.realtime.unsubscribeMeeting(socket, body.meetingId);
  }
}
