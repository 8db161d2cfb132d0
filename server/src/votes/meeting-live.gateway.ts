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
import { MeetingsError } from '../meetings/meetings.errors';
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
    // The refusal carries its code like an HTTP error body (api.md v1.1); anything else is not
    // the caller's fault and reaches Nest's handler as it is.
    await this.meetings.meetingOrThrow(body.meetingId).catch((error: unknown) => {
      if (!(error instanceof MeetingsError)) throw error;
      throw new WsException({ status: 'error', code: error.code, message: error.message });
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
