function rotate90(matrix) {
  const n = matrix.length;
  return matrix[0].map((_, c) => matrix.map(row => row[c]).reverse());
}
const m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]];
rotate90(m).forEach(row => console.log(row.join(" ")));
