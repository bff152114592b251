import { serviceUnavailable } from './unavailable';

/**
 * Keeps connections for reads: at most `slots` mutations (the pool size less the connections
 * reserved for reads) run at once in this process; the next ones wait their turn, up to
 * `waitMs`, then are refused with SERVICE_UNAVAILABLE (write_slots). So a crowd of writes queued
 * behind one held row lock cannot take every connection: `{ me { id } }` and the catalogue still answer.
 */
export class WriteGate {
  private active = 0;
  private readonly queue: Array<() => void> = [];

  constructor(
    readonly slots: number,
    readonly waitMs: number,
  ) {}

  running = (): number => this.active;
  waiting = (): number => this.queue.length;

  /** Resolves with the release function once a slot is held. */
  enter(): Promise<() => void> {
    if (this.active < this.slots) {
      this.active += 1;
      return Promise.resolve(this.releaser());
    }
    return new Promise((resolve, reject) => {
      const grant = () => {
        clearTimeout(timer);
        this.active += 1;
        resolve(this.releaser());
      };
      const timer = setTimeout(() => {
        const i = this.queue.indexOf(grant);
        if (i >= 0) this.queue.splice(i, 1);
        reject(serviceUnavailable('write_slots'));
      }, this.waitMs);
      this.queue.push(grant);
    });
  }

  private releaser(): () => void {
    let done = false;
    return () => {
      if (done) return;
      done = true;
      this.active -= 1;
      this.queue.shift()?.();
    };
  }
}
