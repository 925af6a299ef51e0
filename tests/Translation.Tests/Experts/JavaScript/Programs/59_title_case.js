function titleCase(sentence) {
  return sentence
    .split(" ")
    .map(w => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase())
    .join(" ");
}
function countVowels(s) {
  let n = 0;
  for (const ch of s) if ("aeiouAEIOU".indexOf(ch) !== -1) n++;
  return n;
}
const t = titleCase("the qUICK brown FOX");
console.log(t, countVowels(t));
