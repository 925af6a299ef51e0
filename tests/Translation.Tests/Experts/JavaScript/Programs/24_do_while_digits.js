function digitSum(n) {
  let sum = 0;
  do {
    sum += n % 10;
    n = Math.floor(n / 10);
  } while (n > 0);
  return sum;
}
function countDigits(n) {
  let count = 0;
  do {
    count++;
    n = Math.trunc(n / 10);
  } while (n !== 0);
  return count;
}
console.log(digitSum(98765), digitSum(0), countDigits(12345), countDigits(7));
