const people = [
  { name: "Ann", age: 31, city: "Oslo" },
  { name: "Bob", age: 25, city: "Rome" },
  { name: "Cid", age: 35, city: "Oslo" },
];
const byCity = {};
for (const p of people) {
  if (!byCity[p.city]) byCity[p.city] = [];
  byCity[p.city].push(p.name);
}
console.log(byCity);
const names = people.filter(p => p.age > 28).map(p => p.name.toUpperCase());
console.log(names.join(", "));
const oldest = people.reduce((a, b) => (a.age > b.age ? a : b));
console.log(oldest.name, people.map(p => p.age).reduce((a, b) => a + b, 0) / people.length);
people.sort((a, b) => a.age - b.age);
console.log(people.map(p => p.name).join(" "));
