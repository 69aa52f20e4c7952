/**
 * Stands in for `@kurkle/color` in the built chart chunk (rollup.config.mjs
 * aliases it): Chart.js uses it only to mix two colours while animating and
 * to work out a hover colour (`saturate(0.5).darken(0.1)`). Our colours come
 * from `getComputedStyle`, so `#hex` and `rgb()`/`rgba()` are all it needs to
 * read; it leaves out the 150 colour names and the hsl/hwb parsers
 * (about 3.5 KB gzip of the chart chunk). A colour it cannot read is invalid,
 * as with the original: Chart.js then shows it as it is, without mixing.
 */
interface Rgba {
  r: number;
  g: number;
  b: number;
  /** 0–255, like the original's internal alpha. */
  a: number;
}

const clamp = (v: number, lo: number, hi: number) => Math.max(Math.min(v, hi), lo);
const RGB = /^rgba?\(\s*([-+.\d]+)(%)?[\s,]+([-+.e\d]+)(%)?[\s,]+([-+.e\d]+)(%)?(?:[\s,/]+([-+.e\d]+)(%)?)?\s*\)$/;

function parse(input: string): Rgba | undefined {
  const s = input.trim();
  if (s === 'transparent') return { r: 0, g: 0, b: 0, a: 0 };
  if (s[0] === '#') {
    const d = s.slice(1);
    if (!/^[\da-f]+$/i.test(d)) return undefined;
    const short = d.length === 3 || d.length === 4;
    if (!short && d.length !== 6 && d.length !== 8) return undefined;
    const n = (i: number) => (short ? parseInt(d[i] + d[i], 16) : parseInt(d.slice(2 * i, 2 * i + 2), 16));
    return { r: n(0), g: n(1), b: n(2), a: d.length === 4 || d.length === 8 ? n(3) : 255 };
  }
  const m = RGB.exec(s);
  if (!m) return undefined;
  const channel = (v: string, pct?: string) => clamp(Math.round(pct ? +v * 2.55 : +v), 0, 255);
  const a = m[7] === undefined ? 255 : clamp(Math.round(m[8] ? +m[7] * 2.55 : +m[7] * 255), 0, 255);
  return { r: channel(m[1], m[2]), g: channel(m[3], m[4]), b: channel(m[5], m[6]), a };
}

const hex2 = (v: number) => Math.round(v).toString(16).padStart(2, '0').toUpperCase();

function toHsl({ r, g, b }: Rgba): [number, number, number] {
  const [R, G, B] = [r / 255, g / 255, b / 255];
  const max = Math.max(R, G, B);
  const min = Math.min(R, G, B);
  const l = (max + min) / 2;
  if (max === min) return [0, 0, l];
  const d = max - min;
  const s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
  const h = max === R ? (G - B) / d + (G < B ? 6 : 0) : max === G ? (B - R) / d + 2 : (R - G) / d + 4;
  return [h * 60, s, l];
}

function fromHsl(h: number, s: number, l: number): [number, number, number] {
  const a = s * Math.min(l, 1 - l);
  const f = (n: number) => {
    const k = (n + h / 30) % 12;
    return clamp(Math.round((l - a * Math.max(Math.min(k - 3, 9 - k, 1), -1)) * 255), 0, 255);
  };
  return [f(0), f(8), f(4)];
}

export class Color {
  private v: Rgba | undefined;
  private readonly input: unknown;

  constructor(input: unknown) {
    this.input = input;
    if (input instanceof Color) this.v = input.v && { ...input.v };
    else if (typeof input === 'string') this.v = parse(input);
    else if (input && typeof input === 'object') {
      const o = input as Partial<Rgba>;
      if ([o.r, o.g, o.b].every((x) => typeof x === 'number'))
        this.v = { r: o.r!, g: o.g!, b: o.b!, a: o.a === undefined ? 255 : o.a * 255 };
    }
  }

  get valid(): boolean {
    return !!this.v;
  }

  /** Mixes in `other`: `weight` 1 keeps this colour, 0 gives `other` (as the original). */
  mix(other: Color, weight = 0.5): this {
    const c1 = this.v;
    const c2 = other?.v;
    if (c1 && c2) {
      const a1 = c1.a / 255;
      const a2 = c2.a / 255;
      const w = 2 * weight - 1;
      const a = a1 - a2;
      const w1 = ((w * a === -1 ? w : (w + a) / (1 + w * a)) + 1) / 2;
      const w2 = 1 - w1;
      this.v = {
        r: clamp(Math.round(w1 * c1.r + w2 * c2.r), 0, 255),
        g: clamp(Math.round(w1 * c1.g + w2 * c2.g), 0, 255),
        b: clamp(Math.round(w1 * c1.b + w2 * c2.b), 0, 255),
        a: (weight * a1 + (1 - weight) * a2) * 255,
      };
    }
    return this;
  }

  private hsl(i: 1 | 2, ratio: number): this {
    if (this.v) {
      const hsl = toHsl(this.v);
      hsl[i] = clamp(hsl[i] + hsl[i] * ratio, 0, 1);
      const [r, g, b] = fromHsl(...hsl);
      this.v = { ...this.v, r, g, b };
    }
    return this;
  }

  saturate(ratio: number): this {
    return this.hsl(1, ratio);
  }

  darken(ratio: number): this {
    return this.hsl(2, -ratio);
  }

  hexString(): string | undefined {
    const v = this.v;
    if (!v) return typeof this.input === 'string' ? this.input : undefined;
    return `#${hex2(v.r)}${hex2(v.g)}${hex2(v.b)}${v.a < 255 ? hex2(v.a) : ''}`;
  }

  rgbString(): string | undefined {
    const v = this.v;
    if (!v) return undefined;
    return v.a < 255
      ? `rgba(${v.r}, ${v.g}, ${v.b}, ${Math.round((v.a / 255) * 100) / 100})`
      : `rgb(${v.r}, ${v.g}, ${v.b})`;
  }
}

export default Color;
