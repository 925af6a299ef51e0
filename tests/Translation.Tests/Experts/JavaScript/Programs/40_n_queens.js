function totalNQueens(n) {
  let count = 0;
  const cols = new Set(), d1 = new Set(), d2 = new Set();
  function place(row) {
    if (row === n) {
      count++;
      return;
    }
    for (let c = 0; c < n; c++) {
      if (cols.has(c) || d1.has(row - c) || d2.has(row + c)) continue;
      cols.add(c); d1.add(row - c); d2.add(row + c);
      place(row + 1);
      cols.delete(c); d1.delete(row - c); d2.delete(row + c);
    }
  }
  place(0);
  return count;
}
for (let n = 1; n <= 6; n++) console.log(n, totalNQueens(n));
