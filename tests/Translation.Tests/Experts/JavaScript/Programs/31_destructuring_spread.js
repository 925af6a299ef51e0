function stats(...nums) {
  const [first, ...rest] = nums;
  const { min, max } = { min: Math.min(...nums), max: Math.max(...nums) };
  return { first, restCount: rest.length, min, max };
}
const r = stats(4, 8, 15, 16, 23, 42);
console.log(r.first, r.restCount, r.min, r.max);
const a = [1, 2];
const b = [...a, 3, ...[4, 5]];
console.log(b.length, b.concat([6]).join("-"));
const merged = { ...{ x: 1, y: 2 }, y: 3 };
console.log(merged);
