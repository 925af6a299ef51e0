function isPalindrome(str) {
  const clean = str.toLowerCase().split("").filter(c => c >= "a" && c <= "z").join("");
  let i = 0, j = clean.length - 1;
  while (i < j) {
    if (clean[i] !== clean[j]) return false;
    i++;
    j--;
  }
  return true;
}
console.log(isPalindrome("A man, a plan, a canal: Panama"));
console.log(isPalindrome("hello"));
