public class Main {
    static final long MOD = 1_000_000_007L;

    static long modPow(long base, long exp, long mod) {
        long result = 1;
        base %= mod;
        while (exp > 0) {
            if ((exp & 1) == 1) result = result * base % mod;
            base = base * base % mod;
            exp >>= 1;
        }
        return result;
    }

    public static void main(String[] args) {
        System.out.println(7 / 2 + " " + -7 / 2 + " " + 7 / -2 + " " + -7 / -2);
        System.out.println(7 % 3 + " " + -7 % 3 + " " + 7 % -3 + " " + -7 % -3);
        System.out.println(Math.floorDiv(-7, 2) + " " + Math.floorMod(-7, 3));
        System.out.println(10 / 3 * 3 + " " + 10 * 3 / 3 + " " + 1 / 2 * 4);
        long big = 1L << 40;
        System.out.println(big + " " + (big * 1000 + 7) + " " + Long.MAX_VALUE);
        long fact = 1;
        for (int i = 2; i <= 20; i++) fact *= i;
        System.out.println("20! = " + fact);
        System.out.println("2^100 mod p = " + modPow(2, 100, MOD));
        System.out.println(Integer.MAX_VALUE + " " + Integer.MIN_VALUE);
        int x = 5;
        int y = x++;
        int w = ++x * 2;
        System.out.println(x + " " + y + " " + w);
        int z = x--;
        System.out.println(x + " " + z + " " + (--x) + " " + x);
        int[] arr = {10, 20, 30};
        int i = 0;
        arr[i++] += 5;
        arr[i] *= 2;
        System.out.println(arr[0] + " " + arr[1] + " " + arr[2] + " i=" + i);
        int v = 100;
        v -= 30; v /= 4; v %= 7; v <<= 3; v |= 5; v ^= 2; v &= 0xFF; v >>= 1;
        System.out.println("v = " + v);
        System.out.println((13 & 6) + " " + (13 | 6) + " " + (13 ^ 6) + " " + (~13) + " " + (-16 >> 2) + " " + (-16 >>> 28));
        System.out.println(Math.abs(-42) + " " + Math.max(3, 9) + " " + Math.min(-2, -8));
        System.out.println(Math.pow(2, 10) + " " + Math.sqrt(144) + " " + Math.sqrt(2));
        System.out.println(Math.round(2.5) + " " + Math.round(-2.5) + " " + Math.floor(-1.1) + " " + Math.ceil(1.1));
        System.out.println(Math.hypot(3, 4) + " " + Math.abs(-3.75) + " " + Math.cbrt(27));
        double avg = (1 + 2 + 4) / 3;
        double realAvg = (1 + 2 + 4) / 3.0;
        System.out.println(avg + " " + realAvg + " " + 2.0 / 3 + " " + 10.0 / 4 + " " + 1e10 + " " + 0.1 + 0.2);
        System.out.println((0.1 + 0.2) + " " + 100.0 + " " + (float) 1.1);
        System.out.println((int) 3.99 + " " + (int) -3.99 + " " + (long) 1e12 + " " + (int) 'A');
        int a = 17, b = 5;
        String cmp = a > b ? "greater" : a == b ? "equal" : "less";
        System.out.println(cmp + " " + (a % b == 0 ? "divisible" : "remainder " + a % b));
        System.out.println(Integer.toBinaryString(42) + " " + Integer.toHexString(255) + " " + Long.parseLong("-9000000000"));
        System.out.println(Integer.compare(3, 7) + " " + Integer.valueOf(77).equals(77) + " " + Integer.bitCount(255));
    }
}
