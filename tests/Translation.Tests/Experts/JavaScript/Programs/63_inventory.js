const inventory = [
  { item: "apple", qty: 5, price: 1.2 },
  { item: "pear", qty: 0, price: 2 },
  { item: "kiwi", qty: 12, price: 0.5 },
];
const inStock = inventory.filter(({ qty }) => qty > 0).map(({ item }) => item);
const value = inventory.reduce((sum, { qty, price }) => sum + qty * price, 0);
console.log(inStock.join(", "));
console.log("total value:", value.toFixed(2));
const byName = Object.fromEntries(inventory.map(i => [i.item, i.qty]));
console.log(byName.kiwi, Object.keys(byName).length, "pear" in byName);
