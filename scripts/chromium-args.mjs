// The flags every headless Chromium of this project starts with (tests, bench, screenshots):
// root in CI needs --no-sandbox, and the background-networking flags keep it from calling hosts
// this machine cannot reach.
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
