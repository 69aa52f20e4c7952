// The editor's build imports the article as a string (rollup.config.mjs, `textModule`).
declare module '*.txt' {
  const text: string;
  export default text;
}
