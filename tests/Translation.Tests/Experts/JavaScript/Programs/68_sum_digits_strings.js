function digitalRoot(n) {
  while (n >= 10) {
    n = String(n).split("").map(Number).reduce((a, b) => a + b, 0);
  }
  return n;
}
function isArmstrong(n) {
  const digits = n.toString().split("");
  const power = digits.length;
  return digits.reduce((sum, d) => sum + Math.pow(parseInt(d), power), 0) === n;
}
console.log(digitalRoot(942), digitalRoot(132189), digitalRoot(5));
console.log([153, 370, 371, 407, 100].filter(isArmstrong));
