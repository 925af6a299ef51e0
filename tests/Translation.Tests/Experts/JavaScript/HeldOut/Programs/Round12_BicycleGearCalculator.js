// Bicycle gear-ratio calculator: gear inches, development, speed at cadence, and shift-sequence analysis.
class DrivetrainError extends RangeError {
  constructor(message) {
    super(message);
    this.name = 'DrivetrainError';
  }
}

const TIRE_DIAMETERS_MM = new Map([['700x25c', 672], ['700x32c', 686], ['29x2.3', 747], ['26x2.1', 664], ['20x1.5', 488]]);

class Drivetrain {
  #chainrings;
  #cassette;
  #tireMm;
  static #presets = {};
  static {
    Drivetrain.#presets.road = { chainrings: [50, 34], cassette: [11, 12, 13, 14, 15, 17, 19, 21, 24, 28], tire: '700x25c' };
    Drivetrain.#presets.gravel = { chainrings: [40], cassette: [10, 12, 14, 16, 18, 21, 24, 28, 32, 36, 42], tire: '700x32c' };
    Drivetrain.#presets.mtb = { chainrings: [32], cassette: [10, 12, 14, 16, 18, 21, 24, 28, 33, 39, 45, 51], tire: '29x2.3' };
  }
  static fromPreset(name) {
    const preset = Drivetrain.#presets[name];
    if (!preset) throw new DrivetrainError(`No preset named "${name}"`);
    return new Drivetrain(preset);
  }
  constructor({ chainrings, cassette, tire = '700x25c' }) {
    if (!chainrings?.length || !cassette?.length) throw new DrivetrainError('Chainrings and cassette must be non-empty');
    const bad = [...chainrings, ...cassette].find((t) => !Number.isInteger(t) || t < 9);
    if (bad !== undefined) throw new DrivetrainError(`Invalid tooth count: ${bad}`);
    this.#chainrings = [...chainrings].sort((a, b) => b - a);
    this.#cassette = [...cassette].sort((a, b) => a - b);
    this.#tireMm = TIRE_DIAMETERS_MM.get(tire) ?? Number.parseFloat(tire);
    if (Number.isNaN(this.#tireMm)) throw new DrivetrainError(`Unknown tire size ${tire}`);
  }
  get gearCount() { return this.#chainrings.length * this.#cassette.length; }
  *gears() {
    for (const [ci, front] of this.#chainrings.entries()) {
      for (const [si, rear] of this.#cassette.entries()) {
        const ratio = front / rear;
        // cross-chaining: big ring with the biggest cogs, small ring with the smallest
        const cross = this.#chainrings.length > 1 &&
          ((ci === 0 && si >= this.#cassette.length - 2) || (ci === this.#chainrings.length - 1 && si <= 1));
        yield {
          front, rear, ratio, cross,
          gearInches: (ratio * this.#tireMm) / 25.4,
          developmentM: (ratio * Math.PI * this.#tireMm) / 1000,
        };
      }
    }
  }
  speedKmh(gear, cadence) { return (gear.developmentM * cadence * 60) / 1000; }
  range() {
    const ratios = [...this.gears()].map((g) => g.ratio);
    const [lo, hi] = [Math.min(...ratios), Math.max(...ratios)];
    return { lo, hi, percent: Math.round((hi / lo) * 100) };
  }
  uniqueUsable(tolerance = 0.03) {
    const sorted = [...this.gears()].filter((g) => !g.cross).sort((a, b) => a.ratio - b.ratio);
    return sorted.reduce((acc, g) => {
      const prev = acc.at(-1);
      if (!prev || g.ratio / prev.ratio - 1 > tolerance) acc.push(g);
      return acc;
    }, []);
  }
  cassetteSteps() {
    return this.#cassette.slice(1).map((t, i) => `${((t / this.#cassette[i] - 1) * 100).toFixed(1)}%`);
  }
}

const label = ({ front, rear }) => `${front}x${String(rear).padStart(2, '0')}`;

for (const name of ['road', 'gravel', 'mtb']) {
  const dt = Drivetrain.fromPreset(name);
  const { lo, hi, percent } = dt.range();
  console.log(`== ${name.toUpperCase()}: ${dt.gearCount} gears, range ${lo.toFixed(3)}-${hi.toFixed(3)} (${percent}%)`);
  console.log(`  cassette jumps: ${dt.cassetteSteps().join(' ')}`);
  const all = [...dt.gears()];
  const top = all.reduce((a, b) => (b.ratio > a.ratio ? b : a));
  const low = all.findLast((g) => g.ratio === lo);
  console.log(`  top ${label(top)} ${top.gearInches.toFixed(1)}" @90rpm ${dt.speedKmh(top, 90).toFixed(1)} km/h`);
  console.log(`  low ${label(low)} ${low.gearInches.toFixed(1)}" @70rpm ${dt.speedKmh(low, 70).toFixed(1)} km/h`);
  const cross = all.filter((g) => g.cross).map(label);
  console.log(`  cross-chained: ${cross.length ? cross.join(', ') : 'n/a (1x)'}`);
  const usable = dt.uniqueUsable();
  console.log(`  distinct usable gears: ${usable.length} -> ${usable.slice(0, 6).map(label).join(' ')}${usable.length > 6 ? ' ...' : ''}`);
}

const road = Drivetrain.fromPreset('road');
const target = 30;
const closest = [...road.gears()]
  .filter((g) => !g.cross)
  .map((g) => ({ ...g, speed: road.speedKmh(g, 85) }))
  .sort((a, b) => Math.abs(a.speed - target) - Math.abs(b.speed - target))
  .slice(0, 3);
console.log(`Closest to ${target} km/h at 85rpm: ${closest.map((g) => `${label(g)}=${g.speed.toFixed(2)}`).join(', ')}`);

const kid = new Drivetrain({ chainrings: [36], cassette: [18, 16, 14], tire: '20x1.5' });
console.log('Kid bike development table:');
for (const g of kid.gears()) console.log(`  ${label(g)} ratio ${g.ratio.toFixed(2)} dev ${g.developmentM.toFixed(2)} m`);
const custom = new Drivetrain({ chainrings: [44], cassette: [11, 13, 15], tire: '700' });
console.log(`Custom 700mm tire, top gear inches: ${custom.gears().next().value.gearInches.toFixed(2)}`);

const badSpecs = [
  () => Drivetrain.fromPreset('tandem'),
  () => new Drivetrain({ chainrings: [], cassette: [11] }),
  () => new Drivetrain({ chainrings: [42], cassette: [11, 12.5] }),
  () => new Drivetrain({ chainrings: [42], cassette: [11], tire: 'fat' }),
];
for (const make of badSpecs) {
  try { make(); console.log('unexpectedly valid'); } catch (e) {
    console.log(`${e.name} (RangeError? ${e instanceof RangeError}): ${e.message}`);
  }
}
