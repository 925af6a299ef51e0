public class Main {
    static int factorialCalls = 0;

    static long factorial(int n) {
        factorialCalls++;
        if (n <= 1) {
            return 1;
        }
        return n * factorial(n - 1);
    }

    static int fib(int n) {
        return n < 2 ? n : fib(n - 1) + fib(n - 2);
    }

    static int gcd(int a, int b) {
        if (b == 0) return a;
        return gcd(b, a % b);
    }

    static long power(long base, int exp) {
        if (exp == 0) return 1;
        long half = power(base, exp / 2);
        return exp % 2 == 0 ? half * half : half * half * base;
    }

    static int hanoi(int n, char from, char to, char via, StringBuilder log) {
        if (n == 0) return 0;
        int moves = hanoi(n - 1, from, via, to, log);
        if (n == 1 || n == 3) {
            log.append(from).append("->").append(to).append(' ');
        }
        moves++;
        moves += hanoi(n - 1, via, to, from, log);
        return moves;
    }

    static int sumDigits(int n) {
        return n == 0 ? 0 : n % 10 + sumDigits(n / 10);
    }

    static boolean isPalindrome(String s, int lo, int hi) {
        if (lo >= hi) return true;
        if (s.charAt(lo) != s.charAt(hi)) return false;
        return isPalindrome(s, lo + 1, hi - 1);
    }

    public static void main(String[] args) {
        for (int i = 0; i <= 20; i += 5) {
            System.out.println(i + "! = " + factorial(i));
        }
        System.out.println("factorial calls: " + factorialCalls);
        StringBuilder fibs = new StringBuilder();
        for (int i = 0; i < 15; i++) {
            fibs.append(fib(i));
            if (i < 14) fibs.append(", ");
        }
        System.out.println("fib: " + fibs);
        System.out.println("gcd(84, 36) = " + gcd(84, 36));
        System.out.println("gcd(17, 5) = " + gcd(17, 5));
        System.out.println("2^40 = " + power(2, 40));
        System.out.println("3^13 = " + power(3, 13));
        StringBuilder log = new StringBuilder();
        int moves = hanoi(4, 'A', 'C', 'B', log);
        System.out.println("hanoi(4) moves = " + moves);
        System.out.println("small disk moves: " + log.toString().trim());
        System.out.println("sumDigits(98765) = " + sumDigits(98765));
        String[] words = {"racecar", "level", "java", "a", "abba", "abca"};
        for (String w : words) {
            System.out.println(w + " palindrome? " + isPalindrome(w, 0, w.length() - 1));
        }
    }
}
