public class Main {
    static final int LIMIT = 3;
    static final String PREFIX = "item-";
    static int created = 0;

    static int add(int a, int b) { return a + b; }

    static int add(int a, int b, int c) { return a + b + c; }

    static double add(double a, double b) { return a + b; }

    static String add(String a, String b) { return a + "+" + b; }

    static String describe(int x) { return "int " + x; }

    static String describe(long x) { return "long " + x; }

    static String describe(double x) { return "double " + x; }

    static String describe(char x) { return "char " + x; }

    static String describe(String x) { return "String " + x; }

    static String describe(int[] xs) { return "int[] of " + xs.length; }

    static int sum(int... values) {
        int s = 0;
        for (int v : values) s += v;
        return s;
    }

    static class Counter {
        static int instances = 0;
        private final String label;
        private int count;

        Counter() { this("default"); }

        Counter(String label) { this(label, 0); }

        Counter(String label, int start) {
            this.label = label;
            this.count = start;
            instances++;
            created++;
        }

        Counter increment() { count++; return this; }

        Counter increment(int by) { count += by; return this; }

        public String toString() { return label + "=" + count; }
    }

    public static void main(String[] args) {
        System.out.println(add(2, 3) + " " + add(1, 2, 3) + " " + add(1.5, 2.25) + " " + add("a", "b"));
        System.out.println(add(2, 3.5));
        System.out.println(describe(7));
        System.out.println(describe(7L));
        System.out.println(describe(7.0));
        System.out.println(describe('7'));
        System.out.println(describe("7"));
        System.out.println(describe(new int[] {1, 2}));
        byte small = 5;
        short medium = 300;
        System.out.println(describe(small) + " / " + describe(medium) + " / " + describe(3.0f));
        System.out.println(sum() + " " + sum(4) + " " + sum(1, 2, 3, 4));
        Counter c1 = new Counter();
        Counter c2 = new Counter("clicks");
        Counter c3 = new Counter("views", 100);
        c1.increment().increment();
        c2.increment(5).increment();
        c3.increment(-50);
        System.out.println(c1 + " " + c2 + " " + c3);
        System.out.println("instances " + Counter.instances + ", created " + created);
        for (int i = 0; i < LIMIT; i++) System.out.print(PREFIX + i + (i < LIMIT - 1 ? ", " : "\n"));
        System.out.println(Math.max(LIMIT, 2) * 10);
    }
}
