// The chat WebSocket: authenticated by the session cookie (same origin), reconnects with
// backoff, resubscribes every room with since = the last seq seen, so nothing is missed.
// Offline (navigator.onLine false) it waits for the 'online' event.

export class ChatSocket {
  constructor({ onFrame, onState }) {
    this.onFrame = onFrame;
    this.onState = onState;
    this.since = new Map(); // room → last seq seen
    this.ws = null;
    this.stopped = false;
    this.attempt = 0;
    this.timer = null;
    this.pingTimer = null;
    this.onOnline = () => this.connect();
    this.onOffline = () => this.drop();
    window.addEventListener('online', this.onOnline);
    window.addEventListener('offline', this.onOffline);
  }

  watch(room, since) {
    const known = this.since.get(room);
    if (known === undefined || since > known) this.since.set(room, since);
    if (this.isOpen()) this.send({ op: 'subscribe', room, since: this.since.get(room) });
  }

  seen(room, seq) {
    if (seq > (this.since.get(room) ?? 0)) this.since.set(room, seq);
  }

  isOpen() {
    return this.ws && this.ws.readyState === WebSocket.OPEN;
  }

  send(frame) {
    if (!this.isOpen()) return false;
    this.ws.send(JSON.stringify(frame));
    return true;
  }

  connect() {
    if (this.stopped || this.isOpen() || (this.ws && this.ws.readyState === WebSocket.CONNECTING)) return;
    clearTimeout(this.timer);
    if (!navigator.onLine) {
      this.onState('offline');
      return;
    }
    const proto = location.protocol === 'https:' ? 'wss:' : 'ws:';
    const ws = new WebSocket(`${proto}//${location.host}/ws`);
    this.ws = ws;
    ws.addEventListener('open', () => {
      this.attempt = 0;
      this.onState('online');
      for (const [room, since] of this.since) this.send({ op: 'subscribe', room, since });
      this.pingTimer = setInterval(() => this.send({ op: 'ping', status: document.hidden ? 'away' : 'online' }), 25000);
    });
    ws.addEventListener('message', (e) => {
      // the server may batch several frames into one message, one JSON object per line
      for (const line of e.data.split('\n')) {
        let frame;
        try {
          frame = JSON.parse(line);
        } catch {
          continue;
        }
        if (frame.op === 'event') this.seen(frame.room, frame.seq);
        this.onFrame(frame);
      }
    });
    ws.addEventListener('close', () => {
      clearInterval(this.pingTimer);
      if (this.ws !== ws) return;
      this.ws = null;
      if (this.stopped) return;
      this.onState('offline');
      const delay = Math.min(15000, 500 * 2 ** this.attempt++);
      this.timer = setTimeout(() => this.connect(), delay);
    });
  }

  /** Drops the connection (the browser went offline); reconnects when back. */
  drop() {
    if (this.ws) this.ws.close();
  }

  stop() {
    this.stopped = true;
    clearTimeout(this.timer);
    clearInterval(this.pingTimer);
    window.removeEventListener('online', this.onOnline);
    window.removeEventListener('offline', this.onOffline);
    if (this.ws) this.ws.close();
  }
}
