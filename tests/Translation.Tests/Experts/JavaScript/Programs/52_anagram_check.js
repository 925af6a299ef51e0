function isAnagram(a, b) {
  if (a.length !== b.length) return false;
  const norm = s => s.toLowerCase().split("").sort().join("");
  return norm(a) === norm(b);
}
const pairs = [["listen", "silent"], ["Triangle", "Integral"], ["apple", "papel"], ["rat", "car"]];
pairs.forEach(([a, b]) => console.log(`${a}/${b}: ${isAnagram(a, b)}`));
