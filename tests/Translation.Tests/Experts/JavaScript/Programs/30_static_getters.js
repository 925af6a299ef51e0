class Temperature {
  static count = 0;
  constructor(celsius) {
    this.celsius = celsius;
    Temperature.count++;
  }
  get fahrenheit() {
    return this.celsius * 9 / 5 + 32;
  }
  static fromFahrenheit(f) {
    return new Temperature((f - 32) * 5 / 9);
  }
  toString() {
    return `${this.celsius}C`;
  }
}
const t1 = new Temperature(100);
const t2 = Temperature.fromFahrenheit(212);
console.log(t1.fahrenheit, t2.celsius, Temperature.count);
console.log(`${t1}`, String(t2));
