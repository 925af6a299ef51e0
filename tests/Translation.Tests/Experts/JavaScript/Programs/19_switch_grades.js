function grade(score) {
  switch (Math.floor(score / 10)) {
    case 10:
    case 9:
      return "A";
    case 8:
      return "B";
    case 7:
      return "C";
    default:
      return "F";
  }
}
function dayType(d) {
  let kind;
  switch (d) {
    case "sat":
    case "sun":
      kind = "weekend";
      break;
    default:
      kind = "weekday";
  }
  return kind;
}
console.log([95, 100, 83, 71, 40].map(grade).join(""));
console.log(dayType("sun"), dayType("mon"));
