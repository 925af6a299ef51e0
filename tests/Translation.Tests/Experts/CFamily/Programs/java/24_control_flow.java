public class Main {
    static String dayType(int day) {
        String result;
        switch (day) {
            case 1:
            case 7:
                result = "weekend";
                break;
            case 2: case 3: case 4: case 5: case 6:
                result = "weekday";
                break;
            default:
                result = "invalid";
        }
        return result;
    }

    static int daysIn(String month) {
        return switch (month) {
            case "feb" -> 28;
            case "apr", "jun", "sep", "nov" -> 30;
            default -> 31;
        };
    }

    static String classify(int n) {
        switch (n % 3) {
            case 0: return "fizz-ish";
            case 1: case -1: return "one-off";
            default: return "other";
        }
    }

    public static void main(String[] args) {
        for (int d = 0; d <= 8; d += 2) System.out.print(dayType(d) + " ");
        System.out.println();
        String[] months = {"jan", "feb", "apr", "dec"};
        int total = 0;
        for (String m : months) total += daysIn(m);
        System.out.println("days: " + total);
        System.out.println(classify(9) + " " + classify(-4) + " " + classify(5) + " " + classify(-5));
        int n = 27, steps = 0;
        while (n != 1) {
            n = n % 2 == 0 ? n / 2 : 3 * n + 1;
            steps++;
        }
        System.out.println("collatz(27) steps: " + steps);
        int k = 0;
        do { k += 7; } while (k % 5 != 0);
        System.out.println("first multiple of 7 and 5: " + k);
        int count = 0;
        do count++; while (false);
        System.out.println("do-while ran " + count);
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= 20; i++) {
            if (i % 15 == 0) sb.append("FizzBuzz");
            else if (i % 5 == 0) sb.append("Buzz");
            else if (i % 3 == 0) sb.append("Fizz");
            else sb.append(i);
            if (i < 20) sb.append(' ');
        }
        System.out.println(sb);
        int found = -1;
        for (int i = 0; i < 10; i++) {
            if (i * i > 30) { found = i; break; }
            if (i % 2 == 0) continue;
            System.out.print(i + ";");
        }
        System.out.println(" found " + found);
        for (int i = 0, j = 10; i < j; i += 3, j -= 2) System.out.print("(" + i + "," + j + ")");
        System.out.println();
        char op = '*';
        int r = switch (op) {
            case '+' -> 6 + 3;
            case '*' -> {
                int t = 6 * 3;
                yield t + 1;
            }
            default -> 0;
        };
        System.out.println("r = " + r);
        boolean flag = false;
        int guard = 0;
        while (!flag) { guard += 4; flag = guard > 10 && guard % 3 == 0; }
        System.out.println("guard " + guard + " " + (flag ? "done" : "not done"));
    }
}
