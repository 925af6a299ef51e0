const values = [1.5, 2.25, 10 / 4, 7 / 7, -7 % 3, 7 % -3, 2 ** 10];
for (const v of values) console.log(v);
console.log((3.14159).toFixed(2), (10).toString(2), parseInt("42") + 1, parseFloat("2.5") * 2);
console.log(Math.round(2.5), Math.round(-2.5), Math.round(3.4), Math.abs(-4), Math.sqrt(16), Math.pow(2, 8));
console.log(0.1 + 0.2, 1 / 3, Number("12") + 1, String(12) + 1);
