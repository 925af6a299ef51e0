const nums = [10, 9, 1, 100, 25];
nums.sort();
console.log(nums.join(" "));
const words = ["banana", "Apple", "cherry"];
words.sort();
console.log(words.join(" "));
const byLen = ["ccc", "a", "bb"].sort((a, b) => a.length - b.length);
console.log(byLen);
