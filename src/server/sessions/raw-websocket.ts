/**
 * A WebSocket client made by hand on a plain TCP socket, for the tests that send what no WebSocket
 * library sends: unmasked frames, reserved opcodes, invalid UTF-8, frames over the size limit, or a
 * handshake cut off with a reset. It reads the server's answer as bytes: the HTTP status line of the
 * handshake and the code of the close frame (RFC 6455 section 5.5.1).
 */
import { randomBytes } from 'node:crypto';
import { connect, type Socket } from 'node:net';
import { socketPath } from './session-sockets';

export interface FrameParts {
  opcode: number;
  payload: Buffer;
  /** Clients must mask every frame (RFC 6455 section 5.1); false sends it bare. */
  masked?: boolean;
}

/** One final frame with the given opcode and payload, masked unless said otherwise. */
export function frame({ opcode, payload, masked = true }: FrameParts): Buffer {
  const length = payload.length;
  const header =
    length < 126
      ? Buffer.from([0x80 | opcode, length])
      : length < 0x10000
        ? Buffer.from([0x80 | opcode, 126, length >> 8, length & 0xff])
        : Buffer.concat([Buffer.from([0x80 | opcode, 127]), bigEndian64(length)]);
  if (!masked) return Buffer.concat([header, payload]);
  header[1] |= 0x80;
  const mask = randomBytes(4);
  const body = Buffer.from(payload.map((byte, i) => byte ^ mask[i % 4]));
  return Buffer.concat([header, mask, body]);
}

function bigEndian64(n: number): Buffer {
  const bytes = Buffer.alloc(8);
  bytes.writeBigUInt64BE(BigInt(n));
  return bytes;
}

export class RawWebSocket {
  private received = Buffer.alloc(0);
  private readonly waiters = new Set<() => void>();
  private ended = false;

  private constructor(readonly socket: Socket) {
    socket.on('data', (chunk) => {
      this.received = Buffer.concat([this.received, chunk]);
      this.wake();
    });
    // The server may close while a big frame is still being written: that is the answer, not a failure.
    socket.on('error', () => undefined);
    socket.on('close', () => {
      this.ended = true;
      this.wake();
    });
  }

  /** Opens a TCP connection and sends the upgrade request with `headers` added. */
  static async open(baseUrl: string, headers: Record<string, string> = {}): Promise<RawWebSocket> {
    const { hostname, port, host } = new URL(baseUrl);
    const socket = connect(Number(port), hostname);
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', resolve);
      socket.once('error', reject);
    });
    const lines = [
      `GET ${socketPath} HTTP/1.1`,
      `Host: ${host}`,
      'Upgrade: websocket',
      'Connection: Upgrade',
      `Sec-WebSocket-Key: ${randomBytes(16).toString('base64')}`,
      'Sec-WebSocket-Version: 13',
      ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`),
    ];
    socket.write(`${lines.join('\r\n')}\r\n\r\n`);
    return new RawWebSocket(socket);
  }

  /** The handshake's answer: its status code and the body after the headers (a refusal's reason). */
  async handshake(): Promise<{ status: number; body: string }> {
    const end = await this.until(() => {
      const at = this.received.indexOf('\r\n\r\n');
      return at >= 0 ? at : undefined;
    });
    const head = this.received.subarray(0, end).toString('latin1');
    this.received = this.received.subarray(end + 4);
    const status = Number(head.split(' ')[1]);
    if (status !== 101) await this.until(() => (this.ended ? true : undefined));
    return { status, body: status === 101 ? '' : this.received.toString('utf8') };
  }

  send(bytes: Buffer): void {
    this.socket.write(bytes);
  }

  /** The code of the close frame the server sends (frames before it are skipped). */
  async closeCode(): Promise<number> {
    for (;;) {
      const next = await this.until(() => parseFrame(this.received) ?? undefined);
      this.received = this.received.subarray(next.size);
      if (next.opcode === 0x8) return next.payload.readUInt16BE(0);
    }
  }

  destroy(): void {
    this.socket.destroy();
  }

  private wake(): void {
    for (const waiter of this.waiters) waiter();
  }

  /** Resolves with what `ready` finds once it finds something; rejects if the connection ends first. */
  private until<T>(ready: () => T | undefined): Promise<T> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const found = ready();
        if (found !== undefined) {
          this.waiters.delete(check);
          resolve(found);
        } else if (this.ended) {
          this.waiters.delete(check);
          reject(new Error(`the server closed the connection; it sent: ${this.received.toString('latin1')}`));
        }
      };
      this.waiters.add(check);
      check();
    });
  }
}

/** A whole unmasked server frame at the start of `bytes`, or null when it has not all arrived yet. */
function parseFrame(bytes: Buffer): { opcode: number; payload: Buffer; size: number } | null {
  if (bytes.length < 2) return null;
  let length = bytes[1] & 0x7f;
  let offset = 2;
  if (length === 126) {
    if (bytes.length < 4) return null;
    length = bytes.readUInt16BE(2);
    offset = 4;
  } else if (length === 127) {
    if (bytes.length < 10) return null;
    length = Number(bytes.readBigUInt64BE(2));
    offset = 10;
  }
  if (bytes.length < offset + length) return null;
  return { opcode: bytes[0] & 0x0f, payload: bytes.subarray(offset, offset + length), size: offset + length };
}
