class InsufficientFunds extends Error {
  constructor(message) {
    super(message);
    this.name = "InsufficientFunds";
  }
}
class Account {
  static accounts = 0;
  #balance = 0;
  constructor(owner) {
    this.owner = owner;
    Account.accounts++;
  }
  deposit(amount) {
    if (amount <= 0) throw new Error("Deposit must be positive");
    this.#balance += amount;
    return this;
  }
  withdraw(amount) {
    if (amount > this.#balance) throw new InsufficientFunds(`Cannot withdraw ${amount}`);
    this.#balance -= amount;
    return this;
  }
  get balance() { return this.#balance; }
}
const acc = new Account("Ann");
acc.deposit(100).withdraw(30);
console.log(acc.owner, acc.balance);
try {
  acc.withdraw(500);
} catch (e) {
  console.log("Error:", e.message);
}
try {
  acc.deposit(-5);
} catch (err) {
  console.log("Error:", err.message);
}
console.log(Account.accounts);
