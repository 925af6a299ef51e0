function unique(arr) {
  return [...new Set(arr)];
}
function hasDuplicate(arr) {
  const seen = new Set();
  for (const x of arr) {
    if (seen.has(x)) return true;
    seen.add(x);
  }
  return false;
}
console.log(unique([5, 3, 5, 1, 3, 9]).join(" "));
console.log(hasDuplicate([1, 2, 3]), hasDuplicate([1, 2, 1]));
