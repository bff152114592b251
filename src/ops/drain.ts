import type http from 'node:http';
import net from 'node:net';

interface SocketState {
  /** Requests received on it and not yet answered. */
  active: number;
  /** Bytes read from it when its last answer was sent (more since means a request is arriving). */
  readAtIdle: number;
  /** Since when it has been idle with nothing more read (ms since the epoch), or null. */
  idleSince: number | null;
  served: number;
}

/**
 * A drain that answers every request already received, read or not. Node's own close() also
 * closes "idle" connections, and a connection whose request bytes have arrived but have not been
 * read yet looks idle: those requests were reset. Here a connection is closed only once it has
 * no request in flight and no unread bytes; a connection that has not sent anything yet gets a
 * short grace to do so. Every answer given while draining says `Connection: close`.
 */
export class ConnectionDrain {
  private readonly sockets = new Map<net.Socket, SocketState>();
  private draining = false;
  private accepted = 0;
  private done: Promise<void> | null = null;

  constructor(
    private readonly server: http.Server,
    private readonly opts: { freshGraceMs?: number; acceptGraceMs?: number } = {},
  ) {
    server.on('connection', (socket: net.Socket) => {
      this.accepted += 1;
      this.sockets.set(socket, { active: 0, readAtIdle: 0, idleSince: Date.now(), served: 0 });
      socket.once('close', () => this.sockets.delete(socket));
    });
    server.on('request', (req: http.IncomingMessage, res: http.ServerResponse) => {
      const state = this.sockets.get(req.socket);
      if (!state) return;
      state.active += 1;
      state.idleSince = null;
      if (this.draining) res.setHeader('connection', 'close');
      res.once('close', () => {
        state.active -= 1;
        state.served += 1;
        if (state.active === 0) {
          state.readAtIdle = req.socket.bytesRead;
          state.idleSince = Date.now();
        }
      });
    });
  }

  get isDraining(): boolean {
    return this.draining;
  }

  /** Stops listening, answers what was received, closes the connections; past the deadline, cuts the rest. */
  drain(deadlineMs: number): Promise<void> {
    this.done ??= this.run(deadlineMs);
    return this.done;
  }

  private async run(deadlineMs: number): Promise<void> {
    this.draining = true;
    const started = Date.now();
    const grace = this.opts.freshGraceMs ?? 300;
    // Connections the kernel has completed but Node has not accepted yet would be reset when the
    // listening socket closes. Node accepts them one callback at a time, and on a busy process
    // each callback also runs the other requests' pending work, so a backlog of 50 can take
    // hundreds of milliseconds. Keep listening (answering with `Connection: close`) for at least
    // a short grace, and until a whole turn of the event loop accepted nothing more.
    const nextTurn = () => new Promise((r) => setImmediate(r));
    const graceUntil = started + Math.min(this.opts.acceptGraceMs ?? 100, deadlineMs / 4);
    const acceptUntil = started + deadlineMs / 2;
    for (;;) {
      const before = this.accepted;
      await nextTurn();
      await nextTurn();
      await new Promise((r) => setTimeout(r, 5));
      if (Date.now() >= acceptUntil || (this.accepted === before && Date.now() >= graceUntil)) break;
    }
    net.Server.prototype.close.call(this.server);
    const ended = new Set<net.Socket>();
    while (this.sockets.size > 0 && Date.now() - started < deadlineMs) {
      // One turn of the event loop's poll phase first, so bytes already arrived have been read.
      await new Promise((r) => setImmediate(r));
      const now = Date.now();
      for (const [socket, s] of this.sockets) {
        if (ended.has(socket) || s.active > 0 || socket.bytesRead !== s.readAtIdle) continue;
        // Answered and kept alive: close now. New and silent so far: after a short grace.
        if (s.served > 0 || now - (s.idleSince ?? now) >= grace) {
          ended.add(socket);
          socket.end();
          setTimeout(() => socket.destroy(), 1000).unref();
        }
      }
      await new Promise((r) => setTimeout(r, 20));
    }
    for (const socket of this.sockets.keys()) socket.destroy();
  }
}
