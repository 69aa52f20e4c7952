/**
 * Why data was not used: `url` (not a web URL), `redirect` (sent to another
 * origin), `type` (not served as JSON), `size` (over the cap), `timeout`,
 * `network`, `http` (an error status), `json` (unparseable), `invalid` (the schema said no).
 */
export type DataErrorReason =
  'url' | 'redirect' | 'type' | 'size' | 'timeout' | 'network' | 'http' | 'json' | 'invalid';

/** Fired on the widget when `src` or inline JSON was applied. */
export class DataLoadEvent extends Event {
  static readonly eventName = 'drw-data-load' as const;
  constructor(public readonly origin: 'src' | 'inline') {
    super(DataLoadEvent.eventName, { bubbles: true, composed: true });
  }
}

/**
 * Fired on the widget when `src` or inline JSON could not be used. The widget
 * keeps showing the data it had and a visible notice; nothing is thrown.
 */
export class DataErrorEvent extends Event {
  static readonly eventName = 'drw-data-error' as const;
  constructor(
    public readonly origin: 'src' | 'inline',
    public readonly reason: DataErrorReason,
    /** Readable details: the HTTP status, the parser's or the schema's messages. */
    public readonly details: string[],
    public readonly status?: number,
  ) {
    super(DataErrorEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'drw-data-load': DataLoadEvent;
    'drw-data-error': DataErrorEvent;
  }
}
