import { devServerPlugins } from './scripts/dev-server-plugins.mjs';

/** `npm start`: the demo, served from source (TypeScript compiled on the fly). */
export default {
  rootDir: '.',
  nodeResolve: true,
  port: Number(process.env.PORT ?? 8000),
  hostname: process.env.HOST ?? 'localhost',
  appIndex: undefined,
  plugins: devServerPlugins(),
};
