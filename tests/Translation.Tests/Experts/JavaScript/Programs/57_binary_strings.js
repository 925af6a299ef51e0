function addBinary(a, b) {
  let i = a.length - 1, j = b.length - 1, carry = 0;
  let result = "";
  while (i >= 0 || j >= 0 || carry) {
    const sum = (i >= 0 ? Number(a[i--]) : 0) + (j >= 0 ? Number(b[j--]) : 0) + carry;
    result = (sum % 2) + result;
    carry = Math.floor(sum / 2);
  }
  return result;
}
console.log(addBinary("1010", "1011"), addBinary("11", "1"));
console.log((13).toString(2).padStart(8, "0"), parseInt("1101", 2));
