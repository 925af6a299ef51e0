import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

public class Main {
    static class Pair<A, B> {
        private final A first;
        private final B second;

        Pair(A first, B second) {
            this.first = first;
            this.second = second;
        }

        A getFirst() { return first; }

        B getSecond() { return second; }

        Pair<B, A> swap() { return new Pair<>(second, first); }

        @Override
        public String toString() { return "(" + first + ", " + second + ")"; }
    }

    static class Box<T extends Comparable<T>> {
        private final List<T> items = new ArrayList<>();

        void add(T item) { items.add(item); }

        T max() {
            T best = items.get(0);
            for (T t : items) if (t.compareTo(best) > 0) best = t;
            return best;
        }

        T min() {
            T best = items.get(0);
            for (T t : items) if (t.compareTo(best) < 0) best = t;
            return best;
        }

        int size() { return items.size(); }
    }

    static <T> void swap(T[] arr, int i, int j) {
        T tmp = arr[i];
        arr[i] = arr[j];
        arr[j] = tmp;
    }

    static <T, R> List<R> mapAll(List<T> input, Function<T, R> f) {
        List<R> out = new ArrayList<>();
        for (T t : input) out.add(f.apply(t));
        return out;
    }

    static <T extends Comparable<T>> int countGreater(T[] arr, T pivot) {
        int n = 0;
        for (T t : arr) if (t.compareTo(pivot) > 0) n++;
        return n;
    }

    public static void main(String[] args) {
        Pair<String, Integer> p = new Pair<>("age", 31);
        System.out.println(p + " swapped " + p.swap());
        System.out.println(p.getFirst().length() + p.getSecond());
        Box<Integer> ints = new Box<>();
        for (int v : new int[] {12, -4, 99, 37}) ints.add(v);
        System.out.println("ints: size " + ints.size() + " max " + ints.max() + " min " + ints.min());
        Box<String> strs = new Box<>();
        strs.add("pear");
        strs.add("Apple");
        strs.add("zucchini");
        System.out.println("strs: max " + strs.max() + " min " + strs.min());
        String[] letters = {"a", "b", "c", "d"};
        swap(letters, 0, 3);
        System.out.println(String.join("", letters));
        List<String> names = List.of("ann", "bob", "christine");
        System.out.println(mapAll(names, String::length));
        System.out.println(mapAll(names, s -> s.toUpperCase() + "!"));
        Integer[] nums = {5, 1, 9, 7, 3};
        System.out.println("greater than 4: " + countGreater(nums, 4));
        List<Pair<String, Double>> prices = new ArrayList<>();
        prices.add(new Pair<>("tea", 2.5));
        prices.add(new Pair<>("cake", 4.0));
        double sum = 0;
        for (Pair<String, Double> pr : prices) sum += pr.getSecond();
        System.out.println(prices + " total " + sum);
    }
}
