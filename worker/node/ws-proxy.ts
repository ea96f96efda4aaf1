// The Neon serverless driver speaks the Postgres protocol over a WebSocket. Neon runs the WebSocket end
// itself; to use the same driver against an ordinary Postgres (a self-hosted server, the tests' server,
// workerd in tests) this forwards each WebSocket to one TCP connection. It listens on loopback only and
// forwards only to the one target it was started for, so it is not an open relay.
import net from 'node:net';
import { WebSocketServer } from 'ws';

export interface WsProxy {
  port: number;
  close(): Promise<void>;
}

export async function startWsProxy(target: { host: string; port: number }): Promise<WsProxy> {
  const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  wss.on('connection', (ws) => {
    const socket = net.connect(target.port, target.host);
    socket.setNoDelay(true);
    const pending: Buffer[] = [];
    let connected = false;
    socket.on('connect', () => {
      connected = true;
      for (const chunk of pending) socket.write(chunk);
      pending.length = 0;
    });
    ws.on('message', (data: Buffer) => {
      if (connected) socket.write(data);
      else pending.push(data);
      // A Postgres server hangs up after the client's Terminate message; PGlite's socket server does not,
      // which would leave the driver's pool.end() waiting for ever. Hang up on the server's behalf.
      if (data.length === 5 && data[0] === 0x58 && data.readInt32BE(1) === 4) {
        socket.end();
        ws.close();
      }
    });
    socket.on('data', (data) => ws.readyState === ws.OPEN && ws.send(data));
    ws.on('close', () => socket.destroy());
    ws.on('error', () => socket.destroy());
    socket.on('close', () => ws.close());
    socket.on('error', () => ws.close());
  });
  await new Promise<void>((resolve) => wss.on('listening', resolve));
  const address = wss.address();
  if (!address || typeof address === 'string') throw new Error('unexpected proxy address');
  return {
    port: address.port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const client of wss.clients) client.terminate();
        wss.close(() => resolve());
      }),
  };
}
