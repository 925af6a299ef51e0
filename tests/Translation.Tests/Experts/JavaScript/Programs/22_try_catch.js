function divide(a, b) {
  if (b === 0) throw new Error("Division by zero");
  return a / b;
}
function safeDivide(a, b) {
  try {
    return divide(a, b);
  } catch (e) {
    return "error: " + e.message;
  } finally {
    console.log("checked " + a + "/" + b);
  }
}
console.log(safeDivide(10, 4));
console.log(safeDivide(1, 0));
console.log(safeDivide(9, 3));
