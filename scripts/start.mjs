// `npm start`: serve the demo from source and print where it is.
import { startDevServer } from '@web/dev-server';

const server = await startDevServer({
  config: { ...(await import('../web-dev-server.config.mjs')).default },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const { hostname, port } = server.config;
console.log(`Demo: http://${hostname}:${port}/demo/`);
