class Queue {
  constructor() {
    this.items = {};
    this.head = 0;
    this.tail = 0;
  }
  enqueue(x) {
    this.items[this.tail] = x;
    this.tail++;
  }
  dequeue() {
    if (this.isEmpty()) return null;
    const x = this.items[this.head];
    delete this.items[this.head];
    this.head++;
    return x;
  }
  isEmpty() {
    return this.tail - this.head === 0;
  }
  get length() {
    return this.tail - this.head;
  }
}
const q = new Queue();
["a", "b", "c"].forEach(x => q.enqueue(x));
console.log(q.dequeue(), q.length, q.dequeue(), q.dequeue(), q.dequeue(), q.isEmpty());
