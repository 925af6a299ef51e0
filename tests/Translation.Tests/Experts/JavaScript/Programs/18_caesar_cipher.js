function caesar(text, shift) {
  let result = "";
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c >= "a" && c <= "z") {
      result += String.fromCharCode(((c.charCodeAt(0) - 97 + shift) % 26) + 97);
    } else if (c >= "A" && c <= "Z") {
      result += String.fromCharCode(((c.charCodeAt(0) - 65 + shift) % 26) + 65);
    } else {
      result += c;
    }
  }
  return result;
}
console.log(caesar("Hello, World!", 3));
console.log(caesar(caesar("Attack at dawn", 13), 13));
