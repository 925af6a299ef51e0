import { formatPrice } from './format.js';

const TAX_RATE = 0.2;

export function totalOf(items) {
  return items.reduce((sum, item) => sum + item.price * item.quantity, 0);
}

export const withTax = (amount) => amount * (1 + TAX_RATE);

function makeCounter() {
  let count = 0;
  function increment() {
    count += 1;
    return count;
  }
  return increment;
}

export default class Cart {
  #items = [];

  constructor(owner) {
    this.owner = owner;
  }

  add(item) {
    this.#items.push(item);
    return this;
  }

  onChange = (listener) => {
    this.listener = listener;
  };

  get total() {
    return formatPrice(withTax(totalOf(this.#items)));
  }
}

module.exports.legacyTotal = function (items) {
  return totalOf(items);
};
