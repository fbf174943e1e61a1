import { createServer } from 'node:net';

/** A port nobody listens on now, other than `taken`. */
export async function freePort(taken?: number): Promise<number> {
  const port = await new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
  return port === taken ? freePort(taken) : port;
}
