function transpose(m) {
  const rows = m.length, cols = m[0].length;
  const t = [];
  for (let j = 0; j < cols; j++) {
    const row = [];
    for (let i = 0; i < rows; i++) row.push(m[i][j]);
    t.push(row);
  }
  return t;
}
function multiply(a, b) {
  const n = a.length, p = b[0].length, k = b.length;
  const c = Array.from({ length: n }, () => Array(p).fill(0));
  for (let i = 0; i < n; i++)
    for (let j = 0; j < p; j++)
      for (let x = 0; x < k; x++) c[i][j] += a[i][x] * b[x][j];
  return c;
}
const m = [[1, 2, 3], [4, 5, 6]];
for (const row of transpose(m)) console.log(row.join(" "));
for (const row of multiply(m, transpose(m))) console.log(row.join(" "));
