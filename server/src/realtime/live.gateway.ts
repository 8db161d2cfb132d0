import { LIVE_NAMESPACE } from '@mehrheitsplaner/shared';
import { Logger, UsePipes } from '@nestjs/common';
import {
  ConnectedSocket,
  MessageBody,
  OnGatewayInit,
  SubscribeMessage,
  WebSocketGateway,
} from '@nestjs/websockets';
import type { Socket } from 'socket.io';
import { AuthError } from '../auth/auth.errors';
import { AuthService } from '../auth/auth.service';
import { ListSubscriptionDto } from './dto/list-subscription.dto';
import { SubscriptionDto } from './dto/subscription.dto';
import { RealtimeService, type LiveNamespace, type SubscriptionAck } from './realtime.service';
import { wsValidationPipe } from './ws-validation.pipe';

function handshakeToken(socket: Socket): string | undefined {
  const auth: unknown = socket.handshake.auth;
  if (typeof auth !== 'object' || auth === null) return undefined;
  const token = (auth as { token?: unknown }).token;
  return typeof token === 'string' ? token : undefined;
}

/** `/live`: authenticated at the handshake with the same sessions as HTTP. */
@WebSocketGateway({ namespace: LIVE_NAMESPACE })
@UsePipes(wsValidationPipe())
export class LiveGateway implements OnGatewayInit<LiveNamespace> {
  private readonly logger = new Logger(LiveGateway.name);

  constructor(
    private readonly auth: AuthService,
    private readonly realtime: RealtimeService,
  ) {}

  afterInit(namespace: LiveNamespace): void {
    namespace.use((socket, next) => {
      this.auth.authenticateOrThrow(handshakeToken(socket)).then(
        (user) => {
          socket.data = { user };
          next();
        },
        (error: unknown) => {
          const message = error instanceof AuthError ? error.message : 'Unauthorized';
          if (!(error instanceof AuthError))
            this.logger.error('Socket authentication failed', error);
          next(new Error(message));
        },
      );
    });
    this.realtime.attach(namespace);
  }

  @SubscribeMessage('subscribe')
  subscribe(
    @ConnectedSocket() socket: Socket,
    @MessageBody() body: SubscriptionDto,
  ): Promise<SubscriptionAck> {
    return this.realtime.subscribe(socket, body.motionId);
  }

  @SubscribeMessage('unsubscribe')
  unsubscribe(
    @ConnectedSocket() socket: Socket,
    @MessageBody() body: SubscriptionDto,
  ): Promise<SubscriptionAck> {
    return this.realtime.unsubscribe(socket, body.motionId);
  }

  @SubscribeMessage('subscribeList')
  subscribeList(
    @ConnectedSocket() socket: Socket,
    @MessageBody() _body: ListSubscriptionDto,
  ): Promise<SubscriptionAck> {
    return this.realtime.subscribeList(socket);
  }

  @SubscribeMessage('unsubscribeList')
  unsubscribeList(
    @ConnectedSocket() socket: Socket,
    @MessageBody() _body: ListSubscriptionDto,
  ): Promise<SubscriptionAck> {
    return this.realtime.unsubscribeList(socket);
  }
}
