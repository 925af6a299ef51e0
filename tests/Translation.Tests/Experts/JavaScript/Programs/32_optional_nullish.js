function getCity(user) {
  return user?.address?.city ?? "unknown";
}
const u1 = { name: "Ann", address: { city: "Paris" } };
const u2 = { name: "Bob", address: null };
console.log(getCity(u1), getCity(u2), getCity(null));
let x = null;
x ??= 5;
let y = 0;
y ||= 7;
console.log(x, y, typeof "s" === "string", typeof 3 === "number");
