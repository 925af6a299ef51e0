import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

public class Main {
    static boolean[] sieve(int n) {
        boolean[] isPrime = new boolean[n + 1];
        Arrays.fill(isPrime, true);
        isPrime[0] = false;
        isPrime[1] = false;
        for (int i = 2; (long) i * i <= n; i++) {
            if (isPrime[i]) {
                for (int j = i * i; j <= n; j += i) isPrime[j] = false;
            }
        }
        return isPrime;
    }

    static boolean isPrime(int n) {
        if (n < 2) return false;
        for (int d = 2; d * d <= n; d++) if (n % d == 0) return false;
        return true;
    }

    static List<Integer> factorize(int n) {
        List<Integer> factors = new ArrayList<>();
        int d = 2;
        while (n > 1) {
            while (n % d == 0) {
                factors.add(d);
                n /= d;
            }
            d++;
        }
        return factors;
    }

    public static void main(String[] args) {
        boolean[] primes = sieve(100);
        List<Integer> list = new ArrayList<>();
        for (int i = 0; i < primes.length; i++) if (primes[i]) list.add(i);
        System.out.println("primes <= 100: " + list);
        System.out.println("count: " + list.size());
        int[] candidates = {1, 2, 17, 91, 97, 7919, 10007};
        for (int c : candidates) {
            System.out.println(c + (isPrime(c) ? " is prime" : " is not prime"));
        }
        System.out.println("factors of 360: " + factorize(360));
        System.out.println("factors of 9973: " + factorize(9973));
        System.out.println("factors of 1001: " + factorize(1001));
        int twin = 0;
        for (int i = 3; i + 2 <= 100; i += 2) if (primes[i] && primes[i + 2]) twin++;
        System.out.println("twin prime pairs: " + twin);
        long product = 1;
        for (int p : list) {
            if (p > 40) break;
            product *= p;
        }
        System.out.println("primorial up to 40: " + product);
        int[] firstTen = new int[10];
        int idx = 0;
        for (int i = 2; idx < 10; i++) if (isPrime(i)) firstTen[idx++] = i;
        System.out.println(Arrays.toString(firstTen));
        double ratio = (double) list.size() / 100;
        System.out.println("density: " + ratio);
    }
}
