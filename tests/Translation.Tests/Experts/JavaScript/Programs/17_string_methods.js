const s = "  Hello, World  ";
const t = s.trim();
console.log(t.toUpperCase(), t.toLowerCase(), t.length);
console.log(t.indexOf("World"), t.includes("lo"), t.startsWith("Hell"), t.endsWith("!"));
console.log(t.slice(0, 5), t.substring(7), t.charAt(1), t.charCodeAt(0));
console.log(t.replace("l", "L"), "ab".repeat(3), "7".padStart(3, "0"));
console.log(t.split(", "), String.fromCharCode(72, 105));
