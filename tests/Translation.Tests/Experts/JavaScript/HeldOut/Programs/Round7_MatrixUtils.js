// Matrix utilities: construction, transpose, multiply, determinant, inverse, pretty printing.
class DimensionError extends Error {
  constructor(op, a, b) {
    super(`${op}: incompatible shapes ${a.shape} and ${b?.shape ?? '-'}`);
    this.name = 'DimensionError';
  }
}
class SingularMatrixError extends Error {
  constructor() {
    super('matrix is singular (determinant 0)');
    this.name = 'SingularMatrixError';
  }
}

class Matrix {
  constructor(rows) {
    if (!rows.length || rows.some(r => r.length !== rows[0].length)) throw new RangeError('ragged or empty matrix');
    this.data = rows.map(r => [...r]);
  }
  static identity(n) {
    return new Matrix(Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : 0))));
  }
  static from(text) {
    return new Matrix(text.trim().split(';').map(r => r.trim().split(/\s+/).map(Number)));
  }
  get rows() { return this.data.length; }
  get cols() { return this.data[0].length; }
  get shape() { return `${this.rows}x${this.cols}`; }
  get isSquare() { return this.rows === this.cols; }

  transpose() {
    return new Matrix(this.data[0].map((_, j) => this.data.map(row => row[j])));
  }
  map(fn) {
    return new Matrix(this.data.map((row, i) => row.map((v, j) => fn(v, i, j))));
  }
  add(other) {
    if (this.shape !== other.shape) throw new DimensionError('add', this, other);
    return this.map((v, i, j) => v + other.data[i][j]);
  }
  scale(k) {
    return this.map(v => v * k);
  }
  multiply(other) {
    if (this.cols !== other.rows) throw new DimensionError('multiply', this, other);
    const out = [];
    for (let i = 0; i < this.rows; i++) {
      out.push([]);
      for (let j = 0; j < other.cols; j++) {
        let sum = 0;
        for (let k = 0; k < this.cols; k++) sum += this.data[i][k] * other.data[k][j];
        out[i].push(sum);
      }
    }
    return new Matrix(out);
  }
  minor(r, c) {
    return new Matrix(this.data.filter((_, i) => i !== r).map(row => row.filter((_, j) => j !== c)));
  }
  determinant() {
    if (!this.isSquare) throw new DimensionError('determinant', this);
    const n = this.rows;
    if (n === 1) return this.data[0][0];
    if (n === 2) {
      const [[a, b], [c, d]] = this.data;
      return a * d - b * c;
    }
    // Cofactor expansion along the first row.
    return this.data[0].reduce((acc, v, j) => acc + (j % 2 === 0 ? 1 : -1) * v * this.minor(0, j).determinant(), 0);
  }
  inverse() {
    const det = this.determinant();
    if (Math.abs(det) < 1e-12) throw new SingularMatrixError();
    const cof = this.map((_, i, j) => ((i + j) % 2 === 0 ? 1 : -1) * this.minor(i, j).determinant());
    return cof.transpose().scale(1 / det);
  }
  power(n) {
    let result = Matrix.identity(this.rows);
    let base = this;
    for (let e = n; e > 0; e = Math.floor(e / 2)) {
      if (e % 2 === 1) result = result.multiply(base);
      base = base.multiply(base);
    }
    return result;
  }
  equals(other, eps = 1e-9) {
    return this.shape === other.shape && this.data.every((row, i) => row.every((v, j) => Math.abs(v - other.data[i][j]) < eps));
  }
  toString(decimals = 2) {
    const fmt = v => {
      const fixed = Object.is(Math.round(v * 10 ** decimals), -0) ? 0 : v;
      return Number.isInteger(fixed) ? String(fixed) : fixed.toFixed(decimals);
    };
    const cells = this.data.map(row => row.map(fmt));
    const width = Math.max(...cells.flat().map(s => s.length));
    return cells
      .map((row, i) => {
        const [l, r] = this.rows === 1 ? ['[', ']'] : i === 0 ? ['┌', '┐'] : i === this.rows - 1 ? ['└', '┘'] : ['│', '│'];
        return `${l} ${row.map(s => s.padStart(width)).join('  ')} ${r}`;
      })
      .join('\n');
  }
}

const show = (label, m) => console.log(`${label} (${m.shape}):\n${m.toString()}`);
const A = Matrix.from('2 -1 0; 1 3 2; 0 1 4');
const B = Matrix.from('1 2; 0 1; 5 -2');
show('A', A);
show('A^T', A.transpose());
show('A x B', A.multiply(B));
console.log(`det(A) = ${A.determinant()}`);
const inv = A.inverse();
show('inverse(A)', inv);
console.log(`A x inv(A) == I ? ${A.multiply(inv).equals(Matrix.identity(3))}`);
const fib = Matrix.from('1 1; 1 0');
const fibs = [1, 2, 5, 10, 20, 30].map(n => `F${n}=${fib.power(n).data[0][1]}`);
console.log(`Fibonacci via matrix power: ${fibs.join(', ')}`);
const M4 = new Matrix([[3, 2, 0, 1], [4, 0, 1, 2], [3, 0, 2, 1], [9, 2, 3, 1]]);
console.log(`det(4x4) = ${M4.determinant()}, det(I5) = ${Matrix.identity(5).determinant()}`);
const attempts = {
  'B x B': () => B.multiply(B),
  'A + B': () => A.add(B),
  'inverse of singular': () => Matrix.from('1 2; 2 4').inverse(),
  'ragged': () => new Matrix([[1, 2], [3]]),
  'det of B': () => B.determinant(),
};
for (const [name, fn] of Object.entries(attempts)) {
  try {
    fn();
    console.log(`${name}: ok`);
  } catch (e) {
    console.log(`${name}: ${e.constructor.name} - ${e.message}`);
  }
}
show('row vector', new Matrix([[1.5, -0.25, 10]]));
