// Grayscale image dithering: threshold, ordered (Bayer) and error-diffusion kernels rendered as ASCII.
class ImageError extends Error {
  constructor(message) { super(message); this.name = 'ImageError'; }
}

class GrayImage {
  #data;
  constructor(width, height, fill = 0) {
    if (!Number.isInteger(width) || !Number.isInteger(height) || width <= 0 || height <= 0) {
      throw new ImageError(`invalid size ${width}x${height}`);
    }
    this.width = width;
    this.height = height;
    this.#data = new Float64Array(width * height).fill(fill);
  }
  static from(width, height, fn) {
    const img = new GrayImage(width, height);
    for (const [x, y] of img.coords()) img.set(x, y, fn(x, y));
    return img;
  }
  *coords() {
    for (let y = 0; y < this.height; y++) for (let x = 0; x < this.width; x++) yield [x, y];
  }
  inside(x, y) { return x >= 0 && y >= 0 && x < this.width && y < this.height; }
  get(x, y) { return this.#data[y * this.width + x]; }
  set(x, y, v) { this.#data[y * this.width + x] = Math.min(255, Math.max(0, v)); }
  add(x, y, v) { if (this.inside(x, y)) this.#data[y * this.width + x] += v; }
  clone() { return GrayImage.from(this.width, this.height, (x, y) => this.get(x, y)); }
  get mean() { return this.#data.reduce((a, b) => a + b, 0) / this.#data.length; }
  rows() {
    return Array.from({ length: this.height }, (_, y) => Array.from({ length: this.width }, (_, x) => this.get(x, y)));
  }
  toAscii(ramp = ' .:-=+*#%@') {
    return this.rows().map((row) => row.map((v) => ramp[Math.min(ramp.length - 1, Math.floor((v / 256) * ramp.length))]).join(''));
  }
}

const KERNELS = {
  'floyd-steinberg': { divisor: 16, taps: [[1, 0, 7], [-1, 1, 3], [0, 1, 5], [1, 1, 1]] },
  atkinson: { divisor: 8, taps: [[1, 0, 1], [2, 0, 1], [-1, 1, 1], [0, 1, 1], [1, 1, 1], [0, 2, 1]] },
  sierra: { divisor: 4, taps: [[1, 0, 2], [-1, 1, 1], [0, 1, 1]] },
};

function bayerMatrix(n) {
  if (n === 1) return [[0]];
  const prev = bayerMatrix(n / 2);
  const size = n / 2;
  return Array.from({ length: n }, (_, y) => Array.from({ length: n }, (_, x) => {
    const base = 4 * prev[y % size][x % size];
    const quadrant = [[0, 2], [3, 1]][Math.floor(y / size)][Math.floor(x / size)];
    return base + quadrant;
  }));
}

const dither = {
  threshold(img, level = 128) {
    return GrayImage.from(img.width, img.height, (x, y) => (img.get(x, y) >= level ? 255 : 0));
  },
  ordered(img, n = 4) {
    const m = bayerMatrix(n);
    return GrayImage.from(img.width, img.height, (x, y) => {
      const t = ((m[y % n][x % n] + 0.5) / (n * n)) * 255;
      return img.get(x, y) > t ? 255 : 0;
    });
  },
  diffuse(img, kernelName = 'floyd-steinberg') {
    const kernel = KERNELS[kernelName];
    if (!kernel) throw new ImageError(`unknown kernel "${kernelName}"`);
    const out = img.clone();
    for (const [x, y] of out.coords()) {
      const old = out.get(x, y);
      const value = old >= 128 ? 255 : 0;
      out.set(x, y, value);
      const err = old - value;
      for (const [dx, dy, w] of kernel.taps) out.add(x + dx, y + dy, (err * w) / kernel.divisor);
    }
    return out;
  },
};

function compare(original, result) {
  let sqErr = 0, on = 0;
  for (const [x, y] of original.coords()) {
    sqErr += (original.get(x, y) - result.get(x, y)) ** 2;
    if (result.get(x, y) > 0) on++;
  }
  const n = original.width * original.height;
  return { rmse: Math.sqrt(sqErr / n), coverage: on / n, meanShift: result.mean - original.mean };
}

// ---- main ----
const W = 24, H = 10;
const source = GrayImage.from(W, H, (x, y) => {
  const gradient = (x / (W - 1)) * 255;
  const dx = x - 6, dy = (y - 4.5) * 2;
  const d = Math.sqrt(dx * dx + dy * dy);
  return d < 4 ? 255 - d * 20 : gradient * 0.85;
});
console.log('Bayer 4x4 thresholds:');
bayerMatrix(4).forEach((row) => console.log('  ' + row.map((v) => String(v).padStart(3)).join('')));
const variants = {
  source: source,
  threshold: dither.threshold(source),
  ordered: dither.ordered(source, 4),
  'floyd-steinberg': dither.diffuse(source),
  atkinson: dither.diffuse(source, 'atkinson'),
};
const names = Object.keys(variants);
const renders = names.map((name) => variants[name].toAscii(name === 'source' ? undefined : ' #'));
console.log(names.map((n) => n.slice(0, W).padEnd(W)).join('|').trimEnd());
for (let y = 0; y < H; y++) console.log(renders.map((r) => r[y]).join('|'));
for (const name of names.slice(1)) {
  const { rmse, coverage, meanShift } = compare(source, variants[name]);
  console.log(`${name.padEnd(16)} rmse=${rmse.toFixed(2).padStart(6)} ink=${(coverage * 100).toFixed(1)}% shift=${meanShift >= 0 ? '+' : ''}${meanShift.toFixed(2)}`);
}
console.log(`source mean ${source.mean.toFixed(3)}, sierra mean ${dither.diffuse(source, 'sierra').mean.toFixed(3)}`);
for (const bad of [() => new GrayImage(0, 5), () => dither.diffuse(source, 'jarvis')]) {
  try { bad(); } catch (e) { console.log(`${e.name}: ${e.message}`); }
}
