import { decideAccess, LIVE_NAMESPACE, SERVER_EVENT_PERMISSIONS } from '@mehrheitsplaner/shared';
import { Logger, UseGuards, UsePipes } from '@nestjs/common';
import {
  ConnectedSocket,
  MessageBody,
  OnGatewayConnection,
  OnGatewayInit,
  SubscribeMessage,
  WebSocketGateway,
} from '@nestjs/websockets';
import type { Socket } from 'socket.io';
import { SocketAccessGuard } from '../access/socket-access.guard';
import { AuthError } from '../auth/auth.errors';
import { AuthService, hashToken } from '../auth/auth.service';
import type { AuthUser } from '../auth/auth.types';
import { MotionChangePublisher } from './motion-change-publisher';
import { ListSubscriptionDto } from './dto/list-subscription.dto';
import { SubscriptionDto } from './dto/subscription.dto';
import {
  ADMINS_ROOM,
  RealtimeService,
  type LiveNamespace,
  type SubscriptionAck,
} from './realtime.service';
import { wsValidationPipe } from './ws-validation.pipe';

/** setTimeout's limit (about 24.8 days); longer sessions re-arm the timer. */
const MAX_TIMER_MS = 2 ** 31 - 1;

const sessionRoom = (tokenHash: string) => `session:${tokenHash}`;

/** The rooms a socket is in from its handshake on: its session's, and the admins' if it may import. */
function roomsOf(user: AuthUser, tokenHash: string): string[] {
  const mayImport = decideAccess(SERVER_EVENT_PERMISSIONS.importProgress, user, {
    coalitionGroupKeys: [],
  }).allowed;
  return mayImport ? [sessionRoom(tokenHash), ADMINS_ROOM] : [sessionRoom(tokenHash)];
}

function handshakeToken(socket: Socket): string | undefined {
  const auth: unknown = socket.handshake.auth;
  if (typeof auth !== 'object' || auth === null) return undefined;
  const token = (auth as { token?: unknown }).token;
  return typeof token === 'string' ? token : undefined;
}

/**
 * At the session's expiry the socket asks again: HTTP use may have renewed the session (sliding
 * expiry), then the timer is re-armed; otherwise the socket is closed and the client has to log
 * in again.
 */
function closeAtExpiry(
  socket: Socket,
  expiresAt: number,
  current: () => Promise<{ expiresAt: number }>,
): void {
  const wait = expiresAt - Date.now();
  const recheck = () =>
    current().then(
      (session) => closeAtExpiry(socket, session.expiresAt, current),
      () => socket.disconnect(true),
    );
  const timer = setTimeout(
    () => (wait > MAX_TIMER_MS ? closeAtExpiry(socket, expiresAt, current) : void recheck()),
    Math.min(Math.max(wait, 0), MAX_TIMER_MS),
  );
  socket.once('disconnect', () => clearTimeout(timer));
}

/** `/live`: authenticated at the handshake with the same sessions as HTTP. */
@WebSocketGateway({ namespace: LIVE_NAMESPACE })
@UseGuards(SocketAccessGuard)
@UsePipes(wsValidationPipe())
export class LiveGateway implements OnGatewayInit<LiveNamespace>, OnGatewayConnection<Socket> {
  private readonly logger = new Logger(LiveGateway.name);

  constructor(
    private readonly auth: AuthService,
    private readonly realtime: RealtimeService,
    private readonly changes: MotionChangePublisher,
  ) {}

  afterInit(namespace: LiveNamespace): void {
    namespace.use((socket, next) => {
      const token = handshakeToken(socket);
      this.auth.sessionOrThrow(token).then(
        ({ user, expiresAt }) => {
          const tokenHash = hashToken(token ?? '');
          socket.data = { user, tokenHash };
          closeAtExpiry(socket, expiresAt, () => this.auth.sessionOfHashOrThrow(tokenHash));
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
    // A socket lives no longer than its session: logout closes it too. A room per session lets
    // the socket.io adapter reach that session's sockets on every instance.
    this.auth.onSessionEnded((tokenHash) => {
      namespace.in(sessionRoom(tokenHash)).disconnectSockets(true);
    });
    this.realtime.attach(namespace);
  }

  async handleConnection(socket: Socket): Promise<void> {
    const { user, tokenHash } = socket.data as { user: AuthUser; tokenHash: string };
    await socket.join(roomsOf(user, tokenHash));
  }

  @SubscribeMessage('subscribe')
  subscribe(
    @ConnectedSocket() socket: Socket,
    @MessageBody() body: SubscriptionDto,
  ): Promise<SubscriptionAck> {
    return this.changes.subscribe(socket, body.motionId);
  }

  @SubscribeMessage('unsubscribe')
  unsubscribe(
    @ConnectedSocket() socket: Socket,
    @MessageBody() body: SubscriptionDto,
  ): Promise<SubscriptionAck> {
    return this.changes.unsubscribe(socket, body.motionId);
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
