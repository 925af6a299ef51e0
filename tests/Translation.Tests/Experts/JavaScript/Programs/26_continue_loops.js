let out = [];
for (let i = 0; i < 20; i++) {
  if (i % 3 === 0) continue;
  if (i > 14) break;
  out.push(i);
}
console.log(out.join(","));
let k = 0;
let odd = 0;
while (k < 10) {
  k++;
  if (k % 2 === 0) continue;
  odd += k;
}
console.log(odd);
for (let i = 10, j = 0; i > j; i -= 3, j++) {
  console.log(i, j);
}
